package org.partnershipatlas.ui.embed;

import org.partnershipatlas.app.Routes;
import org.partnershipatlas.texts.ReaderWords;
import com.vaadin.flow.component.details.Details;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.analysis.ScopeParameters;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.app.BadRequestException;
import org.partnershipatlas.ui.charts.DataTable;
import org.partnershipatlas.map.MapService;
import org.partnershipatlas.ui.map.WorldMap;
import org.partnershipatlas.network.ExplorerState;
import org.partnershipatlas.ui.network.NetworkView;
import org.partnershipatlas.network.StateWords;

/**
 * The world map for a partner's website: the same URL state as {@code /map} (filters, year, {@code select}),
 * read-only, without the navigation, with its table of countries and a link to the full view.
 */
@Route(Routes.EMBED_MAP)
@PageTitle("Partnership Atlas")
@AnonymousAllowed
public class EmbedMapView extends VerticalLayout implements BeforeEnterObserver {
    private final MapService maps;
    private final AtlasProperties properties;
    private final WorldMap map = new WorldMap();

    public EmbedMapView(MapService maps, AtlasProperties properties) {
        this.maps = maps;
        this.properties = properties;
        setId("embed-map");
        setSizeFull();
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (EmbedAccess.refuseUnlessPublic(event, properties)) {
            return;
        }
        removeAll();
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        AnalysisScope scope;
        try {
            scope = ScopeParameters.fromQuery(query);
        } catch (BadRequestException e) {
            scope = AnalysisScope.DEFAULT;
        }
        List<String> select = query.getOrDefault("select", List.of());
        String selected = select.isEmpty() ? null : select.get(0).toUpperCase(Locale.ROOT);
        var stored = maps.stored();
        var countries = maps.countries(stored, scope);
        Map<String, String> labels = new HashMap<>();
        countries.forEach(c -> labels.put(c.code(), getTranslation("map.country-heading",
                ReaderWords.country(c.code(), c.name(), getLocale()), c.links(),
                c.organisations())));
        var title = EmbedAccess.title(StateWords.title(ExplorerState.DEFAULT.withScope(scope), stored.snapshot(),
                this::getTranslation, getLocale()));
        map.setId("world-map");
        map.setWidthFull();
        map.setHeight("460px");
        map.setCountries(countries, labels, getTranslation("map.description", countries.size()) + " "
                + getTranslation("map.arcs-description"), getTranslation("region.wales"), selected);
        List<List<Object>> rows = countries.stream().map(c -> List.<Object>of(
                ReaderWords.country(c.code(), c.name(), getLocale()), c.links(),
                c.organisations())).toList();
        var table = DataTable.of(getTranslation("map.description", countries.size()), List.of(
                getTranslation("map.table-country"), getTranslation("overview.links"), getTranslation("common.organisations")), rows);
        var box = new Details(getTranslation("overview.as-table"), table);
        var queryString = NetworkView.queryString(ScopeParameters.toQuery(scope));
        var open = EmbedAccess.openInFull("map" + (queryString.isEmpty() ? "" : "?" + queryString),
                getTranslation("embed.open"));
        add(title, map, box, open);
    }
}
