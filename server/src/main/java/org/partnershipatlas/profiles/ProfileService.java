package org.partnershipatlas.profiles;

import org.partnershipatlas.writes.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import org.partnershipatlas.analysis.Analysis;
import org.partnershipatlas.analysis.AnalysisService;
import org.partnershipatlas.analytics.NodeMetrics;
import org.partnershipatlas.network.ExplorerService;
import org.partnershipatlas.analytics.introductions.LinkPredictionMethod;
import org.partnershipatlas.analytics.introductions.LinkSuggestion;
import org.partnershipatlas.analytics.introductions.RouteTarget;
import org.partnershipatlas.analytics.quality.GroupBy;
import org.partnershipatlas.analytics.quality.GroupQuality;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.healthboards.HealthBoardsService;
import org.partnershipatlas.introductions.IntroductionsService;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Region;
import org.partnershipatlas.quality.QualityService;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.store.ChangeQuery;
import org.partnershipatlas.store.RecordedChange;
import org.partnershipatlas.store.VersionedSnapshot;

/**
 * One organisation's profile, from one read of the network: what it is, its links by country and theme, its
 * measures, its gaps and quality against its peers (Boards and Trusts), routes to partner countries it lacks,
 * suggested partners, its history and its sources. The report the IHCC takes to a Board's international lead.
 */
@Service
public class ProfileService {
    /** Countries it lacks that get a route, the most-linked first; suggestions; changes listed. */
    static final int ROUTES = 5;
    static final int SUGGESTIONS = 5;
    static final int HISTORY = 10;

    private final NetworkReads reads;
    private final AnalysisService analyses;
    private final HealthBoardsService boards;
    private final QualityService quality;
    private final IntroductionsService introductions;

    public ProfileService(NetworkReads reads, AnalysisService analyses, HealthBoardsService boards,
                          QualityService quality, IntroductionsService introductions) {
        this.reads = reads;
        this.analyses = analyses;
        this.boards = boards;
        this.quality = quality;
        this.introductions = introductions;
    }

    /** A link seen from the profiled organisation: the partner, the partner's country, and the link. */
    public record PartnerLink(Link link, Organisation partner, String countryName) {
    }

    public record CountryLinks(String code, String name, int links) {
    }

    public record ThemeLinks(String theme, int links) {
    }

    /** The best route to a partner country the organisation has no link in, through whom. */
    public record CountryRoute(String code, String name, List<String> names, String introducerName) {
    }

    /**
     * @param gap     the Board's figures against its peers (Health Boards only)
     * @param quality its partnership quality roll-up (Boards and Trusts)
     */
    public record Profile(long version, Organisation organisation, String countryName, List<PartnerLink> links,
                          List<CountryLinks> byCountry, List<ThemeLinks> byTheme, Optional<NodeMetrics> metrics,
                          Optional<HealthBoardsService.BoardGap> gap, Optional<GroupQuality> quality,
                          List<CountryRoute> routes, List<LinkSuggestion> suggestions, Map<String, String> names,
                          List<RecordedChange> history) {

        public boolean isBoardOrTrust() {
            return organisation.type() == OrganisationType.HEALTH_BOARD || organisation.type() == OrganisationType.NHS_TRUST;
        }
    }

    public VersionedSnapshot stored() {
        return reads.current();
    }

    public Optional<Profile> profile(String id) {
        return profile(reads.current(), id);
    }

    public Optional<Profile> profile(VersionedSnapshot stored, String id) {
        NetworkSnapshot all = stored.snapshot();
        Optional<Organisation> found = all.organisation(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Organisation o = found.get();
        Analysis analysis = analyses.analyse(stored, AnalysisScope.DEFAULT);
        NetworkSnapshot scoped = analysis.snapshot();
        List<PartnerLink> links = all.linksOf(id).stream()
                .map(l -> {
                    Organisation partner = all.organisation(l.otherEnd(id)).orElseThrow();
                    return new PartnerLink(l, partner, countryName(all, partner.country()));
                })
                .sorted(Comparator.comparing((PartnerLink p) -> p.countryName() == null ? "" : p.countryName())
                        .thenComparing(p -> p.partner().name()))
                .toList();
        var byCountry = new TreeMap<String, Integer>();
        var byTheme = new TreeMap<String, Integer>();
        for (PartnerLink p : links) {
            if (p.partner().country() != null) {
                byCountry.merge(p.partner().country(), 1, Integer::sum);
            }
            p.link().themes().forEach(t -> byTheme.merge(t, 1, Integer::sum));
        }
        List<CountryLinks> countries = byCountry.entrySet().stream()
                .map(e -> new CountryLinks(e.getKey(), countryName(all, e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(CountryLinks::links).reversed().thenComparing(CountryLinks::name)).toList();
        List<ThemeLinks> themes = byTheme.entrySet().stream().map(e -> new ThemeLinks(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(ThemeLinks::links).reversed().thenComparing(ThemeLinks::theme)).toList();
        // The measures the page lists (not every measure of everyone: harmonic and eigenvector centrality are not shown)
        var analytics = analysis.analytics();
        Optional<NodeMetrics> metrics = scoped.organisation(id).isEmpty() ? Optional.empty()
                : analytics.shownMetrics(id).map(m -> Double.isNaN(m.betweenness())
                        ? ExplorerService.withBetweenness(m, analytics.betweenness(id).orElseThrow()) : m);
        Optional<HealthBoardsService.BoardGap> gap = o.type() == OrganisationType.HEALTH_BOARD
                ? boards.gaps(stored, AnalysisScope.DEFAULT).healthBoards().stream().filter(b -> b.id().equals(id)).findFirst()
                : Optional.empty();
        Optional<GroupQuality> rolled = Optional.empty();
        if (o.type() == OrganisationType.HEALTH_BOARD || o.type() == OrganisationType.NHS_TRUST) {
            GroupBy group = o.type() == OrganisationType.HEALTH_BOARD ? GroupBy.HEALTH_BOARDS : GroupBy.TRUSTS;
            rolled = quality.groups(stored, AnalysisScope.DEFAULT, group).stream().filter(g -> g.id().equals(id)).findFirst();
        }
        Map<String, String> names = all.organisations().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        return Optional.of(new Profile(stored.version(), o, countryName(all, o.country()), links, countries, themes,
                metrics, gap, rolled, routes(scoped, o, byCountry.keySet()), suggestions(scoped, id), names,
                // summaries only: the page shows when, who and what; a replace import's recorded entities are megabytes
                reads.changeSummaries(ChangeQuery.latest(HISTORY).forEntity(id))));
    }

    /** Routes to the most-linked partner countries it has no link in (Welsh bodies only: partners abroad need none). */
    private List<CountryRoute> routes(NetworkSnapshot scoped, Organisation o, Set<String> linkedCountries) {
        if (!o.isWelsh() || scoped.organisation(o.id()).isEmpty()) {
            return List.of();
        }
        Map<String, Integer> partnerCountries = new TreeMap<>();
        for (Link l : scoped.links()) {
            for (String end : List.of(l.from(), l.to())) {
                scoped.organisation(end).map(Organisation::country).filter(c -> isPartner(scoped, c))
                        .ifPresent(c -> partnerCountries.merge(c, 1, Integer::sum));
            }
        }
        var wanted = partnerCountries.entrySet().stream().filter(e -> !linkedCountries.contains(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(ROUTES).map(Map.Entry::getKey).toList();
        var routes = new ArrayList<CountryRoute>();
        for (String code : wanted) {
            var found = introductions.routes(AnalysisScope.DEFAULT, o.id(), RouteTarget.country(code), 1).routes();
            if (!found.isEmpty()) {
                var r = found.get(0);
                routes.add(new CountryRoute(code, countryName(scoped, code), r.names(), r.introducerName()));
            }
        }
        return routes;
    }

    private List<LinkSuggestion> suggestions(NetworkSnapshot scoped, String id) {
        if (scoped.organisation(id).isEmpty()) {
            return List.of();
        }
        try {
            return introductions.suggestions(AnalysisScope.DEFAULT, id, LinkPredictionMethod.ADAMIC_ADAR, SUGGESTIONS,
                    true).suggestions();
        } catch (NotFoundException mergedAway) {
            // suggestions are for the network as it is now: a body that has merged away or closed gets none (its
            // profile stays readable: it was an error page)
            return List.of();
        }
    }

    private static boolean isPartner(NetworkSnapshot network, String code) {
        Region region = network.country(code).map(c -> c.region()).orElse(null);
        return region != null && region != Region.WALES && region != Region.REST_OF_UK && region != Region.EUROPE;
    }

    private static String countryName(NetworkSnapshot network, String code) {
        return code == null ? null : network.country(code).map(c -> c.name()).orElse(code);
    }
}
