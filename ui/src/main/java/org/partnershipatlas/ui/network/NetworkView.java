package org.partnershipatlas.ui.network;

import org.partnershipatlas.ui.components.ViewAddress;
import java.time.Year;
import java.util.concurrent.CompletableFuture;
import org.partnershipatlas.app.Routes;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.ui.quality.AssessmentDialog;
import org.partnershipatlas.writes.NetworkWrites;
import org.partnershipatlas.layouts.LayoutsService;
import org.partnershipatlas.network.ColourBy;
import org.partnershipatlas.network.ExplorerService;
import org.partnershipatlas.network.ExplorerState;
import org.partnershipatlas.network.LegendWords;
import org.partnershipatlas.network.LinkColour;
import org.partnershipatlas.network.NetworkPicture;
import org.partnershipatlas.network.StateWords;
import org.partnershipatlas.ui.scope.SharedScope;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.tabs.TabsVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.partnershipatlas.analysis.Analysis;
import org.partnershipatlas.analysis.ScopeParameters;
import org.partnershipatlas.app.BadRequestException;
import org.partnershipatlas.analytics.Measure;
import org.partnershipatlas.ui.components.LiveUpdates;
import org.partnershipatlas.store.VersionedSnapshot;
import org.partnershipatlas.analytics.layout.NetworkLayout;
import org.partnershipatlas.ui.layout.NavigationEntry;
import org.partnershipatlas.ui.layout.MainLayout;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;

/**
 * The network picture: the Wales–Africa network as an interactive picture with filters, a time slider, search,
 * neighbourhood focus, a detail panel, a table alternative and exports. The URL always holds the view state, so
 * what a strategist sees can be shared as a link ({@code /network?select=dolen-cymru&year=2006}).
 */
@NavigationEntry(path = Routes.NETWORK, text = "nav.network", icon = VaadinIcon.CLUSTER, order = 20)
@Route(value = Routes.NETWORK, layout = MainLayout.class)
@PageTitle("Network · Partnership Atlas")
@AnonymousAllowed
public class NetworkView extends VerticalLayout implements BeforeEnterObserver {
    /** Changes listed in the detail panel; the History view has the rest. */
    static final int HISTORY_SHOWN = 5;
    private final ExplorerService explorer;
    private final NetworkWrites writes;

    private final ComboBox<Organisation> search = new ComboBox<>();
    private final Select<ColourBy> colour = new Select<>();
    private final Select<LinkColour> linkColour = new Select<>();
    private final Select<Measure> size = new Select<>();
    private final Select<NetworkLayout.Kind> layoutKind = new Select<>();
    private final Select<Integer> focus = new Select<>();
    private final FilterBar filters;
    private final YearSlider years;
    private final Tab pictureTab = new Tab();
    private final Tab tableTab = new Tab();
    private final Tabs tabs = new Tabs();
    private final NetworkGraph graph = new NetworkGraph();
    private final PictureLegend legend = new PictureLegend();
    private final Span status = new Span();
    private final DetailPanel detail;
    private final Arrangements arrangements;
    private final NetworkTables tables;
    private final Div pictureArea = new Div();
    private final HorizontalLayout exports = new HorizontalLayout();
    private final Details filterDetails = new Details();
    private final Div drawer = new Div();
    private final Button drawerToggle = new Button();
    private boolean drawerOpen;

    private ExplorerState state = ExplorerState.DEFAULT;
    private boolean updating;
    /** The stored version the picture and tables show ({@code -1}: none yet). */
    private long shownVersion = -1;

    public NetworkView(ExplorerService explorer, NetworkWrites writes, LiveUpdates live, LayoutsService layouts) {
        this.explorer = explorer;
        this.writes = writes;
        addAttachListener(e -> live.refreshOnChange(this, changed -> refreshAfterWrite()));
        this.filters = new FilterBar(f -> change(state.withScope(f.scope(years().year()))));
        this.years = new YearSlider(year -> change(state.withScope(state.scope().withYear(year))));
        this.detail = new DetailPanel(this::select);
        this.tables = new NetworkTables(this::select);
        this.arrangements = new Arrangements(layouts, graph, (name, base) -> change(state.withSavedLayout(name, base == null ? state.layout() : base)));
        setId("network-view");
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("gap", "var(--lumo-space-xs)")
                .set("box-sizing", "border-box");

        search.setId("search");
        search.setPlaceholder(getTranslation("explorer.search"));
        search.setAriaLabel(getTranslation("explorer.search"));
        search.setItemLabelGenerator(Organisation::name);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                select(e.getValue().id());
            }
        });

        colour.setId("colour-by");
        colour.setLabel(getTranslation("explorer.colour"));
        colour.setItems(ColourBy.values());
        colour.setItemLabelGenerator(c -> getTranslation("colour." + c.token()));
        colour.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                change(state.withColour(e.getValue()));
            }
        });
        linkColour.setId("link-colour");
        linkColour.setLabel(getTranslation("explorer.link-colour"));
        linkColour.setItems(LinkColour.values());
        linkColour.setItemLabelGenerator(c -> getTranslation("link-colour." + c.token()));
        linkColour.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                change(state.withLinkColour(e.getValue()));
            }
        });
        size.setId("size-by");
        size.setLabel(getTranslation("explorer.size"));
        size.setItems(Measure.values());
        size.setEmptySelectionAllowed(true);
        size.setEmptySelectionCaption(getTranslation("metric.none"));
        size.setItemLabelGenerator(s -> s == null ? getTranslation("metric.none") : getTranslation("metric." + s.token()));
        size.addValueChangeListener(e -> {
            if (!updating) {
                change(state.withSize(e.getValue()));
            }
        });
        layoutKind.setId("layout");
        layoutKind.setLabel(getTranslation("explorer.layout"));
        layoutKind.setItems(NetworkLayout.Kind.values());
        layoutKind.setItemLabelGenerator(k -> getTranslation("layout." + k.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        layoutKind.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                arrangements.releaseAll();
                change(state.withLayout(e.getValue()));
            }
        });
        focus.setId("focus");
        focus.setLabel(getTranslation("explorer.focus"));
        focus.setItems(0, 1, 2);
        focus.setItemLabelGenerator(n -> getTranslation("focus." + n));
        focus.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                change(state.withFocus(state.selected() == null ? 0 : e.getValue()));
            }
        });

        // The picture gets the room: the controls, filters and exports sit in a drawer over its left side, closed
        // until asked for, so opening them never pushes the picture below the fold.
        var controls = new FlexLayout(colour, linkColour, size, layoutKind, focus, years);
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        controls.setWidthFull();
        filterDetails.setSummaryText(getTranslation("explorer.filters"));
        filterDetails.add(filters);
        filterDetails.setId("filter-details");
        filterDetails.setOpened(true);
        filterDetails.setWidthFull();
        exports.setId("exports");
        exports.setAlignItems(FlexComponent.Alignment.BASELINE);
        exports.getStyle().set("flex-wrap", "wrap");
        var closeDrawer = new Button(getTranslation("explorer.close-controls"), e -> openDrawer(false));
        closeDrawer.setId("controls-close");
        closeDrawer.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        drawer.add(closeDrawer, controls, arrangements, filterDetails, exports);
        drawer.setId("controls-drawer");
        drawer.getElement().setAttribute("role", "region");
        drawer.getElement().setAttribute("aria-label", getTranslation("explorer.controls"));
        drawer.getStyle().set("position", "absolute").set("top", "0").set("left", "0").set("bottom", "0")
                .set("width", "min(24em, 90%)").set("overflow", "auto").set("z-index", "3").set("background", "var(--lumo-base-color)")
                .set("box-shadow", "var(--lumo-box-shadow-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("box-sizing", "border-box");
        // Hidden by style, not removed: the controls stay in the page's state (and its tests) while closed.
        drawer.getStyle().set("display", "none");
        drawerToggle.setText(getTranslation("explorer.controls"));
        drawerToggle.setIcon(VaadinIcon.SLIDERS.create());
        drawerToggle.setId("controls-toggle");
        drawerToggle.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        drawerToggle.addClickListener(e -> openDrawer(!drawerOpen));
        drawerToggle.getElement().setAttribute("aria-expanded", "false");

        pictureTab.setLabel(getTranslation("explorer.picture"));
        pictureTab.setId("tab-picture");
        tableTab.setLabel(getTranslation("explorer.table"));
        tableTab.setId("tab-table");
        tabs.add(pictureTab, tableTab);
        tabs.addThemeVariants(TabsVariant.LUMO_SMALL);
        tabs.addSelectedChangeListener(e -> {
            if (!updating) {
                change(state.withTable(e.getSelectedTab() == tableTab));
            }
        });

        graph.setId("network-graph");
        graph.setSizeFull();
        graph.getStyle().set("min-height", "0");
        // A click on an organisation or link in the picture selects it, as the search and the table do.
        graph.addNodeClickListener(e -> select(e.getId()));
        graph.addEdgeClickListener(e -> select(e.getId()));
        var zoomIn = iconButton(VaadinIcon.PLUS, "explorer.zoom-in", () -> graph.zoom(1.5));
        var zoomOut = iconButton(VaadinIcon.MINUS, "explorer.zoom-out", () -> graph.zoom(1 / 1.5));
        var reset = iconButton(VaadinIcon.EXPAND_SQUARE, "explorer.zoom-reset", graph::resetCamera);
        // Zoom buttons beside the search, not over the picture: they would hide names at its edge.
        var zoomBar = new HorizontalLayout(zoomIn, zoomOut, reset);
        zoomBar.setPadding(false);
        zoomBar.setSpacing(false);
        zoomBar.setId("zoom-bar");
        zoomBar.getStyle().set("gap", "var(--lumo-space-xs)");
        pictureArea.add(graph);
        pictureArea.setId("picture-area");
        pictureArea.getStyle().set("position", "relative").set("flex", "1 1 auto").set("min-height", "320px")
                .set("min-width", "0");
        status.setId("status");
        status.getElement().setAttribute("aria-live", "polite");
        status.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");

        detail.setWidth("22em");
        detail.setMaxHeight("100%");
        detail.getStyle().set("flex-shrink", "0").set("overflow", "auto");
        // The drawer lies over the left of the picture or the tables (both tabs keep filters and exports).
        var main = new HorizontalLayout(pictureArea, tables, detail, drawer);
        main.setId("explorer-main");
        main.getStyle().set("position", "relative");
        main.setSizeFull();
        main.setSpacing(false);
        main.getStyle().set("gap", "var(--lumo-space-s)").set("min-height", "0");
        main.setFlexGrow(1, pictureArea, tables);

        var top = new FlexLayout(search, drawerToggle, zoomBar, tabs, status);
        top.setId("explorer-top");
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        top.getStyle().set("gap", "var(--lumo-space-xs) var(--lumo-space-m)");
        top.setWidthFull();
        search.setWidth("16em");
        // A story being played shows the picture, not the controls that made it.
        List.of(search, drawerToggle, tabs, drawer).forEach(c -> c.addClassName(ViewAddress.PRESENTATION_HIDES));
        add(top, main, legend);
        setFlexGrow(1, main);
    }

    private void openDrawer(boolean open) {
        drawerOpen = open;
        drawer.getStyle().set("display", open ? "block" : "none");
        drawerToggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    private YearSlider years() { return years; }

    private Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(getTranslation(label));
        b.setTooltipText(getTranslation(label));
        return b;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        try {
            state = ExplorerState.fromQuery(query).withScope(SharedScope.of(query));
        } catch (BadRequestException e) {
            state = ExplorerState.DEFAULT;
            warn(getTranslation("explorer.bad-url", e.getMessage()));
        }
        VersionedSnapshot stored = explorer.stored();
        if (state.selected() != null && stored.snapshot().organisation(state.selected()).isEmpty()
                && stored.snapshot().link(state.selected()).isEmpty()) {
            warn(getTranslation("explorer.unknown-id", state.selected()));
            state = state.withSelected(null);
        }
        state = arrangements.restore(state);
        showState(stored.snapshot());
        refresh(stored);
        if (state.selected() != null) {
            frameSelection();
        } else if (state.highlighting()) {
            graph.frame(Stream.concat(state.route().stream(), state.highlight().stream()).toList());
        }
    }

    /** After a write anywhere: the same state over the network as stored now (a deleted selection is dropped). */
    private void refreshAfterWrite() {
        VersionedSnapshot stored = explorer.stored();
        if (state.selected() != null && stored.snapshot().organisation(state.selected()).isEmpty()
                && stored.snapshot().link(state.selected()).isEmpty()) {
            state = state.withSelected(null);
        }
        updating = true;
        try {
            filters.setNetwork(stored.snapshot());
            filters.setScope(state.scope());
        } finally {
            updating = false;
        }
        refresh(stored);
    }

    private void warn(String message) {
        var n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    /** Puts the state's values into the controls without reacting to them. */
    private void showState(NetworkSnapshot stored) {
        updating = true;
        try {
            filters.setNetwork(stored);
            filters.setScope(state.scope());
            int first = stored.links().stream().map(Link::since).filter(y -> y != null).min(Integer::compare)
                    .orElse(1985);
            years.setBounds(first, Year.now().getValue());
            years.set(state.scope().year());
            colour.setValue(state.colourBy());
            linkColour.setValue(state.linkColour());
            size.setValue(state.sizeBy());
            layoutKind.setValue(state.layout());
            focus.setValue(state.focus());
            focus.setEnabled(state.selected() != null);
            tabs.setSelectedTab(state.table() ? tableTab : pictureTab);
        } finally {
            updating = false;
        }
    }

    private void change(ExplorerState next) {
        if (updating) {
            return;
        }
        state = next;
        refresh(explorer.stored());
    }

    /** Follows a selection from the picture, the table, the search or the detail panel ({@code null}: none). */
    public void select(String id) {
        ExplorerState before = state;
        state = state.withSelected(id);
        VersionedSnapshot stored = explorer.stored();
        if (before.focus() == 0 && state.focus() == 0 && stored.version() == shownVersion) {
            // Without a neighbourhood focus the picture and tables do not depend on the selection: only the
            // selection, its detail panel and the address change (rebuilding 10,000 dots was most of a click's cost).
            showSelected(stored);
        } else {
            refresh(stored);
        }
        frameSelection();
    }

    /** Frames the selected organisation with all its partners in view (after the picture is drawn). */
    private void frameSelection() {
        if (state.selected() != null && !state.table()) {
            graph.focus(state.selected());
        }
    }

    /** Shows the state over one read of the stored network: picture, tables and detail panel agree. */
    private void refresh(VersionedSnapshot stored) {
        SharedScope.remember(state.scope());
        var explored = explorer.explore(stored, state, LegendWords.labeller(this::getTranslation, getLocale()));
        Analysis analysis = explored.analysis();
        NetworkPicture picture = explored.picture();
        NetworkSnapshot shown = explored.shown();
        String description = getTranslation("explorer.status", picture.nodes().size(), picture.edges().size());
        status.setText(description + (state.scope().year() == null ? ""
                : " · " + getTranslation("explorer.as-of", String.valueOf(state.scope().year()))));
        graph.setNetwork(picture, getTranslation("explorer.picture-description", picture.nodes().size(),
                picture.edges().size()));
        pictureArea.setVisible(!state.table());
        tables.setVisible(state.table());
        if (state.table()) {
            tables.setNetwork(shown, analysis.analytics().metrics(), stored.snapshot());
        }
        legend.show(picture);
        arrangements.setBase(state.layout());
        search.setItems(analysis.snapshot().organisations());
        int filtersSet = ScopeParameters.toQuery(state.scope().withYear(null)).size();
        drawerToggle.setText(getTranslation("explorer.controls") + (filtersSet > 0 ? " (" + filtersSet + ")" : ""));
        shownVersion = stored.version();
        showSelected(stored);
    }

    /** The selection and what follows it: the detail panel, the focus control, the exports and the address. */
    private void showSelected(VersionedSnapshot stored) {
        showSelection(stored);
        updating = true;
        focus.setEnabled(state.selected() != null);
        focus.setValue(state.focus());
        updating = false;
        refreshExports();
        updateUrl();
    }

    private void showSelection(VersionedSnapshot stored) {
        String id = state.selected();
        graph.select(id);
        if (state.table()) {
            tables.select(id);
        }
        if (id == null) {
            detail.clear();
            return;
        }
        var organisation = explorer.organisation(stored, state, id);
        var actor = Actor.current();
        if (organisation.isPresent()) {
            detail.show(organisation.get());
            detail.showRelease(arrangements.isPinned(id) ? () -> arrangements.release(id) : null);
            detail.showHistory(id, true, explorer.history(id, HISTORY_SHOWN), actor.mayChangeOrganisation(id));
            organisation.get().metrics().filter(m -> Double.isNaN(m.betweenness()))
                    .ifPresent(m -> fillInBetweenness(stored, state, id));
            return;
        }
        explorer.link(stored, id).ifPresentOrElse(link -> {
            detail.show(link);
            boolean mayAssess = actor.mayChangeLink(link.link().from(), link.link().to());
            detail.showQuality(link.link(), mayAssess ? () -> new AssessmentDialog(
                    link.link().id(), link.from().name() + " — " + link.to().name(), writes,
                    () -> refresh(explorer.stored())).open() : null);
            detail.showHistory(id, false, explorer.history(id, HISTORY_SHOWN),
                    actor.mayChangeLink(link.link().from(), link.link().to()));
        }, detail::clear);
    }

    /**
     * Computes betweenness (every organisation's, O(nm): seconds at 10,000) off the request thread and puts the
     * selected one's into the detail panel if it still shows that organisation in that scope.
     */
    private void fillInBetweenness(VersionedSnapshot stored, ExplorerState asked, String id) {
        var ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        CompletableFuture.supplyAsync(() -> explorer.betweenness(stored, asked, id))
                .thenAccept(value -> value.ifPresent(b -> ui.access(() -> {
                    if (id.equals(state.selected()) && asked.scope().equals(state.scope())) {
                        detail.setBetweenness(b[0], b[1]);
                    }
                })));
    }

    private void refreshExports() {
        ExportLinks.fill(exports, this::getTranslation, () -> graph.downloadPng("partnership-atlas.png",
                StateWords.title(state, explorer.stored().snapshot(), this::getTranslation, getLocale())),
                state.withSavedLayout(null, state.layout()).toQuery()); // the server's own layout: exports ignore pins
    }

    public static String queryString(Map<String, List<String>> query) {
        return ExportLinks.queryString(query);
    }

    private void updateUrl() {
        ViewAddress.show(this, Routes.NETWORK, state.toQuery());
    }

    /** The state shown (for tests). */
    public ExplorerState state() {
        return state;
    }

    NetworkGraph graph() {
        return graph;
    }
}
