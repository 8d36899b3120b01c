package org.partnershipatlas.ui.map;

import org.partnershipatlas.map.MapService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.Test;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.ui.network.NetworkView;

class MapViewTest extends KaribuViewTest {

    private static MapView view() {
        return (MapView) UI.getCurrent().getCurrentView();
    }

    @Test
    void partnerCountriesWithLinksAndLesothoOnClick() {
        navigate("map", MapView.class);
        var countries = view().map().getCountries();
        var lesotho = countries.stream().filter(c -> c.code().equals("LS")).findFirst().orElseThrow();
        assertThat(lesotho.numeric()).isEqualTo("426");
        assertThat(lesotho.walesLinks()).isPositive();
        assertThat(countries).noneMatch(c -> c.code().startsWith("GB"));

        view().select("LS");
        assertThat(_get(H3.class, spec -> spec.withId("country-heading")).getText()).startsWith("Lesotho:");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("country-organisations")).getChildren().count())
                .isEqualTo(lesotho.organisations());
    }

    @Test
    void theYearChosenOnTheNetworkViewCarriesOverToTheMap() {
        navigate("network", NetworkView.class);
        HasValueUtilsKt._setValue(_get(Input.class, spec -> spec.withId("year-range")), "2000");
        navigate("map", MapView.class);
        assertThat(view().scope().year()).isEqualTo(2000);
        int lesothoIn2000 = view().map().getCountries().stream().filter(c -> c.code().equals("LS"))
                .mapToInt(MapService.CountryLinks::links).sum();
        navigate("map?year=2025", MapView.class);
        int lesothoIn2025 = view().map().getCountries().stream().filter(c -> c.code().equals("LS"))
                .mapToInt(MapService.CountryLinks::links).sum();
        assertThat(lesothoIn2000).isLessThan(lesothoIn2025);
    }
}
