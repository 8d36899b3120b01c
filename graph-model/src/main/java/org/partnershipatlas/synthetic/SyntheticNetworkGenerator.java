package org.partnershipatlas.synthetic;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Source;

/**
 * Generates a seeded, partnership-like network: about {@value #WELSH_SHARE_PERCENT}% Welsh organisations (the first
 * seven are Health Boards, then NHS trusts, hubs, hospitals, NGOs, universities) and the rest in
 * {@value #COUNTRY_COUNT} sub-Saharan African countries; grown by preferential attachment (Barabási–Albert), each new
 * organisation linking to {@code linksPerOrganisation} distinct earlier ones chosen in proportion to their degree,
 * a Welsh one with probability {@value #CROSS_LINK_PERCENT}% when the newcomer is a partner (and a partner one when it
 * is Welsh), so most links are Welsh ↔ partner health links. Themes, activities, learning and {@code since} years
 * (1985 onwards, growing with the network) are drawn at random; everything is confidence A and cites one source,
 * {@code "synthetic network, seed N"}.
 *
 * <p>The same size, links per organisation and seed always give the same network. A 100k network (300k links) takes
 * about a second and 200 MB while built.
 */
public final class SyntheticNetworkGenerator {
    public static final int WELSH_SHARE_PERCENT = 10;
    public static final int CROSS_LINK_PERCENT = 80;
    public static final int COUNTRY_COUNT = 25;
    public static final int DEFAULT_LINKS_PER_ORGANISATION = 3;
    public static final int FIRST_YEAR = 1985;
    public static final int LAST_YEAR = 2025;
    static final List<String> COUNTRIES = List.of("KE", "UG", "TZ", "LS", "ET", "GM", "ZM", "MW", "RW", "GH", "NG",
            "SL", "ZA", "ZW", "MZ", "NA", "BW", "SN", "CM", "SS", "SO", "SD", "CD", "MG", "LR");
    /** Themes of the controlled list ({@link org.partnershipatlas.model.Themes}), so a generated network imports. */
    static final List<String> THEMES = List.of("maternal health", "mental health", "primary care",
            "community health workers", "surgery", "emergency and trauma care", "infection prevention and control",
            "water, sanitation and hygiene", "non-communicable diseases", "health worker training", "research",
            "health systems and services", "partnership building and governance");
    private static final int HEALTH_BOARDS = 7;
    private static final int NHS_TRUSTS = 3;

    private final int organisations;
    private final int linksPerOrganisation;
    private final long seed;

    public SyntheticNetworkGenerator(int organisations, int linksPerOrganisation, long seed) {
        if (organisations < 2) {
            throw new IllegalArgumentException("organisations must be at least 2: " + organisations);
        }
        if (linksPerOrganisation < 1) {
            throw new IllegalArgumentException("linksPerOrganisation must be at least 1: " + linksPerOrganisation);
        }
        this.organisations = organisations;
        this.linksPerOrganisation = linksPerOrganisation;
        this.seed = seed;
    }

    public SyntheticNetworkGenerator(int organisations, long seed) {
        this(organisations, DEFAULT_LINKS_PER_ORGANISATION, seed);
    }

    public NetworkSnapshot generate() {
        var random = new SplittableRandom(seed);
        var source = List.of(new Source("synthetic network, seed " + seed, null));
        int n = organisations;
        boolean[] welsh = new boolean[n];
        var orgs = new ArrayList<Organisation>(n);
        int welshCount = 0;
        for (int i = 0; i < n; i++) {
            // the first two are one of each side so that every newcomer has someone to link to
            welsh[i] = i == 0 || (i != 1 && random.nextInt(100) < WELSH_SHARE_PERCENT);
            if (welsh[i]) {
                orgs.add(welshOrganisation(i, welshCount++, random, source));
            } else {
                orgs.add(partnerOrganisation(i, random, source));
            }
        }
        // degree-proportional sampling: each vertex appears in its side's list once plus once per link end
        int capacity = n + 2 * n * linksPerOrganisation;
        int[] welshEnds = new int[capacity];
        int[] partnerEnds = new int[capacity];
        int welshSize = 0;
        int partnerSize = 0;
        var links = new ArrayList<Link>(n * linksPerOrganisation);
        int[] chosen = new int[linksPerOrganisation];
        for (int i = 0; i < n; i++) {
            int existing = i;
            int want = Math.min(linksPerOrganisation, existing);
            int got = 0;
            for (int attempt = 0; got < want && attempt < 20 * want; attempt++) {
                boolean cross = random.nextInt(100) < CROSS_LINK_PERCENT;
                boolean pickWelsh = welsh[i] != cross;
                int[] ends = pickWelsh ? welshEnds : partnerEnds;
                int size = pickWelsh ? welshSize : partnerSize;
                if (size == 0) {
                    continue;
                }
                int target = ends[random.nextInt(size)];
                boolean duplicate = false;
                for (int k = 0; k < got; k++) {
                    duplicate |= chosen[k] == target;
                }
                if (!duplicate) {
                    chosen[got++] = target;
                }
            }
            for (int k = 0; k < got; k++) {
                int t = chosen[k];
                links.add(link(links.size(), orgs.get(i), welsh[i], orgs.get(t), welsh[t], i, random, source));
                if (welsh[t]) {
                    welshEnds[welshSize++] = t;
                } else {
                    partnerEnds[partnerSize++] = t;
                }
                if (welsh[i]) {
                    welshEnds[welshSize++] = i;
                } else {
                    partnerEnds[partnerSize++] = i;
                }
            }
            if (welsh[i]) {
                welshEnds[welshSize++] = i;
            } else {
                partnerEnds[partnerSize++] = i;
            }
        }
        return new NetworkSnapshot(List.of(), orgs, links);
    }

    private static Organisation welshOrganisation(int i, int rank, SplittableRandom random, List<Source> source) {
        OrganisationType type;
        if (rank < HEALTH_BOARDS) {
            type = OrganisationType.HEALTH_BOARD;
        } else if (rank < HEALTH_BOARDS + NHS_TRUSTS) {
            type = OrganisationType.NHS_TRUST;
        } else {
            int r = random.nextInt(100);
            type = r < 5 ? OrganisationType.NETWORK : r < 45 ? OrganisationType.HOSPITAL
                    : r < 75 ? OrganisationType.NGO : r < 90 ? OrganisationType.UNIVERSITY
                    : OrganisationType.COMMUNITY_ORGANISATION;
        }
        String kind = type.name().toLowerCase().replace('_', '-');
        return new Organisation(String.format("w-%s-%06d", kind, i), "Synthetic Welsh " + kind.replace('-', ' ') + " " + i,
                type, Countries.WALES, null, null, null, null, null, Confidence.A, source);
    }

    private static Organisation partnerOrganisation(int i, SplittableRandom random, List<Source> source) {
        // a skewed country choice: a few countries hold most partners, as in the seed (Lesotho, Uganda, Ethiopia)
        String country = COUNTRIES.get(Math.min(COUNTRIES.size() - 1,
                (int) (COUNTRIES.size() * Math.pow(random.nextDouble(), 2))));
        int r = random.nextInt(100);
        OrganisationType type = r < 45 ? OrganisationType.HOSPITAL : r < 60 ? OrganisationType.GOVERNMENT
                : r < 75 ? OrganisationType.UNIVERSITY : r < 90 ? OrganisationType.NGO
                : OrganisationType.COMMUNITY_ORGANISATION;
        String kind = type.name().toLowerCase().replace('_', '-');
        return new Organisation(String.format("p-%s-%s-%06d", country.toLowerCase(), kind, i),
                "Synthetic " + country + " " + kind.replace('-', ' ') + " " + i, type, country, null, null, null, null,
                null, Confidence.A, source);
    }

    private Link link(int index, Organisation a, boolean aWelsh, Organisation b, boolean bWelsh, int step,
                      SplittableRandom random, List<Source> source) {
        Organisation from = a;
        Organisation to = b;
        LinkKind kind;
        if (aWelsh != bWelsh) {
            kind = random.nextInt(100) < 85 ? LinkKind.HEALTH_LINK : LinkKind.COLLABORATION;
            if (!aWelsh) { // Welsh side → partner
                from = b;
                to = a;
            }
        } else if (aWelsh) {
            kind = b.isHealthBoard() ? LinkKind.COORDINATION : LinkKind.MEMBERSHIP;
            if (b.isHealthBoard()) {
                from = b;
                to = a;
            }
        } else {
            kind = LinkKind.COLLABORATION;
        }
        int themeCount = 1 + random.nextInt(2);
        var themes = new ArrayList<String>();
        for (int t = 0; t < themeCount; t++) {
            String theme = THEMES.get(random.nextInt(THEMES.size()));
            if (!themes.contains(theme)) {
                themes.add(theme);
            }
        }
        Activity activity = Activity.values()[random.nextInt(Activity.values().length)];
        int r = random.nextInt(100);
        Learning learning = r < 20 ? Learning.RECIPROCAL : r < 25 ? Learning.TO_WALES : r < 60 ? Learning.TO_PARTNER
                : Learning.UNKNOWN;
        int since = FIRST_YEAR + (int) ((LAST_YEAR - FIRST_YEAR) * ((double) step / organisations));
        return new Link(String.format("l-%07d", index), from.id(), to.id(), kind, since, null, LinkStatus.ACTIVE,
                themes, List.of(activity), learning, null, null, Confidence.A, source);
    }

    /** Writes the plain edge list {@code source,target} (header row; one row per link, direction as stored). */
    public static void writeEdgeList(NetworkSnapshot snapshot, Writer out) {
        Objects.requireNonNull(snapshot, "snapshot");
        try {
            out.write("source,target\n");
            for (Link l : snapshot.links()) {
                out.write(l.from());
                out.write(',');
                out.write(l.to());
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code java -cp … org.partnershipatlas.synthetic.SyntheticNetworkGenerator ORGANISATIONS SEED JSON_FILE
     * [EDGE_LIST_FILE]}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: SyntheticNetworkGenerator ORGANISATIONS SEED JSON_FILE [EDGE_LIST_FILE]");
            System.exit(2);
        }
        var snapshot = new SyntheticNetworkGenerator(Integer.parseInt(args[0]), Long.parseLong(args[1])).generate();
        try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
            JsonSnapshotFormat.write(snapshot, out, false);
        }
        if (args.length > 3) {
            try (Writer w = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
                writeEdgeList(snapshot, w);
            }
        }
    }
}
