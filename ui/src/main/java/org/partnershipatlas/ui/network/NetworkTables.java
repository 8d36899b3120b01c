package org.partnershipatlas.ui.network;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.analytics.NodeMetrics;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;

/**
 * The table alternative of the picture: the same filtered organisations and links in two sortable, searchable
 * grids (Vaadin Grid: keyboard navigation and screen-reader semantics built in). Selecting a row selects it in the
 * explorer.
 */
public class NetworkTables extends VerticalLayout {
    private final Grid<Organisation> organisations = new Grid<>();
    private final Grid<Link> links = new Grid<>();
    private final TextField organisationSearch = new TextField();
    private final TextField linkSearch = new TextField();
    private Map<String, NodeMetrics> metrics = Map.of();
    private Map<String, String> names = Map.of();
    /** Country names in the reader's language, by code: the table names countries, never shows their codes. */
    private Map<String, String> countryNames = Map.of();

    public NetworkTables(Consumer<String> onSelect) {
        setId("network-tables");
        setPadding(false);
        organisations.setId("organisations-grid");
        organisations.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        organisations.setAriaLabel(getTranslation("table.organisations"));
        organisations.addColumn(Organisation::name).setHeader(getTranslation("common.name")).setSortable(true)
                .setFlexGrow(3).setKey("name");
        organisations.addColumn(o -> getTranslation("type." + token(o.type()))).setHeader(getTranslation("filter.type"))
                .setSortable(true).setKey("type");
        organisations.addColumn(o -> country(o.country())).setHeader(getTranslation("common.country"))
                .setSortable(true).setKey("country");
        organisations.addColumn(o -> metric(o.id()).map(NodeMetrics::degree).orElse(0))
                .setHeader(getTranslation("metric.degree")).setSortable(true).setKey("degree");
        organisations.addColumn(o -> metric(o.id()).map(m -> Math.round(m.betweenness() * 10) / 10.0).orElse(0.0))
                .setHeader(getTranslation("metric.betweenness")).setSortable(true).setKey("betweenness");
        organisations.addColumn(o -> getTranslation("confidence." + token(o.confidence())))
                .setHeader(getTranslation("common.confidence")).setSortable(true).setKey("confidence");
        organisations.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onSelect.accept(e.getValue().id());
            }
        });
        organisations.setAllRowsVisible(false);
        organisations.setHeight("24em");

        links.setId("links-grid");
        links.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        links.setAriaLabel(getTranslation("table.links"));
        links.addColumn(l -> names.getOrDefault(l.from(), l.from())).setHeader(getTranslation("table.from"))
                .setSortable(true).setFlexGrow(2).setKey("from");
        links.addColumn(l -> names.getOrDefault(l.to(), l.to())).setHeader(getTranslation("table.to"))
                .setSortable(true).setFlexGrow(2).setKey("to");
        links.addColumn(l -> getTranslation("kind." + token(l.kind()))).setHeader(getTranslation("filter.kind"))
                .setSortable(true).setKey("kind");
        links.addColumn(Link::since).setHeader(getTranslation("detail.since")).setSortable(true).setKey("since");
        links.addColumn(Link::until).setHeader(getTranslation("detail.until")).setSortable(true).setKey("until");
        links.addColumn(l -> l.themes().stream().map(t -> ReaderWords.theme(t, getLocale()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("filter.theme")).setKey("themes");
        links.addColumn(l -> getTranslation("confidence." + token(l.confidence())))
                .setHeader(getTranslation("common.confidence")).setSortable(true).setKey("confidence");
        links.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onSelect.accept(e.getValue().id());
            }
        });
        links.setHeight("20em");

        organisationSearch.setId("organisations-search");
        organisationSearch.setPlaceholder(getTranslation("table.search"));
        organisationSearch.setAriaLabel(getTranslation("table.search-organisations"));
        organisationSearch.setValueChangeMode(ValueChangeMode.LAZY);
        organisationSearch.addValueChangeListener(e -> filterOrganisations());
        linkSearch.setId("links-search");
        linkSearch.setPlaceholder(getTranslation("table.search"));
        linkSearch.setAriaLabel(getTranslation("table.search-links"));
        linkSearch.setValueChangeMode(ValueChangeMode.LAZY);
        linkSearch.addValueChangeListener(e -> filterLinks());
        add(new H3(getTranslation("table.organisations")), organisationSearch, organisations,
                new H3(getTranslation("table.links")), linkSearch, links);
    }

    private static String token(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String country(String code) {
        return code == null ? "" : countryNames.getOrDefault(code, ReaderWords.country(code, null, getLocale()));
    }

    private Optional<NodeMetrics> metric(String id) {
        return Optional.ofNullable(metrics.get(id));
    }

    public void setNetwork(NetworkSnapshot shown, Iterable<NodeMetrics> measures) {
        setNetwork(shown, measures, shown);
    }

    /** As above; countries are named from {@code stored} (every country of the network, not only those in view). */
    public void setNetwork(NetworkSnapshot shown, Iterable<NodeMetrics> measures, NetworkSnapshot stored) {
        var byId = new HashMap<String, NodeMetrics>();
        measures.forEach(m -> byId.put(m.id(), m));
        this.metrics = byId;
        var byName = new HashMap<String, String>();
        shown.organisations().forEach(o -> byName.put(o.id(), o.name()));
        this.names = byName;
        var countries = new HashMap<String, String>();
        stored.countries().forEach(c -> countries.put(c.code(), ReaderWords.country(c, getLocale())));
        shown.countries().forEach(c -> countries.put(c.code(), ReaderWords.country(c, getLocale())));
        this.countryNames = countries;
        organisations.setItems(new ListDataProvider<>(shown.organisations()));
        links.setItems(new ListDataProvider<>(shown.links()));
        filterOrganisations();
        filterLinks();
    }

    @SuppressWarnings("unchecked")
    private void filterOrganisations() {
        String text = organisationSearch.getValue().strip().toLowerCase(Locale.ROOT);
        ((ListDataProvider<Organisation>) organisations.getDataProvider()).setFilter(o -> text.isEmpty()
                || o.name().toLowerCase(Locale.ROOT).contains(text)
                || (o.country() != null && country(o.country()).toLowerCase(Locale.ROOT).contains(text)));
    }

    @SuppressWarnings("unchecked")
    private void filterLinks() {
        String text = linkSearch.getValue().strip().toLowerCase(Locale.ROOT);
        ((ListDataProvider<Link>) links.getDataProvider()).setFilter(l -> text.isEmpty()
                || names.getOrDefault(l.from(), "").toLowerCase(Locale.ROOT).contains(text)
                || names.getOrDefault(l.to(), "").toLowerCase(Locale.ROOT).contains(text)
                || l.themes().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(text)
                        || ReaderWords.theme(t, getLocale()).toLowerCase(Locale.ROOT).contains(text)));
    }

    public Grid<Organisation> organisations() {
        return organisations;
    }

    public Grid<Link> links() {
        return links;
    }

    public void select(String id) {
        organisations.getListDataView().getItems().filter(o -> o.id().equals(id)).findFirst()
                .ifPresentOrElse(organisations::select, organisations::deselectAll);
        links.getListDataView().getItems().filter(l -> l.id().equals(id)).findFirst()
                .ifPresentOrElse(links::select, links::deselectAll);
    }
}
