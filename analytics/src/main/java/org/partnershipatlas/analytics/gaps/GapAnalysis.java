package org.partnershipatlas.analytics.gaps;

import org.partnershipatlas.analytics.centrality.Components;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.partnershipatlas.analytics.brokerage.ArticulationPointsAndBridges;
import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.findings.NameList;
import org.partnershipatlas.analytics.graph.Labels;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Region;

/**
 * Gaps for the IHCC coordinator: each Health Board against the median of its peers, countries and themes with zero
 * or one link, fragile links, and the Board coverage matrices.
 *
 * <p><b>Attribution rule.</b> A Board's partner links are its own links and those of the Welsh units it
 * coordinates (its {@code bd-*} hospitals, its predecessors, health-link bodies only its units belong to) to organisations
 * in partner countries (outside Wales and the rest of the UK), plus the partner links of the brokers those units are
 * linked to (e.g. PONT), which "pass through" that broker. {@code dependence} is the largest share passing through
 * one broker. An attribution through a link or unit of confidence B is flagged {@code inferred}.
 *
 * <p><b>Under-linked</b>: as {@link UnderLinked} defines it — no partner link, or fewer than half the median Board's
 * partner links or partner countries. Reasons name every figure below the median (fewer links, countries, themes, a
 * lower reciprocal share), activities other Boards have and it lacks, a dependence of 50% or more on one broker,
 * and inferred attributions.
 *
 * <p><b>Countries</b>: those of the network's organisations outside Wales and the rest of the UK, plus African
 * countries named in organisation descriptions; {@code links} counts links with exactly one end in the country.
 * <b>Themes</b>: themes carried by one link. <b>Fragile links</b>: bridges of the projection, the smaller side
 * reported as cut off.
 *
 * <p>Complexity: O(Σ_B Σ_{u∈units(B)} Σ_{f~u} d(f)) for the Boards, O(n + m) for the rest.
 */
public final class GapAnalysis {
    /** Most ids listed per fragile link. */
    public static final int LIST_LIMIT = 20;
    private static final double DEPENDENCE_WORTH_NAMING = 0.5;

    private GapAnalysis() {
    }

    public static GapReport analyse(NetworkSnapshot snapshot, NetworkGraph graph, ArticulationPointsAndBridges cuts) {
        return analyse(snapshot, graph, cuts, MemberGroup.BOARDS);
    }

    /** The gaps with the members of {@code group} (Health Boards or NHS Trusts) compared against their own median. */
    public static GapReport analyse(NetworkSnapshot snapshot, NetworkGraph graph, ArticulationPointsAndBridges cuts,
                                    MemberGroup group) {
        Objects.requireNonNull(snapshot, "snapshot");
        var reaches = reaches(snapshot, group);
        var boards = boards(snapshot, reaches);
        return new GapReport(boards.gaps, boards.medians, countries(snapshot), singleLinkThemes(snapshot),
                fragileLinks(snapshot, graph, cuts));
    }

    /**
     * The partner links of a Health Board or NHS Trust by this class's attribution rule (its own and its units'
     * links to partner-country organisations, and those of brokers its units are linked to): what the quality
     * roll-ups count for it.
     */
    public static List<Link> partnerLinks(NetworkSnapshot snapshot, Organisation member) {
        return List.copyOf(new BoardReach(snapshot, member).links.values());
    }

    static List<BoardReach> reaches(NetworkSnapshot snapshot, MemberGroup group) {
        return snapshot.organisations().stream().filter(o -> group.includes(snapshot, o))
                .map(b -> new BoardReach(snapshot, b)).toList();
    }

    private record Boards(List<HealthBoardGap> gaps, PeerMedians medians) {
    }

    private static Boards boards(NetworkSnapshot snapshot, List<BoardReach> reaches) {
        int k = reaches.size();
        double[] links = new double[k];
        double[] countries = new double[k];
        double[] themes = new double[k];
        double[] activities = new double[k];
        double[] reciprocal = new double[k];
        double[] dependence = new double[k];
        var stats = new ArrayList<Stats>();
        for (int i = 0; i < k; i++) {
            var s = new Stats(snapshot, reaches.get(i));
            stats.add(s);
            links[i] = s.links.size();
            countries[i] = s.countries.size();
            themes[i] = s.themes.size();
            activities[i] = s.activities.size();
            reciprocal[i] = s.reciprocalShare;
            dependence[i] = s.dependence;
        }
        var medians = new PeerMedians(k, median(links), median(countries), median(themes), median(activities),
                median(reciprocal), median(dependence));
        Set<Activity> anyBoardHas = EnumSet.noneOf(Activity.class);
        stats.forEach(s -> anyBoardHas.addAll(s.activities));
        var gaps = new ArrayList<HealthBoardGap>();
        for (Stats s : stats) {
            var reasons = new ArrayList<Finding>();
            int n = s.links.size();
            boolean under = UnderLinked.byFigures(n, s.countries.size(), medians);
            if (n == 0) {
                var home = s.reach.homeLinks.stream().map(l -> name(snapshot, l.otherEnd(s.unitEnd(l))))
                        .distinct().toList();
                reasons.add(Finding.of("NO_PARTNER_LINK", "ties", home.isEmpty() ? null : NameList.of(home)));
            } else {
                if (n < medians.links()) {
                    reasons.add(Finding.of("FEWER_LINKS", "links", n, "median", medians.links()));
                }
                if (s.countries.size() < medians.countries()) {
                    reasons.add(Finding.of("FEWER_COUNTRIES", "countries", s.countries.size(), "median",
                            medians.countries()));
                }
                if (s.themes.size() < medians.themes()) {
                    reasons.add(Finding.of("FEWER_THEMES", "themes", s.themes.size(), "median", medians.themes()));
                }
                if (s.reciprocalShare < medians.reciprocalShare()) {
                    reasons.add(Finding.of("LESS_RECIPROCAL", "percent", 100 * s.reciprocalShare,
                            "medianPercent", 100 * medians.reciprocalShare()));
                }
            }
            for (Activity a : anyBoardHas) {
                if (!s.activities.contains(a)) {
                    reasons.add(Finding.of("NO_ACTIVITY", "activity", a));
                }
            }
            if (s.topBroker != null && s.dependence >= DEPENDENCE_WORTH_NAMING) {
                reasons.add(Finding.of("DEPENDS_ON_BROKER", "percent", 100 * s.dependence,
                        "broker", name(snapshot, s.topBroker), "brokerId", s.topBroker));
            }
            if (!s.reach.inferredLinks.isEmpty()) {
                reasons.add(Finding.of("ATTRIBUTION_INFERRED", "links", NameList.of(s.reach.inferredLinks.stream()
                        .map(id -> describe(snapshot, id)).toList()), "linkIds", List.copyOf(s.reach.inferredLinks)));
            }
            Organisation b = s.reach.board;
            gaps.add(new HealthBoardGap(b.id(), b.name(), List.copyOf(s.reach.units), n, s.direct,
                    List.copyOf(s.countries), List.copyOf(s.themes), List.copyOf(s.activities), s.reciprocalShare,
                    s.topBroker, s.dependence, !s.reach.inferredLinks.isEmpty(),
                    List.copyOf(s.reach.inferredLinks), under, reasons));
        }
        return new Boards(gaps, medians);
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    private static String name(NetworkSnapshot snapshot, String id) {
        return snapshot.organisation(id).map(Organisation::name).orElse(id);
    }

    /** A link as a person reads it: "Nevill Hall Hospital – Gwent–Southern Ethiopia Link". */
    private static String describe(NetworkSnapshot snapshot, String linkId) {
        return snapshot.link(linkId).map(l -> name(snapshot, l.from()) + " – " + name(snapshot, l.to()))
                .orElse(linkId);
    }

    /** The figures of one Board. */
    private static final class Stats {
        final BoardReach reach;
        final List<Link> links;
        final TreeSet<String> countries = new TreeSet<>();
        final TreeSet<String> themes = new TreeSet<>();
        final Set<Activity> activities = EnumSet.noneOf(Activity.class);
        final double reciprocalShare;
        final String topBroker;
        final double dependence;
        final int direct;

        Stats(NetworkSnapshot snapshot, BoardReach reach) {
            this.reach = reach;
            this.links = List.copyOf(reach.links.values());
            int reciprocal = 0;
            int directCount = 0;
            Map<String, Integer> perBroker = new TreeMap<>();
            for (Link l : links) {
                snapshot.organisation(reach.partnerEnd(snapshot, l)).map(Organisation::country)
                        .ifPresent(countries::add);
                themes.addAll(l.themes());
                activities.addAll(l.activities());
                reciprocal += l.learning() == Learning.RECIPROCAL ? 1 : 0;
                String broker = reach.brokerOf.get(l.id());
                if (broker == null) {
                    directCount++;
                } else {
                    perBroker.merge(broker, 1, Integer::sum);
                }
            }
            this.direct = directCount;
            this.reciprocalShare = links.isEmpty() ? 0 : (double) reciprocal / links.size();
            var top = perBroker.entrySet().stream().max(Map.Entry.comparingByValue());
            this.topBroker = top.map(Map.Entry::getKey).orElse(null);
            this.dependence = top.map(e -> (double) e.getValue() / links.size()).orElse(0.0);
        }

        /** The end of a home link that is one of the Board's units. */
        String unitEnd(Link l) {
            return reach.units.contains(l.from()) ? l.from() : l.to();
        }
    }

    // --- countries, themes -------------------------------------------------------------------------------------

    static List<CountryCoverage> countries(NetworkSnapshot snapshot) {
        Map<String, Integer> organisations = new LinkedHashMap<>();
        for (Organisation o : snapshot.organisations()) {
            if (isPartnerCountry(snapshot, o.country())) {
                organisations.merge(o.country(), 1, Integer::sum);
            }
        }
        Map<String, List<String>> mentioned = mentions(snapshot);
        var codes = new LinkedHashSet<>(organisations.keySet());
        codes.addAll(mentioned.keySet());
        Map<String, Integer> links = new HashMap<>();
        for (Link l : snapshot.links()) {
            String a = snapshot.organisation(l.from()).map(Organisation::country).orElse(null);
            String b = snapshot.organisation(l.to()).map(Organisation::country).orElse(null);
            if (!Objects.equals(a, b)) {
                if (a != null) {
                    links.merge(a, 1, Integer::sum);
                }
                if (b != null) {
                    links.merge(b, 1, Integer::sum);
                }
            }
        }
        return codes.stream().map(code -> {
            int n = links.getOrDefault(code, 0);
            String name = snapshot.country(code).map(Country::name).orElse(code);
            int known = organisations.getOrDefault(code, 0);
            List<String> mentionedBy = mentioned.getOrDefault(code, List.of());
            Finding explanation = known == 0
                    ? Finding.of("COUNTRY_NAMED_ONLY", "country", name, "code", code,
                    "mentionedBy", NameList.of(mentionedBy.stream().map(id -> name(snapshot, id)).toList()))
                    : Finding.of("COUNTRY_LINKS", "country", name, "code", code, "links", n, "organisations", known,
                    "thin", n <= 1);
            return new CountryCoverage(code, name, n, known, mentionedBy, n <= 1, explanation);
        }).sorted(Comparator.comparingInt(CountryCoverage::links).thenComparing(CountryCoverage::name)).toList();
    }

    private static boolean isPartnerCountry(NetworkSnapshot snapshot, String code) {
        return code != null && snapshot.country(code)
                .map(c -> c.region() != Region.WALES && c.region() != Region.REST_OF_UK).orElse(false);
    }

    /** African countries named in organisation descriptions, with the organisations naming them. */
    private static Map<String, List<String>> mentions(NetworkSnapshot snapshot) {
        var result = new TreeMap<String, List<String>>();
        for (Country c : Countries.all()) {
            if (c.region() != Region.SUB_SAHARAN_AFRICA && c.region() != Region.NORTH_AFRICA) {
                continue;
            }
            // "Guinea" must not match inside "Guinea-Bissau" or "Equatorial Guinea"
            var pattern = Pattern.compile("(?<![\\w-])(?<!Equatorial )(?<!New )" + Pattern.quote(c.name())
                    + "(?![\\w-])");
            for (Organisation o : snapshot.organisations()) {
                if (o.description() != null && pattern.matcher(o.description()).find()) {
                    result.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(o.id());
                }
            }
        }
        return result;
    }

    static List<ThemeCoverage> singleLinkThemes(NetworkSnapshot snapshot) {
        Map<String, List<String>> byTheme = new TreeMap<>();
        for (Link l : snapshot.links()) {
            for (String t : l.themes()) {
                byTheme.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(l.id());
            }
        }
        return byTheme.entrySet().stream().filter(e -> e.getValue().size() <= 1)
                .map(e -> new ThemeCoverage(e.getKey(), e.getValue().size(), e.getValue())).toList();
    }

    // --- fragile links ------------------------------------------------------------------------------------------

    public static List<FragileLink> fragileLinks(NetworkSnapshot snapshot, NetworkGraph graph,
                                                 ArticulationPointsAndBridges cuts) {
        var components = new Components(graph);
        var result = new ArrayList<FragileLink>();
        for (int[] bridge : cuts.bridges()) {
            int parent = bridge[0];
            int child = bridge[1];
            int[] side = cuts.subtree(child);
            int componentSize = components.size(components.componentOf(child));
            int stay = parent;
            int go = child;
            int[] cut = side;
            if (side.length * 2 > componentSize) {
                cut = complement(graph, components, child, side);
                stay = child;
                go = parent;
            }
            String a = graph.id(stay);
            String b = graph.id(go);
            List<Link> links = snapshot == null ? List.of()
                    : snapshot.linksOf(a).stream().filter(l -> l.otherEnd(a).equals(b)).toList();
            var byCountry = Labels.byCountry(graph, cut);
            List<String> cutIds = Labels.ids(graph, Arrays.copyOf(cut, Math.min(cut.length, LIST_LIMIT)));
            boolean inferred = links.stream().anyMatch(l -> l.confidence() == Confidence.B);
            Finding explanation = Finding.of("BRIDGE_CUTS_OFF", "from", graph.label(stay), "fromId", a,
                    "to", graph.label(go), "toId", b, "count", cut.length,
                    "byCountry", byCountry.isEmpty() ? null : byCountry, "organisations", Labels.names(graph, cut),
                    "links", links.size(), "inferred", inferred);
            result.add(new FragileLink(a, graph.label(stay), b, graph.label(go), links.stream().map(Link::id).toList(),
                    links.stream().map(l -> l.kind().name()).distinct().toList(), inferred, cut.length, cutIds,
                    Finding.of("BY_COUNTRY", "byCountry", byCountry), explanation));
        }
        result.sort(Comparator.comparingInt(FragileLink::cutOffCount).reversed()
                .thenComparing(FragileLink::from).thenComparing(FragileLink::to));
        return result;
    }

    private static int[] complement(NetworkGraph graph, Components components,
                                    int child, int[] side) {
        boolean[] inSide = new boolean[graph.nodeCount()];
        for (int v : side) {
            inSide[v] = true;
        }
        int c = components.componentOf(child);
        var rest = new ArrayList<Integer>();
        for (int v = 0; v < graph.nodeCount(); v++) {
            if (!inSide[v] && components.componentOf(v) == c) {
                rest.add(v);
            }
        }
        return rest.stream().mapToInt(Integer::intValue).toArray();
    }

    // --- coverage matrices -------------------------------------------------------------------------------------

    public static CoverageMatrix coverage(NetworkSnapshot snapshot, CoverageDimension dimension) {
        return coverage(snapshot, dimension, MemberGroup.BOARDS);
    }

    /** Members of {@code group} × country / theme / activity: how many partner links. */
    public static CoverageMatrix coverage(NetworkSnapshot snapshot, CoverageDimension dimension, MemberGroup group) {
        Objects.requireNonNull(dimension, "dimension");
        var reaches = reaches(snapshot, group);
        var columns = new ArrayList<String>();
        var columnNames = new ArrayList<String>();
        switch (dimension) {
            case COUNTRY -> countries(snapshot).stream().filter(c -> c.organisations() > 0).map(CountryCoverage::code)
                    .sorted().forEach(columns::add);
            case THEME -> reaches.stream().flatMap(r -> r.links.values().stream())
                    .flatMap(l -> l.themes().stream()).map(t -> t.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toCollection(TreeSet::new)).forEach(columns::add);
            case ACTIVITY -> Arrays.stream(Activity.values()).map(Enum::name).forEach(columns::add);
        }
        for (String c : columns) {
            columnNames.add(switch (dimension) {
                case COUNTRY -> snapshot.country(c).map(Country::name).orElse(c);
                case THEME -> c;
                case ACTIVITY -> c.toLowerCase(Locale.ROOT).replace('_', ' ');
            });
        }
        var counts = new ArrayList<List<Integer>>();
        for (BoardReach r : reaches) {
            int[] row = new int[columns.size()];
            for (Link l : r.links.values()) {
                var values = switch (dimension) {
                    case COUNTRY -> snapshot.organisation(r.partnerEnd(snapshot, l)).map(Organisation::country)
                            .stream().toList();
                    case THEME -> l.themes().stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList();
                    case ACTIVITY -> l.activities().stream().map(Enum::name).toList();
                };
                for (String v : values) {
                    int c = columns.indexOf(v);
                    if (c >= 0) {
                        row[c]++;
                    }
                }
            }
            counts.add(Arrays.stream(row).boxed().toList());
        }
        return new CoverageMatrix(dimension, reaches.stream().map(r -> r.board.id()).toList(),
                reaches.stream().map(r -> r.board.name()).toList(), columns, columnNames, counts);
    }
}
