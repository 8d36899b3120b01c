package org.partnershipatlas.ui.map;

import static org.partnershipatlas.ui.components.ViewAddress.PRESENTATION_HIDES;

import org.partnershipatlas.ui.components.ViewAddress;

import org.partnershipatlas.app.Routes;
import org.partnershipatlas.texts.ReaderWords;
import java.time.Year;
import java.util.LinkedHashMap;
import org.partnershipatlas.map.MapService;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.analysis.ScopeParameters;
import org.partnershipatlas.app.BadRequestException;
import org.partnershipatlas.ui.components.LiveUpdates;
import org.partnershipatlas.store.VersionedSnapshot;
import org.partnershipatlas.ui.layout.NavigationEntry;
import org.partnershipatlas.ui.layout.MainLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.ui.network.FilterBar;
import org.partnershipatlas.ui.scope.SharedScope;
import org.partnershipatlas.ui.network.YearSlider;

/**
 * Partner countries on a world map: shaded by links, arcs from Wales weighted by active links, a country's links
 * and organisations on click, and the same filters and year as the network view (shared in the session and in the
 * URL). The country table beside it is the map's accessible alternative.
 */
@NavigationEntry(path = Routes.MAP, text = "nav.map", icon = VaadinIcon.GLOBE, order = 30)
@Route(value = Routes.MAP, layout = MainLayout.class)
@PageTitle("Map · Partnership Atlas")
@AnonymousAllowed
public class MapView extends VerticalLayout implements BeforeEnterObserver {
    private final MapService maps;
    private VersionedSnapshot stored;
    private final WorldMap map = new WorldMap();
    private final Grid<MapService.CountryLinks> table = new Grid<>();
    private final Div country = new Div();
    private final FilterBar filters;
    private final YearSlider years;
    private final Details filterDetails = new Details();
    private AnalysisScope scope = AnalysisScope.DEFAULT;
    private String selected;

    public MapView(MapService maps, LiveUpdates live) {
        this.maps = maps;
        this.filters = new FilterBar(f -> {
            scope = f.scope(scope.year());
            refresh();
        });
        this.years = new YearSlider(year -> {
            scope = scope.withYear(year);
            refresh();
        });
        setId("map-view");
        setSizeFull();
        addAttachListener(e -> live.refreshOnChange(this, changed -> refreshAfterWrite()));
        filterDetails.setSummaryText(getTranslation("explorer.filters"));
        filterDetails.add(filters);
        filterDetails.setWidthFull();

        map.setId("world-map");
        map.setWidthFull();
        map.setHeight("520px");
        map.addCountryClickListener(e -> select(e.getCode()));

        table.setId("countries-grid");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setAriaLabel(getTranslation("nav.map"));
        table.addColumn(c -> ReaderWords.country(c.code(), c.name(), getLocale()))
                .setHeader(getTranslation("map.table-country")).setSortable(true)
                .setFlexGrow(2);
        table.addColumn(MapService.CountryLinks::links).setHeader(getTranslation("common.links")).setSortable(true);
        table.addColumn(MapService.CountryLinks::walesLinks).setHeader(getTranslation("map.table-links")).setSortable(true);
        table.addColumn(MapService.CountryLinks::organisations).setHeader(getTranslation("map.table-organisations"))
                .setSortable(true);
        table.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                select(e.getValue().code());
            }
        });
        table.setHeight("520px");
        table.setWidth("26em");

        country.setId("country-panel");
        country.setWidthFull();
        var top = new HorizontalLayout(map, table);
        top.addClassName("map-and-table");   // one under the other on a phone (css/phone.css)
        top.setWidthFull();
        top.setFlexGrow(1, map);
        // A story being played shows the map, not the controls that made it.
        years.addClassName(PRESENTATION_HIDES);
        filterDetails.addClassName(PRESENTATION_HIDES);
        add(years, filterDetails, top, country);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        try {
            scope = SharedScope.of(query);
        } catch (BadRequestException e) {
            scope = AnalysisScope.DEFAULT;
            Notification.show(getTranslation("explorer.bad-url", e.getMessage()));
        }
        List<String> select = query.getOrDefault("select", List.of());
        selected = select.isEmpty() ? null : select.get(0).toUpperCase(Locale.ROOT);
        VersionedSnapshot now = maps.stored();
        filters.setNetwork(now.snapshot());
        filters.setScope(scope);
        years.setBounds(now.snapshot().links().stream().map(Link::since).filter(y -> y != null).min(Integer::compare)
                .orElse(1985), Year.now().getValue());
        years.set(scope.year());
        refresh(now);
    }

    /** Shows a country's links and organisations (the map's click, the table's selection, or {@code ?select=}). */
    public void select(String code) {
        selected = code;
        map.select(code);
        showCountry();
        updateUrl();
    }

    private void refreshAfterWrite() {
        VersionedSnapshot now = maps.stored();
        filters.setNetwork(now.snapshot());
        filters.setScope(scope);
        refresh(now);
    }

    /** A filter or year change: one read of the network as stored now. */
    private void refresh() {
        refresh(maps.stored());
    }

    private void refresh(VersionedSnapshot now) {
        stored = now;
        SharedScope.remember(scope);
        var countries = maps.countries(stored, scope);
        Map<String, String> labels = new HashMap<>();
        countries.forEach(c -> labels.put(c.code(), getTranslation("map.country-heading",
                ReaderWords.country(c.code(), c.name(), getLocale()), c.links(),
                c.organisations())));
        map.setCountries(countries, labels, getTranslation("map.description", countries.size()) + " "
                + getTranslation("map.arcs-description"), getTranslation("region.wales"), selected);
        table.setItems(countries);
        showCountry();
        updateUrl();
    }

    private void showCountry() {
        country.removeAll();
        if (selected == null) {
            country.add(new Paragraph(getTranslation("map.no-country")));
            return;
        }
        MapService.CountryDetail detail = maps.country(stored, scope, selected);
        String name = ReaderWords.country(selected, detail.name(), getLocale());
        var heading = new H3(getTranslation("map.country-heading", name, detail.links().size(),
                detail.organisations().size()));
        heading.setId("country-heading");
        country.add(heading);
        if (detail.links().isEmpty() && detail.organisations().isEmpty()) {
            country.add(new Paragraph(getTranslation("map.no-links", name)));
            return;
        }
        var open = new Anchor(Routes.NETWORK + "?country=" + selected, getTranslation("nav.network") + " →");
        open.setId("open-in-network");
        country.add(open, new H4(getTranslation("table.organisations")));
        var organisations = new UnorderedList();
        organisations.setId("country-organisations");
        for (Organisation o : detail.organisations()) {
            organisations.add(new ListItem(new Anchor(Routes.NETWORK + "?select=" + o.id(), o.name())));
        }
        var links = new Grid<Link>();
        links.setId("country-links");
        links.addThemeVariants(GridVariant.LUMO_COMPACT);
        links.setAllRowsVisible(true);
        links.addColumn(l -> detail.names().getOrDefault(l.from(), l.from())).setHeader(getTranslation("table.from"))
                .setSortable(true).setFlexGrow(2);
        links.addColumn(l -> detail.names().getOrDefault(l.to(), l.to())).setHeader(getTranslation("table.to"))
                .setSortable(true).setFlexGrow(2);
        links.addColumn(l -> getTranslation("kind." + ScopeParameters.token(l.kind()))).setHeader(getTranslation("filter.kind"));
        links.addColumn(Link::since).setHeader(getTranslation("detail.since")).setSortable(true);
        links.addColumn(l -> getTranslation("status." + ScopeParameters.token(l.status()))).setHeader(getTranslation("filter.status"));
        links.setItems(detail.links());
        country.add(organisations, new H4(getTranslation("table.links")), links);
        table.getListDataView().getItems().filter(c -> c.code().equals(selected)).findFirst().ifPresent(table::select);
    }

    private void updateUrl() {
        var query = new LinkedHashMap<>(ScopeParameters.toQuery(scope));
        if (selected != null) {
            query.put("select", List.of(selected));
        }
        ViewAddress.show(this, Routes.MAP, query);
    }

    /** The scope shown (for tests). */
    public AnalysisScope scope() {
        return scope;
    }

    WorldMap map() {
        return map;
    }
}
