package org.partnershipatlas.ui.introductions;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.ui.components.ViewAddress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import org.partnershipatlas.analytics.introductions.LinkSuggestion;
import org.partnershipatlas.ui.components.AtlasI18NProvider;

class IntroductionsViewTest extends KaribuViewTest {
    static final String NINETEEN_HILLS = "19-hills-health-and-wellbeing-centre";
    static final String NINETEEN_HILLS_NAME = "19 Hills Health and Wellbeing Centre";

    @Test
    void nineteenHillsGetsARouteToLesothoOrKenyaWithAnIntroducerAndFirstPartnerSuggestions() {
        IntroductionsView view = navigate("introductions?from=" + NINETEEN_HILLS + "&country=LS", IntroductionsView.class);
        var routes = view.routes();
        if (routes == null || routes.routes().isEmpty()) {
            view = navigate("introductions?from=" + NINETEEN_HILLS + "&country=KE", IntroductionsView.class);
            routes = view.routes();
        }
        assertThat(routes).isNotNull();
        assertThat(routes.routes()).isNotEmpty().allMatch(r -> r.introducer() != null && r.introducerName() != null);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("introducer"))).isNotEmpty()
                .allMatch(p -> p.getText().startsWith("Introducer: "));
        assertThat(_get(Paragraph.class, spec -> spec.withId("first-partner")).getText()).contains("first partner");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("explanation"))).isNotEmpty()
                .allMatch(p -> p.getText().startsWith("ask ") && p.getText().contains(" to introduce " + NINETEEN_HILLS_NAME));
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("routes-csv")).getText())
                .isEqualTo("Export CSV");
        // every route can be seen on the network, its organisations in order
        var shows = _find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("show-on-network"));
        assertThat(shows).hasSize(routes.routes().size()).allMatch(a -> a.getText().equals("Show on the network"));
        assertThat(shows.get(0).getHref()).isEqualTo("network?route=" + String.join(",", routes.routes().get(0).path()));
    }

    @Test
    void welsh_routesAndSuggestionsExplainThemselvesInWelsh() {
        UI.getCurrent().setLocale(AtlasI18NProvider.WELSH);
        navigate("introductions?from=" + NINETEEN_HILLS + "&country=LS", IntroductionsView.class);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("explanation"))).isNotEmpty()
                .allMatch(p -> p.getText().startsWith("gofynnwch i "));
        @SuppressWarnings("unchecked")
        Grid<LinkSuggestion> suggestions = _get(Grid.class, spec -> spec.withId("suggestions-grid"));
        assertThat(GridKt._getFormattedRow(suggestions, 0).get(3)).doesNotContain("{").isNotBlank()
                .doesNotStartWith("shares").doesNotContain(" could ");
    }

    @Test
    void unknownTargetIsExplained() {
        IntroductionsView view = navigate("introductions?from=dolen-cymru&theme=no-such-theme-anywhere", IntroductionsView.class);
        assertThat(view.routes()).isNull();
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().startsWith("Nothing to route to"));
    }

    /** Asking puts the question in the address, and opening that address elsewhere shows the same answer. */
    @Test
    void askingPutsTheQuestionInTheAddress_andOpeningItShowsTheAnswer() {
        IntroductionsView view = navigate("introductions", IntroductionsView.class);
        assertThat(ViewAddress.of(view)).isEmpty();
        @SuppressWarnings("unchecked")
        ComboBox<Organisation> from = _get(ComboBox.class, spec -> spec.withId("from"));
        from.setValue(from.getListDataView().getItems().filter(o -> o.id().equals("swansea-bay-uhb")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<Country> country = _get(ComboBox.class, spec -> spec.withId("to-country"));
        country.setValue(country.getListDataView().getItems().filter(c -> c.code().equals("LS")).findFirst().orElseThrow());
        _get(IntegerField.class, spec -> spec.withId("k")).setValue(4);
        _click(_get(Button.class, spec -> spec.withId("find-routes")));
        var asked = view.routes().routes().stream().map(r -> r.path()).toList();
        assertThat(asked).hasSize(4);
        assertThat(ViewAddress.of(view)).hasValue("/introductions?from=swansea-bay-uhb&country=LS&k=4");

        navigate("about", Object.class);
        IntroductionsView opened = navigate("introductions?from=swansea-bay-uhb&country=LS&k=4", IntroductionsView.class);
        assertThat(opened).isNotSameAs(view);
        assertThat(opened.routes().routes().stream().map(r -> r.path()).toList()).isEqualTo(asked);
        assertThat(_get(IntegerField.class, spec -> spec.withId("k")).getValue()).isEqualTo(4);
        assertThat(ViewAddress.of(opened)).hasValue("/introductions?from=swansea-bay-uhb&country=LS&k=4");
        assertThat(_get(H3.class, spec -> spec.withId("routes-question")).getText())
                .isEqualTo("Routes from Swansea Bay University Health Board to Lesotho");
    }

    /** The filters another view left in the session do not change the answer an address gives. */
    @Test
    void theAnswer_doesNotDependOnTheNetworkViewsFilters() {
        var plain = navigate("introductions?from=swansea-bay-uhb&country=LS", IntroductionsView.class).routes().routes()
                .stream().map(r -> r.path()).toList();
        navigate("network?year=2006", Object.class);
        var after = navigate("introductions?from=swansea-bay-uhb&country=LS", IntroductionsView.class).routes().routes()
                .stream().map(r -> r.path()).toList();
        assertThat(after).isNotEmpty().isEqualTo(plain);
    }

    /** Three routes from Swansea Bay to Lesotho go through different introducers, not one with three last steps. */
    @Test
    void swanseaBayToLesotho_offersDifferentIntroducersFirst() {
        var routes = navigate("introductions?from=swansea-bay-uhb&country=LS", IntroductionsView.class).routes().routes();
        assertThat(routes).hasSize(3);
        assertThat(routes.stream().map(r -> r.introducer()).distinct().count()).isGreaterThanOrEqualTo(2);
        assertThat(routes.stream().map(r -> r.path().subList(0, r.path().size() - 1)).distinct().count())
                .as("no two routes differ only in their last step").isEqualTo(3);
    }
}
