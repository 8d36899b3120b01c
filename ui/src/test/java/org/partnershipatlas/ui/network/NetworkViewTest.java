package org.partnershipatlas.ui.network;

import org.partnershipatlas.network.ColourBy;
import org.partnershipatlas.network.ExplorerService;
import org.partnershipatlas.network.ExplorerState;
import org.partnershipatlas.network.LinkColour;
import org.partnershipatlas.network.NetworkPicture;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.Tabs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.ui.components.AtlasI18NProvider;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.writes.NetworkWrites;

/** The explorer without a browser: filters, time slider, search, detail panel, URL state, table and Welsh. */
class NetworkViewTest extends KaribuViewTest {
    @Autowired
    NetworkReads network;
    @Autowired
    NetworkWrites writes;

    /** The seed, whatever a class before this one left (an assessment colours links by quality). */
    @BeforeEach
    void startFromTheSeed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    private NetworkSnapshot sourced() {
        return network.current().snapshot().withoutIllustrative();
    }

    private static NetworkPicture picture() {
        return ((NetworkView) UI.getCurrent().getCurrentView()).graph().getNetwork();
    }

    @Test
    void networkPageDrawsTheWholeSourcedNetworkWithALegend() {
        navigate("network", NetworkView.class);
        assertThat(picture().nodes()).hasSize(sourced().organisations().size());
        assertThat(picture().edges()).hasSize(sourced().links().size());
        assertThat(picture().legend()).isNotEmpty()
                .anyMatch(e -> e.label().equals("Health Board") && e.count() == 7);
        assertThat(picture().nodes()).allMatch(n -> Double.isFinite(n.x()) && n.size() >= ExplorerService.MIN_SIZE);
    }

    @Test
    void focusOnAnOrganisation_showsItAndItsPartners_andTheUrlSaysSo() {
        NetworkView view = navigate("network?focus=dolen-cymru", NetworkView.class);
        assertThat(view.state().selected()).isEqualTo("dolen-cymru");
        assertThat(view.state().focus()).isEqualTo(1);
        var partners = sourced().linksOf("dolen-cymru").stream().map(l -> l.otherEnd("dolen-cymru")).collect(Collectors.toSet());
        assertThat(picture().nodes()).extracting(NetworkPicture.Node::id)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(partners.stream(),
                        java.util.stream.Stream.of("dolen-cymru")).distinct().toList());
        assertThat(navigate("network?focus=dolen-cymru&steps=2", NetworkView.class).state().focus()).isEqualTo(2);
    }

    @Test
    void aRouteInTheUrl_isHighlightedWithItsIntroducer() {
        var partners = sourced().linksOf("dolen-cymru").stream().map(l -> l.otherEnd("dolen-cymru")).distinct().toList();
        var route = List.of(partners.get(0), "dolen-cymru", partners.get(1));
        NetworkView view = navigate("network?route=" + String.join(",", route), NetworkView.class);
        assertThat(picture().route()).containsExactlyElementsOf(route);
        assertThat(picture().introducers()).containsExactly("dolen-cymru");
        assertThat(view.state().toQuery()).containsEntry("route", List.of(String.join(",", route)));
        assertThat(NetworkGraph.legend(picture(), key -> key)).anyMatch(e -> "introducer".equals(e.get("kind")))
                .anyMatch(e -> "route".equals(e.get("kind")) && e.get("count").equals(3));
        navigate("network?highlight=dolen-cymru,not-an-organisation-here", NetworkView.class);
        assertThat(picture().highlight()).as("only what is in view").containsExactly("dolen-cymru");
    }

    @Test
    void aCategoryKeepsItsColourInEveryView() {
        navigate("network", NetworkView.class);
        String board = picture().legend().stream().filter(e -> e.label().equals("Health Board")).findFirst().orElseThrow().color();
        navigate("network?country=LS", NetworkView.class);
        assertThat(picture().legend()).anyMatch(e -> e.label().equals("Health Board") && e.color().equals(board));
        navigate("network?colour=country", NetworkView.class);
        String wales = picture().legend().stream().filter(e -> e.label().equals("Wales")).findFirst().orElseThrow().color();
        navigate("network?colour=country&country=LS", NetworkView.class);
        assertThat(picture().nodes()).filteredOn(NetworkPicture.Node::welsh).isNotEmpty().allMatch(n -> n.color().equals(wales));
    }

    @Test
    void theTableNamesCountries_neverTheirCodes() {
        navigate("network?tab=table&country=LS", NetworkView.class);
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<Organisation>) _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("organisations-grid"));
        var countries = new java.util.HashSet<String>();
        for (int row = 0; row < com.github.mvysny.kaributesting.v10.GridKt._size(grid); row++) {
            countries.add(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, row, "country"));
        }
        assertThat(countries).contains("Wales", "Lesotho").doesNotContain("GB-WLS", "LS");
    }

    @Test
    void searchSelectsTheOrganisationAndTheDetailPanelCitesItsSources() {
        NetworkView view = navigate("network", NetworkView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Organisation> search = _get(ComboBox.class, spec -> spec.withId("search"));
        Organisation dolen = search.getListDataView().getItems().filter(o -> o.name().startsWith("Dolen Cymru"))
                .findFirst().orElseThrow();
        HasValueUtilsKt._setValue(search, dolen);

        assertThat(view.state().selected()).isEqualTo("dolen-cymru");
        assertThat(_get(DetailPanel.class).isVisible()).isTrue();
        assertThat(_get(H3.class, spec -> spec.withId("detail-title")).getText()).isEqualTo(dolen.name());
        List<Anchor> citations = _find(UnorderedList.class, spec -> spec.withId("detail-sources")).get(0)
                .getChildren().flatMap(c -> c.getChildren()).filter(Anchor.class::isInstance).map(Anchor.class::cast).toList();
        assertThat(citations).extracting(Anchor::getHref).contains("https://www.waleslesotholink.org/since_1985");
        assertThat(citations).allMatch(a -> "_blank".equals(a.getTarget().orElse("")));
        assertThat(_find(UnorderedList.class, spec -> spec.withId("detail-measures"))).hasSize(1);
        assertThat(_get(NetworkGraph.class).getSelected()).isEqualTo("dolen-cymru");
    }

    @Test
    void countryFilterKeepsLesothoOrganisationsTheirLinksAndPartners() {
        NetworkView view = navigate("network", NetworkView.class);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Country> countries = _get(MultiSelectComboBox.class, spec -> spec.withId("filter-country"));
        Country lesotho = countries.getListDataView().getItems().filter(c -> c.code().equals("LS")).findFirst().orElseThrow();
        HasValueUtilsKt._setValue(countries, Set.of(lesotho));

        assertThat(view.state().scope().countries()).containsExactly("LS");
        NetworkSnapshot stored = sourced();
        Set<String> lesothoIds = stored.organisations().stream().filter(o -> "LS".equals(o.country()))
                .map(Organisation::id).collect(Collectors.toSet());
        assertThat(picture().edges()).isNotEmpty()
                .allMatch(e -> lesothoIds.contains(e.source()) || lesothoIds.contains(e.target()));
        assertThat(picture().nodes()).extracting(NetworkPicture.Node::id).containsAll(lesothoIds)
                .contains("dolen-cymru");
        assertThat(NetworkView.queryString(view.state().toQuery())).isEqualTo("country=LS");
    }

    @Test
    void timeSliderHidesLinksFoundedLater() {
        NetworkView view = navigate("network", NetworkView.class);
        HasValueUtilsKt._setValue(_get(Input.class, spec -> spec.withId("year-range")), "2006");

        assertThat(view.state().scope().year()).isEqualTo(2006);
        Set<String> shown = picture().edges().stream().map(NetworkPicture.Edge::id).collect(Collectors.toSet());
        List<Link> later = sourced().links().stream().filter(l -> l.since() != null && l.since() > 2006).toList();
        assertThat(later).isNotEmpty();
        assertThat(later).noneMatch(l -> shown.contains(l.id()));
        assertThat(shown).contains("p-dolen-cymru-people-of-lesotho");   // founded 1985
    }

    @Test
    void deepLinkOpensWithTheSelectionFocusAndTableShown() {
        NetworkView view = navigate("network?select=dolen-cymru&focus=1&tab=table&colour=country&size=betweenness",
                NetworkView.class);
        assertThat(view.state().selected()).isEqualTo("dolen-cymru");
        assertThat(view.state().colourBy()).isEqualTo(ColourBy.COUNTRY);
        assertThat(_get(DetailPanel.class).isVisible()).isTrue();
        Set<String> near = ExplorerService.neighbourhood(sourced(), "dolen-cymru", 1);
        assertThat(picture().nodes()).extracting(NetworkPicture.Node::id).containsExactlyInAnyOrderElementsOf(near);
        assertThat(_get(Tabs.class).getSelectedIndex()).isEqualTo(1);
        assertThat(_get(NetworkTables.class).organisations().getListDataView().getItemCount()).isEqualTo(near.size());
        assertThat(_get(Anchor.class, spec -> spec.withId("export-graphml")).getHref())
                .isEqualTo("api/export?format=graphml&colour=country&size=betweenness&select=dolen-cymru&focus=1&tab=table");
    }

    @Test
    void unknownOrMalformedUrlValuesAreExplainedNotThrown() {
        navigate("network?select=no-such-organisation", NetworkView.class);
        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> String.valueOf(n.getElement().getProperty("text")).contains("no-such-organisation"));
        assertThat(_find(DetailPanel.class)).as("no visible detail panel").isEmpty();

        NetworkView view = navigate("network?year=abc&kind=%3Cscript%3E", NetworkView.class);
        assertThat(view.state()).isEqualTo(ExplorerState.DEFAULT);
    }

    @Test
    void hostileNamesStayText() {
        String hostile = "<img src=x onerror=alert(1)>";
        var organisation = new Organisation("hostile-name-test", hostile, OrganisationType.OTHER, "LS", null, null,
                null, null, null, Confidence.A, List.of(new Source("test", "https://example.org")));
        var link = new Link("l-hostile-name-test", "hostile-name-test", "dolen-cymru", LinkKind.COLLABORATION, null, null,
                LinkStatus.UNKNOWN, List.of(), List.of(), Learning.UNKNOWN, null, null, Confidence.A,
                List.of(new Source("test", "https://example.org")));
        TestWrites.create(writes, organisation);
        TestWrites.create(writes, link);
        try {
            navigate("network?select=hostile-name-test&tab=table", NetworkView.class);
            assertThat(picture().nodes()).anyMatch(n -> n.label().equals(hostile));
            assertThat(_get(H3.class, spec -> spec.withId("detail-title")).getText()).isEqualTo(hostile);
            var title = _get(H3.class, spec -> spec.withId("detail-title")).getElement();
            assertThat(title.getChildCount()).isEqualTo(1);
            assertThat(title.getChild(0).isTextNode()).as("a text node, not markup").isTrue();
        } finally {
            writes.deleteOrganisation(organisation.id(), true, null, TestWrites.CHANGE);
        }
    }

    @Test
    void welshLabels() {
        UI.getCurrent().setLocale(AtlasI18NProvider.WELSH);
        navigate("about", Object.class);   // the start page was built in English when the mock UI opened
        navigate("network", NetworkView.class);
        assertThat(_get(Details.class, spec -> spec.withId("filter-details")).getSummaryText()).isEqualTo("Hidlwyr");
        assertThat(picture().legend()).anyMatch(e -> e.label().equals("Bwrdd Iechyd"));
        assertThat(_find(ListItem.class)).isNotNull();
    }

    @Test
    void linksColouredByLearning_fromTheUrlOrTheSelect_withTheirOwnLegend() {
        navigate("network?links=learning", NetworkView.class);
        @SuppressWarnings("unchecked")
        Select<LinkColour> links = _get(Select.class, spec -> spec.withId("link-colour"));
        assertThat(links.getValue()).isEqualTo(LinkColour.LEARNING);
        assertThat(picture().linkLegend().stream().mapToInt(NetworkPicture.LegendEntry::count).sum())
                .isEqualTo(picture().edges().size());
        assertThat(picture().edges()).allMatch(e -> LinkColour.LEARNING.classes().stream()
                .anyMatch(c -> c.color().equals(e.color())));
        links.setValue(LinkColour.QUALITY);
        assertThat(picture().linkLegend()).extracting(NetworkPicture.LegendEntry::label).containsExactly("Not assessed");
        assertThat(((NetworkView) UI.getCurrent().getCurrentView()).state().toQuery())
                .as("what the URL holds").containsEntry("links", List.of("quality"));
        links.setValue(LinkColour.CONFIDENCE);
        assertThat(picture().linkLegend()).as("the default colouring has its legend too")
                .extracting(NetworkPicture.LegendEntry::label).containsExactly("Documented link", "Inferred or indirect link");
    }

    @Test
    void anOpenPicture_refreshesAfterAWriteElsewhere() {
        navigate("network", NetworkView.class);
        int before = picture().nodes().size();
        var added = new Organisation("live-update-test", "Added while the page was open", OrganisationType.NGO, "KE",
                null, null, null, null, null, Confidence.A, List.of(new Source("test", null)));
        TestWrites.create(writes, added);
        try {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
            assertThat(picture().nodes()).hasSize(before + 1).anyMatch(n -> n.id().equals("live-update-test"));
        } finally {
            writes.deleteOrganisation(added.id(), true, null, TestWrites.CHANGE);
        }
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
        assertThat(picture().nodes()).hasSize(before);
    }
}
