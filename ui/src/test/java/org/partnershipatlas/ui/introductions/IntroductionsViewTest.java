package org.partnershipatlas.ui.introductions;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

import org.partnershipatlas.KaribuViewTest;
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
}
