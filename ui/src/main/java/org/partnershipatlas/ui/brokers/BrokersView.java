package org.partnershipatlas.ui.brokers;

import static org.partnershipatlas.ui.components.ViewAddress.PRESENTATION_HIDES;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.partnershipatlas.analysis.ScopeParameters;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.ui.components.ViewAddress;

import org.partnershipatlas.app.Routes;
import org.partnershipatlas.ui.scope.SharedScope;
import org.partnershipatlas.brokers.BrokersService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.findings.FindingText;
import org.partnershipatlas.ui.findings.FindingsCell;
import org.partnershipatlas.ui.components.CsvDownload;
import org.partnershipatlas.ui.layout.NavigationEntry;
import org.partnershipatlas.ui.layout.MainLayout;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * For partnership brokers: who holds the network together. The ranked broker list with roles (articulation
 * point, bridge ends, low constraint, Gould–Fernandez role counts) and reasons (its share of shortest routes first,
 * the rest behind "more"); each links to the network picture
 * with the broker selected and its neighbourhood highlighted.
 */
@NavigationEntry(path = Routes.BROKERS, text = "nav.brokers", icon = VaadinIcon.CONNECT, order = 60)
@Route(value = Routes.BROKERS, layout = MainLayout.class)
@PageTitle("Brokers · Partnership Atlas")
@AnonymousAllowed
public class BrokersView extends VerticalLayout implements BeforeEnterObserver {
    private final BrokersService service;
    private final Grid<BrokersService.BrokerView> grid = new Grid<>();
    private final Select<Integer> top = new Select<>();
    /** The filters and year shown: the address's, else those shared with the network view. */
    private AnalysisScope scope = AnalysisScope.DEFAULT;

    public BrokersView(BrokersService service, FindingText text) {
        this.service = service;
        setId("brokers-view");
        top.setId("brokers-top");
        top.setLabel(getTranslation("brokers.top"));
        top.setItems(10, 20, 50);
        top.setValue(20);
        top.addValueChangeListener(e -> refresh());
        var csv = CsvDownload.link(getTranslation("common.export-csv"), "brokers.csv",
                List.of("rank", "id", "name", "score", "roles", "articulation_point", "cut_off", "bridges", "constraint",
                        "effective_size", "countries_spanned", "reasons"),
                () -> brokers().stream().map(b -> List.of(String.valueOf(b.rank()), b.id(), b.name(),
                        String.format(Locale.ROOT, "%.4f", b.score()), String.join("; ", b.roles()),
                        String.valueOf(b.articulationPoint()), String.valueOf(b.cutOff()), String.valueOf(b.bridges()),
                        b.constraint() == null ? "" : String.format(Locale.ROOT, "%.4f", b.constraint()),
                        b.effectiveSize() == null ? "" : String.format(Locale.ROOT, "%.3f", b.effectiveSize()),
                        String.valueOf(b.countriesSpanned()), String.join("; ", text.render(b.reasons(), getLocale()))))
                        .toList());
        csv.setId("brokers-csv");
        var bar = new HorizontalLayout(top, csv);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName(PRESENTATION_HIDES);

        grid.setId("brokers-grid");
        grid.setAriaLabel(getTranslation("brokers.heading"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(BrokersService.BrokerView::rank).setHeader("#").setSortable(true).setWidth("4em").setFlexGrow(0);
        grid.addColumn(BrokersService.BrokerView::name).setHeader(getTranslation("common.organisation")).setSortable(true)
                .setFlexGrow(2).setKey("name");
        grid.addColumn(b -> String.format(getLocale(), "%.1f%%", 100 * b.score())).setHeader(getTranslation("brokers.score"))
                .setComparator(BrokersService.BrokerView::score).setKey("score");
        grid.addColumn(new ComponentRenderer<>(b -> {
            var roles = new Div();
            roles.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.25em");
            for (String role : b.roles()) {
                var badge = new Span(label(role));
                badge.getElement().getThemeList().add("badge small");
                roles.add(badge);
            }
            return roles;
        })).setHeader(getTranslation("brokers.roles")).setFlexGrow(2).setKey("roles");
        grid.addColumn(b -> b.brokerageRoles().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> label(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("brokers.gould-fernandez")).setFlexGrow(2).setKey("gould-fernandez");
        grid.addColumn(new ComponentRenderer<>(b -> new FindingsCell(text.render(b.reasons(), getLocale()))))
                .setHeader(getTranslation("common.reasons")).setFlexGrow(4).setKey("reasons");
        grid.addColumn(new ComponentRenderer<>(b -> {
            var show = new Anchor(Routes.NETWORK + "?select=" + URLEncoder.encode(b.id(), StandardCharsets.UTF_8) + "&focus=1",
                    getTranslation("brokers.show"));
            show.getElement().setAttribute("aria-label", getTranslation("brokers.show-named", b.name()));
            return show;
        })).setHeader(getTranslation("nav.network")).setKey("show");
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("brokers.heading")), new Paragraph(getTranslation("brokers.intro")), bar, grid);
    }

    /** A role label of the analytics ("articulation point", "gatekeeper") in the reader's language. */
    private String label(String role) {
        return getTranslation("broker-label." + role.replace(' ', '-'));
    }

    private List<BrokersService.BrokerView> brokers() {
        return service.brokers(scope, top.getValue() == null ? 20 : top.getValue()).brokers();
    }

    private void refresh() {
        grid.setItems(brokers());
        ViewAddress.show(this, Routes.BROKERS, ScopeParameters.toQuery(scope));
    }

    /** {@code ?year=2006} and the other filters of the network view; without them, those shared in the session. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        scope = SharedScope.ofAddress(query);
        refresh();
    }

    Grid<BrokersService.BrokerView> grid() {
        return grid;
    }
}
