package org.partnershipatlas.ui.whatif;

import static org.partnershipatlas.ui.components.ViewAddress.PRESENTATION_HIDES;

import java.util.ArrayList;
import org.partnershipatlas.analysis.ScopeParameters;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.ui.components.ViewAddress;
import org.partnershipatlas.app.Routes;
import org.partnershipatlas.ui.scope.SharedScope;
import org.partnershipatlas.whatif.WhatIfService;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.partnershipatlas.ui.network.NetworkLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.analytics.whatif.LostRoute;
import org.partnershipatlas.analytics.whatif.MetricChange;
import org.partnershipatlas.analytics.whatif.Separation;
import org.partnershipatlas.analytics.whatif.WhatIfMeasure;
import org.partnershipatlas.analytics.whatif.WhatIfResult;
import org.partnershipatlas.findings.FindingText;
import org.partnershipatlas.ui.components.LiveUpdates;
import org.partnershipatlas.ui.components.CsvDownload;
import org.partnershipatlas.ui.layout.NavigationEntry;
import org.partnershipatlas.ui.layout.MainLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;

/**
 * For strategists: "what if this organisation or link went away?" Pick organisations and links to remove and see
 * what disconnects, who is cut off from whom, which Health Boards lose their only route to a country, and which
 * scores move most. Nothing is changed in the stored network. {@code /what-if?remove=<id>&remove=<link id>} opens
 * with those removed, and asking puts the question in the address — with the filters and year it is asked of
 * ({@code &year=2006}), so that the address shows everyone the same answer.
 */
@NavigationEntry(path = Routes.WHAT_IF, text = "nav.what-if", icon = VaadinIcon.SCISSORS, order = 80)
@Route(value = Routes.WHAT_IF, layout = MainLayout.class)
@PageTitle("What if · Partnership Atlas")
@AnonymousAllowed
public class WhatIfView extends VerticalLayout implements BeforeEnterObserver {
    private final WhatIfService service;
    private final FindingText text;
    private final MultiSelectComboBox<Organisation> organisations = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Link> links = new MultiSelectComboBox<>();
    private final Div results = new Div();
    private NetworkSnapshot network;
    private WhatIfResult last;
    /** The filters and year the question is asked of: the address's, else those shared with the network view. */
    private AnalysisScope scope = AnalysisScope.DEFAULT;

    public WhatIfView(WhatIfService service, LiveUpdates live, FindingText text) {
        this.service = service;
        this.text = text;
        setId("what-if-view");
        organisations.setId("remove-organisations");
        organisations.setLabel(getTranslation("whatif.remove-organisations"));
        organisations.setItemLabelGenerator(Organisation::name);
        organisations.setWidth("28em");
        links.setId("remove-links");
        links.setLabel(getTranslation("whatif.remove-links"));
        links.setWidth("28em");
        loadNetwork();
        addAttachListener(e -> live.refreshOnChange(this, changed -> loadNetwork()));
        var run = new Button(getTranslation("whatif.run"), e -> run());
        run.setId("what-if-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reset = new Button(getTranslation("whatif.reset"), e -> reset());
        reset.setId("what-if-reset");
        var bar = new HorizontalLayout(organisations, links, run, reset);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        bar.addClassName(PRESENTATION_HIDES);
        results.setId("what-if-results");
        results.setWidthFull();
        add(new H2(getTranslation("whatif.heading")), new Paragraph(getTranslation("whatif.intro")), bar, results);
        reset();
    }

    /** The choices come from the network as stored now, and again after every write. */
    private void loadNetwork() {
        network = service.network();
        Map<String, String> names = network.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        Set<String> chosenOrganisations = organisations.getValue().stream().map(Organisation::id).collect(Collectors.toSet());
        Set<String> chosenLinks = links.getValue().stream().map(Link::id).collect(Collectors.toSet());
        organisations.setItems(network.organisations().stream().sorted(Comparator.comparing(Organisation::name)).toList());
        Function<Link, String> linkName = l -> names.getOrDefault(l.from(), l.from()) + " — " + names.getOrDefault(l.to(), l.to());
        links.setItems(network.links().stream().sorted(Comparator.comparing(linkName)).toList());
        links.setItemLabelGenerator(linkName::apply);
        organisations.setValue(network.organisations().stream().filter(o -> chosenOrganisations.contains(o.id()))
                .collect(Collectors.toSet()));
        links.setValue(network.links().stream().filter(l -> chosenLinks.contains(l.id())).collect(Collectors.toSet()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        scope = SharedScope.ofAddress(query);
        List<String> remove = query.getOrDefault("remove", List.of());
        if (remove.isEmpty()) {
            showAddress();
            return;
        }
        organisations.setValue(network.organisations().stream().filter(o -> remove.contains(o.id()))
                .collect(Collectors.toSet()));
        links.setValue(network.links().stream().filter(l -> remove.contains(l.id())).collect(Collectors.toSet()));
        if (organisations.getValue().isEmpty() && links.getValue().isEmpty()) {
            results.removeAll();
            results.add(new Paragraph(getTranslation("whatif.unknown", String.join(", ", remove))));
            return;
        }
        run();
    }

    private void run() {
        List<String> orgIds = organisations.getValue().stream().map(Organisation::id).sorted().toList();
        List<String> linkIds = links.getValue().stream().map(Link::id).sorted().toList();
        results.removeAll();
        last = null;
        showAddress();
        if (orgIds.isEmpty() && linkIds.isEmpty()) {
            results.add(new Paragraph(getTranslation("whatif.pick")));
            return;
        }
        last = service.whatIf(scope, orgIds, linkIds).result();
        var summary = new Paragraph(getTranslation("whatif.components", last.componentsBefore(), last.componentsAfter())
                + " " + text.render(last.explanation(), getLocale()));
        summary.setId("what-if-summary");
        results.add(summary);
        // On the network: what was removed (a link's two ends) and whose scores move most.
        var shown = new ArrayList<String>(orgIds);
        links.getValue().forEach(l -> shown.addAll(List.of(l.from(), l.to())));
        last.biggestChanges().forEach(c -> shown.add(c.id()));
        results.add(NetworkLink.highlight(shown));
        var result = last;
        var csv = CsvDownload.link(getTranslation("common.export-csv"), "what-if.csv",
                List.of("section", "organisation_or_board", "measure_or_country", "before", "after", "change", "detail"),
                () -> {
                    var rows = new ArrayList<List<String>>();
                    result.separations().forEach(sep -> rows.add(List.of("separation", String.valueOf(sep.size()), "",
                            "", "", "", text.render(sep.explanation(), getLocale()))));
                    result.lostRoutes().forEach(r -> rows.add(List.of("lost route", r.healthBoardName(), r.countryName(),
                            "", "", "", "")));
                    result.biggestChanges().forEach(c -> rows.add(List.of("change", c.id(), measure(c.measure()), fmt(c.before()),
                            fmt(c.after()), fmt(c.change()), "")));
                    return rows;
                });
        csv.setId("what-if-csv");
        results.add(csv);

        results.add(new H3(getTranslation("whatif.separations")));
        var separations = new Grid<Separation>();
        separations.setId("what-if-separations");
        separations.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        separations.addColumn(Separation::size).setHeader(getTranslation("whatif.size")).setSortable(true).setFlexGrow(0);
        separations.addColumn(sep -> text.render(sep.explanation(), getLocale())).setHeader(getTranslation("common.reasons"))
                .setFlexGrow(4);
        separations.setItems(last.separations());
        separations.setAllRowsVisible(true);
        results.add(last.separations().isEmpty() ? new Paragraph(getTranslation("whatif.none")) : separations);

        results.add(new H3(getTranslation("whatif.lost-routes")));
        var lost = new Grid<LostRoute>();
        lost.setId("what-if-lost-routes");
        lost.addThemeVariants(GridVariant.LUMO_COMPACT);
        lost.addColumn(LostRoute::healthBoardName).setHeader(getTranslation("nav.health-boards")).setSortable(true);
        lost.addColumn(r -> ReaderWords.country(r.country(), r.countryName(), getLocale()))
                .setHeader(getTranslation("common.country")).setSortable(true);
        lost.setItems(last.lostRoutes());
        lost.setAllRowsVisible(true);
        results.add(last.lostRoutes().isEmpty() ? new Paragraph(getTranslation("whatif.none")) : lost);

        results.add(new H3(getTranslation("whatif.changes")));
        Map<String, String> names = network.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        var changes = new Grid<MetricChange>();
        changes.setId("what-if-changes");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        changes.addColumn(c -> names.getOrDefault(c.id(), c.id())).setHeader(getTranslation("common.organisation"))
                .setSortable(true).setFlexGrow(2);
        changes.addColumn(c -> measure(c.measure())).setHeader(getTranslation("whatif.metric")).setSortable(true);
        changes.addColumn(c -> fmt(c.before())).setHeader(getTranslation("whatif.before"));
        changes.addColumn(c -> fmt(c.after())).setHeader(getTranslation("whatif.after"));
        changes.addColumn(c -> fmt(c.change())).setHeader(getTranslation("whatif.change"))
                .setComparator(c -> Math.abs(c.change()));
        changes.setItems(last.biggestChanges());
        changes.setAllRowsVisible(true);
        results.add(changes);
    }

    /**
     * A measure's name as the network view names it ("Links", "Betweenness"), not the analytics' field name
     * ({@code betweennessNormalized}); an estimated one says so.
     */
    String measure(WhatIfMeasure measure) {
        String name = getTranslation(switch (measure) {
            case DEGREE -> "metric.degree";
            case BETWEENNESS, BETWEENNESS_ESTIMATED -> "metric.betweenness";
            case CLOSENESS -> "metric.closeness";
            case PAGE_RANK -> "metric.page-rank";
        });
        return measure.estimated() ? getTranslation("whatif.estimated", name) : name;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private void reset() {
        organisations.clear();
        links.clear();
        last = null;
        results.removeAll();
        results.add(new Paragraph(getTranslation("whatif.pick")));
        if (getUI().isPresent()) {
            showAddress();
        }
    }

    /** The question asked, in the address bar: what is removed, and the filters and year it is asked of. */
    private void showAddress() {
        var query = new LinkedHashMap<String, List<String>>();
        var remove = new ArrayList<String>();
        organisations.getValue().stream().map(Organisation::id).sorted().forEach(remove::add);
        links.getValue().stream().map(Link::id).sorted().forEach(remove::add);
        if (!remove.isEmpty()) {
            query.put("remove", remove);
        }
        query.putAll(ScopeParameters.toQuery(scope));
        ViewAddress.show(this, Routes.WHAT_IF, query);
    }

    /** The last result shown, or {@code null} (for tests). */
    public WhatIfResult result() {
        return last;
    }
}
