package org.partnershipatlas.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.brokerage.Broker;
import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.findings.NameList;
import org.partnershipatlas.analytics.gaps.CountryCoverage;
import org.partnershipatlas.analytics.gaps.CoverageDimension;
import org.partnershipatlas.analytics.gaps.HealthBoardGap;
import org.partnershipatlas.analytics.introductions.FirstPartner;
import org.partnershipatlas.analytics.introductions.LinkPredictionMethod;
import org.partnershipatlas.analytics.introductions.LinkSuggestion;
import org.partnershipatlas.analytics.introductions.Route;
import org.partnershipatlas.analytics.introductions.RouteTarget;
import org.partnershipatlas.analytics.introductions.SuggestionRequest;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.model.NetworkSnapshot;

/** The facade on the real Wales–Africa seed (95 organisations, 105 links). */
class SeedNetworkTest {
    static final String NINETEEN_HILLS = "19-hills-health-and-wellbeing-centre";
    static NetworkSnapshot seed;
    static NetworkAnalytics analytics;

    @BeforeAll
    static void load() {
        seed = TestNetworks.seed();
        analytics = NetworkAnalytics.of(seed);
    }

    @Test
    void metrics_seed_coverEveryOrganisation() {
        assertThat(analytics.metrics()).hasSize(95);
        var betsi = analytics.metrics("betsi-cadwaladr-uhb").orElseThrow();
        assertThat(betsi.degree()).isGreaterThan(10);
        assertThat(betsi.betweenness()).isPositive();
        assertThat(betsi.explain()).contains("ties");
        assertThat(analytics.metrics("nobody")).isEmpty();
    }

    @Test
    void summary_seed_countsLinksPairsAndComponents() {
        var s = analytics.summary();
        assertThat(s.nodes()).isEqualTo(95);
        assertThat(s.links()).isEqualTo(105);
        assertThat(s.edges()).isLessThanOrEqualTo(105);
        assertThat(s.components()).isGreaterThan(1);
        assertThat(s.diameter()).isPositive();
        assertThat(s.growth()).isNotEmpty();
        assertThat(s.growth().get(0).year()).isEqualTo(1985); // Dolen Cymru
        assertThat(s.undatedLinks()).isPositive();
    }

    @Test
    void brokers_seed_nameBetsiAsOnlyRouteToItsPartners() {
        var brokers = analytics.brokers();
        var betsi = brokers.stream().filter(b -> b.id().equals("betsi-cadwaladr-uhb")).findFirst().orElseThrow();
        assertThat(betsi.articulationPoint()).isTrue();
        assertThat(betsi.labels()).contains("articulation point");
        assertThat(betsi.reasons()).extracting(Finding::code).startsWith("SHORTEST_ROUTES_SHARE", "ONLY_ROUTE_TO");
        assertThat(betsi.reasons().get(0).english()).startsWith("on ")
                .endsWith("% of shortest routes between other organisations");
        var onlyRoute = betsi.reasons().get(1);
        assertThat(onlyRoute.english()).startsWith("only route to").contains("in Lesotho");
        assertThat(((NameList) onlyRoute.arguments().get("organisations")).names())
                .as("names, not ids").contains("Busia County Referral Hospital");
        assertThat(betsi.countriesSpanned()).isGreaterThanOrEqualTo(3);
        assertThat(brokers).extracting(Broker::rank).startsWith(1, 2, 3);
        assertThat(brokers.get(0).explain()).startsWith("#1 ");
    }

    @Test
    void articulationPoints_seed_includeIhccAndBetsi() {
        var g = analytics.graph();
        var cuts = analytics.articulationPointsAndBridges();
        assertThat(cuts.isArticulationPoint(g.indexOf("ihcc"))).isTrue();
        assertThat(cuts.isArticulationPoint(g.indexOf("betsi-cadwaladr-uhb"))).isTrue();
        assertThat(cuts.isArticulationPoint(g.indexOf(NINETEEN_HILLS))).isFalse();
    }

    @Test
    void gaps_seed_flagCardiffAndValeAndHywelDdaWithReasons() {
        var gaps = analytics.gaps();
        assertThat(gaps.healthBoards()).hasSize(7);
        assertThat(gaps.underLinked()).extracting(HealthBoardGap::id)
                .contains("cardiff-and-vale-uhb", "hywel-dda-uhb")
                .doesNotContain("betsi-cadwaladr-uhb");
        var hywelDda = board(gaps.healthBoards(), "hywel-dda-uhb");
        assertThat(hywelDda.links()).isZero();
        assertThat(hywelDda.reasons().get(0).code()).isEqualTo("NO_PARTNER_LINK");
        assertThat(hywelDda.reasons().get(0).english()).contains("no known link").contains("IHCC");
        assertThat(hywelDda.explain()).contains("under-linked");
    }

    @Test
    void gaps_seed_countHospitalLinksForTheirBoardsAndFlagInference() {
        var gaps = analytics.gaps().healthBoards();
        var aneurinBevan = board(gaps, "aneurin-bevan-uhb");
        // through Nevill Hall and Royal Gwent (inferred), members of the Gwent–Southern Ethiopia Link
        assertThat(aneurinBevan.units()).contains("nevill-hall-hospital", "gwent-southern-ethiopia-link");
        assertThat(aneurinBevan.countries()).containsExactly("ET");
        assertThat(aneurinBevan.inferred()).isTrue();
        assertThat(aneurinBevan.reasons()).map(Finding::english).anyMatch(r -> r.startsWith("attribution inferred"))
                .anyMatch(r -> r.contains("– Nevill Hall Hospital"));
        var cwmTaf = board(gaps, "cwm-taf-morgannwg-uhb");
        assertThat(cwmTaf.topBroker()).isEqualTo("pont");
        assertThat(cwmTaf.reasons()).filteredOn(r -> r.code().equals("DEPENDS_ON_BROKER")).singleElement()
                .satisfies(r -> {
                    assertThat(r.arguments()).containsEntry("broker", "PONT (Partnerships Overseas Networking Trust)")
                            .containsEntry("brokerId", "pont");
                    assertThat(r.english()).contains("pass through PONT");
                });
        var betsi = board(gaps, "betsi-cadwaladr-uhb");
        assertThat(betsi.countries()).contains("KE", "LS", "ET");
        assertThat(betsi.units()).doesNotContain("wales-and-africa-programme");
        assertThat(analytics.gaps().medians().boards()).isEqualTo(7);
    }

    @Test
    void gaps_seed_reportThinCountriesIncludingOnesOnlyNamed() {
        var countries = analytics.gaps().countries();
        assertThat(countries).extracting(CountryCoverage::code).contains("LS", "UG", "ET", "NG", "SN");
        var nigeria = countries.stream().filter(c -> c.code().equals("NG")).findFirst().orElseThrow();
        assertThat(nigeria.organisations()).isZero();
        assertThat(nigeria.thin()).isTrue();
        assertThat(nigeria.mentionedBy()).isNotEmpty();
        assertThat(analytics.gaps().thinCountries()).extracting(CountryCoverage::code).contains("SL", "NA");
        assertThat(analytics.gaps().singleLinkThemes()).isNotEmpty();
    }

    @Test
    void fragileLinks_seed_sayWhatEachCutsOff() {
        var fragile = analytics.fragileLinks();
        assertThat(fragile).isNotEmpty();
        var busia = fragile.stream().filter(f -> f.cutOff().contains("busia-county-referral-hospital")).findFirst()
                .orElseThrow();
        assertThat(busia.from()).isEqualTo("betsi-cadwaladr-uhb");
        assertThat(busia.linkIds()).containsExactly("l01-betsi-cadwaladr-uhb-busia");
        assertThat(busia.explanation().code()).isEqualTo("BRIDGE_CUTS_OFF");
        assertThat(busia.explanation().english()).contains("Kenya").contains("Busia County Referral Hospital");
        assertThat(busia.fromName()).isEqualTo("Betsi Cadwaladr University Health Board");
    }

    @Test
    void coverage_seed_countsBoardLinksPerCountryThemeAndActivity() {
        var byCountry = analytics.coverage(CoverageDimension.COUNTRY);
        assertThat(byCountry.rows()).hasSize(7);
        assertThat(byCountry.count("betsi-cadwaladr-uhb", "LS")).isGreaterThanOrEqualTo(4);
        assertThat(byCountry.count("hywel-dda-uhb", "LS")).isZero();
        var byActivity = analytics.coverage(CoverageDimension.ACTIVITY);
        assertThat(byActivity.columns()).hasSize(4);
        // Reading maps the seed's free-text "ophthalmology", "optometry" and "eye care" to the list's "eye care".
        assertThat(analytics.coverage(CoverageDimension.THEME).columns()).contains("eye care")
                .doesNotContain("ophthalmology");
    }

    @Test
    void suggest_nineteenHillsPlausibleOnly_fallsBackToFirstPartnersTowardsLesothoOrKenya() {
        var suggestions = analytics.suggest(SuggestionRequest.of(LinkPredictionMethod.ADAMIC_ADAR)
                .forOrganisation(NINETEEN_HILLS).plausibleOnly(true).top(15));
        assertThat(suggestions).isNotEmpty().allMatch(s -> s.method().equals(FirstPartner.METHOD));
        assertThat(suggestions).allMatch(s -> !s.evidence().reason().english().isBlank());
        assertThat(suggestions).extracting(s -> s.evidence().reason().code())
                .containsAnyOf("HUB_TO_JOIN", "PARTNER_OF_HUB");
        var partners = suggestions.stream().filter(s -> s.evidence().via() != null).map(LinkSuggestion::target)
                .toList();
        assertThat(partners).anyMatch(id -> List.of("LS", "KE")
                .contains(seed.organisation(id).orElseThrow().country()));
        // and the hub it comes through can be reached: a route exists with an introducer named
        String hub = suggestions.get(0).target();
        List<Route> routes = analytics.routes(NINETEEN_HILLS, RouteTarget.organisation(hub), 2);
        assertThat(routes).isNotEmpty();
        assertThat(routes.get(0).introducer()).isEqualTo("public-health-wales");
    }

    @Test
    void routes_nineteenHillsToLesotho_nameTheIntroducerAndEvidence() {
        var routes = analytics.routes(NINETEEN_HILLS, RouteTarget.country("LS"), 3);
        assertThat(routes).hasSize(3);
        var first = routes.get(0);
        assertThat(first.introducer()).isEqualTo("public-health-wales");
        assertThat(seed.organisation(first.target()).orElseThrow().country()).isEqualTo("LS");
        assertThat(first.steps()).allMatch(step -> !step.links().isEmpty());
        assertThat(first.steps().get(0).links().get(0).sources()).isNotEmpty();
        assertThat(first.explanation().english()).startsWith("ask Public Health Wales NHS Trust to introduce 19 Hills");
    }

    @Test
    void routes_toTheme_endOnALinkWithThatTheme() {
        var routes = analytics.routes("hywel-dda-uhb", RouteTarget.theme("eye care"), 2);
        assertThat(routes).isNotEmpty();
        assertThatThrownBy(() -> analytics.routes("hywel-dda-uhb", RouteTarget.theme("astrophysics"), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatIf_removingIhcc_cutsOffBoardsFromTheirCountries() {
        var result = analytics.whatIf(List.of("ihcc"));
        assertThat(result.componentsAfter()).isGreaterThan(result.componentsBefore());
        assertThat(result.separations()).isNotEmpty();
        assertThat(result.lostRoutes()).isNotEmpty();
        assertThat(result.biggestChanges()).isNotEmpty();
        assertThat(result.explanation().code()).isEqualTo("REMOVAL_EFFECT");
        assertThat(result.explanation().english()).as("names, not ids")
                .startsWith("removing International Health Coordination Centre");
        assertThat(result.separations().get(0).explanation().english()).contains("cut off from");
        assertThat(result.lostRoutes().get(0).finding().english()).contains(" loses its only route to ");
    }

    @Test
    void whatIf_removingALink_cutsOffBusia() {
        var result = analytics.whatIf(List.of("l01-betsi-cadwaladr-uhb-busia"));
        assertThat(result.removedLinks()).containsExactly("l01-betsi-cadwaladr-uhb-busia");
        assertThat(result.separations()).anyMatch(s -> s.organisations().contains("busia-county-referral-hospital"));
        assertThatThrownBy(() -> analytics.whatIf(List.of("no-such-thing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-thing");
    }

    @Test
    void communities_seed_haveModularityAndCoverEveryone() {
        var c = analytics.communities();
        assertThat(c.communities().stream().mapToInt(x -> x.size()).sum()).isEqualTo(95);
        assertThat(c.modularity()).isGreaterThan(0.5);
    }

    @Test
    void timeslice_asOf2010_keepsOnlyLinksActiveThen() {
        var in2010 = NetworkAnalytics.of(seed, AnalysisScope.asOf(2010), AnalysisOptions.defaults());
        assertThat(in2010.summary().links()).isLessThan(105);
        assertThat(in2010.snapshot().orElseThrow().links()).allMatch(l -> l.isActiveIn(2010));
    }

    private static HealthBoardGap board(List<HealthBoardGap> gaps, String id) {
        return gaps.stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }
}
