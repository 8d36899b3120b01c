package org.partnershipatlas.overview;

import java.util.HashSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import org.partnershipatlas.analysis.Analysis;
import org.partnershipatlas.analysis.AnalysisService;
import org.partnershipatlas.analytics.gaps.HealthBoardGap;
import org.partnershipatlas.analytics.quality.LinkAtRisk;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Region;
import org.partnershipatlas.quality.QualityService;
import org.partnershipatlas.healthboards.HealthBoardsService;
import org.partnershipatlas.analytics.gaps.MemberGroup;
import org.partnershipatlas.analytics.gaps.UnderLinked;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.store.ChangeQuery;
import org.partnershipatlas.store.RecordedChange;
import org.partnershipatlas.store.VersionedSnapshot;

/**
 * The network at a glance, from one read of the stored network: counts, links started per year, links by partner
 * country, the Boards' gaps, the top brokers, links at risk with assessment coverage, and the latest changes. Every
 * figure comes from the same snapshot the other views analyse, so each block can link to the view behind it.
 */
@Service
public class OverviewService {
    /** Brokers and changes shown on the overview; their views list the rest. */
    static final int TOP_BROKERS = 5;
    static final int LATEST_CHANGES = 5;

    private final NetworkReads reads;
    private final AnalysisService analyses;
    private final QualityService quality;
    private final HealthBoardsService healthBoards;

    public OverviewService(NetworkReads reads, AnalysisService analyses, QualityService quality,
                           HealthBoardsService healthBoards) {
        this.reads = reads;
        this.analyses = analyses;
        this.quality = quality;
        this.healthBoards = healthBoards;
    }

    /**
     * @param organisations          every stored organisation
     * @param links                  every stored link
     * @param countries              partner countries with at least one organisation: not Wales, not the rest of
     *                               the UK (they are home, not partners)
     * @param boardsAndTrusts        Health Boards and NHS Trusts
     * @param boardsAndTrustsLinked  of those, the ones with at least one link
     * @param welshOrganisations     organisations in Wales
     */
    public record Counts(int organisations, int links, int countries, int boardsAndTrusts, int boardsAndTrustsLinked,
                         int welshOrganisations) {
    }

    /** Links whose {@code since} is this year, and all links started by the end of it. */
    public record YearCount(int year, int started, int total) {
    }

    /** Links touching a partner country (outside Wales and the rest of the UK). */
    public record CountryCount(String code, String name, int links) {
    }

    /**
     * A Board's place among its peers: its partner links and countries, and where it stands — under-linked, not, or
     * no evidence found — by the one definition the Health Boards report and the API use ({@link UnderLinked}).
     */
    public record BoardSummary(String id, String name, int links, int countries, UnderLinked.Standing standing) {
        public boolean underLinked() {
            return standing == UnderLinked.Standing.UNDER_LINKED;
        }

        /** No known link and no return: no evidence found, which is not the same as no link. */
        public boolean noKnownLink() {
            return standing == UnderLinked.Standing.NO_EVIDENCE;
        }
    }

    public record BrokerSummary(String id, String name, double score) {
    }

    /**
     * @param boardsMedian the median Board and the lines below which a Board is under-linked
     */
    public record Overview(long version, Counts counts, List<YearCount> growth, int linksWithoutYear,
                           List<CountryCount> byCountry, List<BoardSummary> boards,
                           HealthBoardsService.PeerMedian boardsMedian, List<BrokerSummary> brokers,
                           List<LinkAtRisk> atRisk, QualityService.Coverage coverage, List<RecordedChange> changes) {
    }

    public Overview overview() {
        VersionedSnapshot stored = reads.current();
        NetworkSnapshot all = stored.snapshot();
        Analysis analysis = analyses.analyse(stored, AnalysisScope.DEFAULT);
        var gaps = healthBoards.gaps(stored, AnalysisScope.DEFAULT, MemberGroup.BOARDS);
        return new Overview(stored.version(), counts(all, analysis), growth(all),
                (int) all.links().stream().filter(l -> l.since() == null).count(), byCountry(all),
                boards(gaps), gaps.peerMedian(), brokers(analysis), quality.atRisk(stored, AnalysisScope.DEFAULT),
                quality.coverage(stored, AnalysisScope.DEFAULT), reads.changes(ChangeQuery.latest(LATEST_CHANGES)));
    }

    /**
     * "Boards and Trusts with links" counts partner links — a link to an organisation outside Wales and the rest of
     * the UK (for a Board, its units' links too, as the gap analysis counts them): membership of a Welsh network is
     * not a partnership.
     */
    static Counts counts(NetworkSnapshot network, Analysis analysis) {
        var boardsAndTrusts = network.organisations().stream().filter(OverviewService::isBoardOrTrust).toList();
        Set<String> boardsWithPartners = new HashSet<>();
        analysis.analytics().gaps().healthBoards().stream().filter(g -> g.links() > 0).forEach(g -> boardsWithPartners.add(g.id()));
        int linked = (int) boardsAndTrusts.stream().filter(o -> boardsWithPartners.contains(o.id())
                || o.type() == OrganisationType.NHS_TRUST && network.linksOf(o.id()).stream().anyMatch(l ->
                network.organisation(l.otherEnd(o.id())).map(Organisation::country)
                        .filter(c -> isPartnerCountry(network, c)).isPresent())).count();
        int partnerCountries = (int) network.countriesInUse().stream()
                .filter(c -> isPartnerCountry(network, c.code())).count();
        int welsh = (int) network.organisations().stream().filter(Organisation::isWelsh).count();
        return new Counts(network.organisations().size(), network.links().size(), partnerCountries,
                boardsAndTrusts.size(), linked, welsh);
    }

    static boolean isBoardOrTrust(Organisation o) {
        return o.type() == OrganisationType.HEALTH_BOARD || o.type() == OrganisationType.NHS_TRUST;
    }

    /** Every year from the first {@code since} to the last, so that quiet years show as gaps in the growth. */
    static List<YearCount> growth(NetworkSnapshot network) {
        var started = new TreeMap<Integer, Integer>();
        for (Link l : network.links()) {
            if (l.since() != null) {
                started.merge(l.since(), 1, Integer::sum);
            }
        }
        var years = new ArrayList<YearCount>();
        if (started.isEmpty()) {
            return years;
        }
        int total = 0;
        for (int year = started.firstKey(); year <= started.lastKey(); year++) {
            int n = started.getOrDefault(year, 0);
            total += n;
            years.add(new YearCount(year, n, total));
        }
        return years;
    }

    static List<CountryCount> byCountry(NetworkSnapshot network) {
        Map<String, Integer> counts = new HashMap<>();
        for (Link l : network.links()) {
            Set<String> partners = new LinkedHashSet<>();
            for (String end : List.of(l.from(), l.to())) {
                network.organisation(end).map(Organisation::country).filter(c -> isPartnerCountry(network, c))
                        .ifPresent(partners::add);
            }
            partners.forEach(c -> counts.merge(c, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .map(e -> new CountryCount(e.getKey(), network.country(e.getKey()).map(c -> c.name()).orElse(e.getKey()),
                        e.getValue()))
                .sorted(Comparator.comparingInt(CountryCount::links).reversed().thenComparing(CountryCount::name))
                .toList();
    }

    private static boolean isPartnerCountry(NetworkSnapshot network, String code) {
        Region region = network.country(code).map(c -> c.region()).orElse(null);
        return region != null && region != Region.WALES && region != Region.REST_OF_UK;
    }

    /** Under-linked first, then the fewest links: the order the IHCC reads them in. */
    static List<BoardSummary> boards(HealthBoardsService.GapsResponse gaps) {
        return gaps.healthBoards().stream()
                .map(g -> new BoardSummary(g.id(), g.name(), g.metrics().links(), g.metrics().countries(), g.standing()))
                .sorted(Comparator.comparing((BoardSummary b) -> !b.underLinked()).thenComparingInt(BoardSummary::links)
                        .thenComparing(BoardSummary::name))
                .toList();
    }

    static List<BrokerSummary> brokers(Analysis analysis) {
        return analysis.analytics().brokers().stream().limit(TOP_BROKERS)
                .map(b -> new BrokerSummary(b.id(), b.name(), b.betweennessNormalized())).toList();
    }

    /** Under-linked Boards' ids (the picture marks them). */
    public static Set<String> underLinked(Analysis analysis) {
        var ids = new LinkedHashSet<String>();
        analysis.analytics().gaps().healthBoards().stream().filter(HealthBoardGap::underLinked)
                .forEach(g -> ids.add(g.id()));
        return ids;
    }
}
