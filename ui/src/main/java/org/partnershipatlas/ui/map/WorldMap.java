package org.partnershipatlas.ui.map;

import org.partnershipatlas.map.MapService;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;

/**
 * A world map of partner countries (SVG drawn by {@code js/atlas-map.js} from world-atlas's Natural Earth
 * boundaries, served from {@code /vendor/}): {@link #setCountries}, {@link #select} and country clicks.
 */
@Tag("div")
@JavaScript("context://vendor/topojson-client/topojson-client.min.js")
@JavaScript("context://js/atlas-map.js")
public class WorldMap extends Component implements HasSize, HasStyle {
    private static final ObjectMapper JSON = new ObjectMapper();
    private List<MapService.CountryLinks> countries = List.of();

    /** A country as the script draws it: the service's figures plus its accessible label. */
    record MapCountry(String code, String numeric, String label, int links, int walesLinks) {
    }

    public WorldMap() {
        getStyle().set("min-height", "420px").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
    }

    /**
     * @param labels      accessible label of each country by code ("Lesotho: 12 links")
     * @param description what the map shows, for screen readers
     */
    public void setCountries(List<MapService.CountryLinks> shown, Map<String, String> labels, String description,
                             String walesLabel, String selected) {
        this.countries = List.copyOf(shown);
        var data = Map.of(
                "countries", shown.stream().map(c -> new MapCountry(c.code(), c.numeric(),
                        labels.getOrDefault(c.code(), c.name()), c.links(), c.walesLinks())).toList(),
                "wales", MapService.WALES,
                "walesLabel", walesLabel,
                "description", description,
                "selected", selected == null ? "" : selected);
        try {
            getElement().executeJs("return window.atlasMap.render(this, $0)", JSON.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<MapService.CountryLinks> getCountries() {
        return countries;
    }

    public void select(String code) {
        getElement().executeJs("window.atlasMap.select(this, $0)", code);
    }

    public Registration addCountryClickListener(ComponentEventListener<CountryClickEvent> listener) {
        return addListener(CountryClickEvent.class, listener);
    }

    @DomEvent("country-click")
    public static class CountryClickEvent extends ComponentEvent<WorldMap> {
        private final String code;

        public CountryClickEvent(WorldMap source, boolean fromClient, @EventData("event.detail.code") String code) {
            super(source, fromClient);
            this.code = code;
        }

        public String getCode() {
            return code;
        }
    }
}
