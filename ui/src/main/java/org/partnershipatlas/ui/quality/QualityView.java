package org.partnershipatlas.ui.quality;

import static org.partnershipatlas.ui.components.ViewAddress.PRESENTATION_HIDES;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.partnershipatlas.analysis.ScopeParameters;
import org.partnershipatlas.ui.components.ViewAddress;

import java.util.stream.Collectors;
import org.partnershipatlas.app.Routes;
import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.ui.scope.SharedScope;
import org.partnershipatlas.quality.QualityService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.analytics.quality.GroupBy;
import org.partnershipatlas.analytics.quality.GroupQuality;
import org.partnershipatlas.analytics.quality.LinkAtRisk;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.findings.FindingText;
import org.partnershipatlas.ui.components.CsvDownload;
import org.partnershipatlas.ui.layout.NavigationEntry;
import org.partnershipatlas.ui.charts.DataTable;
import org.partnershipatlas.ui.layout.MainLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.partnershipatlas.model.CharterFoundation;
import org.partnershipatlas.model.Factor;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.ui.components.LiveUpdates;
import org.partnershipatlas.store.VersionedSnapshot;

/**
 * Partnership quality ({@code /quality}): assessment coverage, a heatmap of each Board's, Trust's or country's mean
 * score per Charter foundation and success factor (an accessible table, with its CSV), the links at risk with their
 * reasons, structure beside quality, and which way learning flows.
 */
@NavigationEntry(path = Routes.QUALITY, text = "nav.quality", icon = VaadinIcon.STAR_HALF_LEFT_O, order = 50)
@Route(value = Routes.QUALITY, layout = MainLayout.class)
@AnonymousAllowed
public class QualityView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    private final QualityService quality;
    private final FindingText text;
    private final RadioButtonGroup<GroupBy> groupBy = new RadioButtonGroup<>();
    private final Div heatmap = new Div();
    private final Div rest = new Div();
    private final Paragraph coverage = new Paragraph();
    /** The filters and year shown: the address's, else those shared with the network view. */
    private AnalysisScope scope = AnalysisScope.DEFAULT;

    public QualityView(QualityService quality, FindingText text, LiveUpdates live) {
        this.quality = quality;
        this.text = text;
        setId("quality-view");
        coverage.setId("assessment-coverage");
        groupBy.setId("quality-group");
        groupBy.setLabel(getTranslation("quality.group"));
        groupBy.setItems(GroupBy.values());
        groupBy.setItemLabelGenerator(g -> getTranslation("quality.group." + g.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        groupBy.setValue(GroupBy.HEALTH_BOARDS);
        groupBy.addClassName(PRESENTATION_HIDES);
        groupBy.addValueChangeListener(e -> refresh());
        heatmap.setWidthFull();
        rest.setWidthFull();
        add(new H2(getTranslation("quality.heading")), new Paragraph(getTranslation("quality.intro")), coverage,
                new Paragraph(getTranslation("quality.coverage-help")), groupBy, heatmap, rest);
        addAttachListener(e -> live.refreshOnChange(this, changed -> refresh()));
    }

    private Locale locale() {
        return getLocale() == null ? Locale.ENGLISH : getLocale();
    }

    /** {@code ?year=2006} and the other filters of the network view; without them, those shared in the session. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        scope = SharedScope.ofAddress(query);
        refresh();
    }

    private void refresh() {
        VersionedSnapshot stored = quality.stored();
        ViewAddress.show(this, Routes.QUALITY, ScopeParameters.toQuery(scope));
        var c = quality.coverage(stored, scope);
        coverage.setText(getTranslation("quality.coverage", c.assessed(), c.links()));
        heatmap.removeAll();
        heatmap.add(heatmap(quality.groups(stored, scope, groupBy.getValue())));
        rest.removeAll();
        rest.add(atRisk(quality.atRisk(stored, scope)), quadrant(quality.quadrant(stored, scope)),
                reciprocity(quality.reciprocity(stored, scope)));
    }

    private Div heatmap(List<GroupQuality> groups) {
        var box = new Div();
        var table = new NativeTable();
        table.setId("quality-heatmap");
        table.addClassName("heatmap");
        table.setCaptionText(getTranslation("quality.heatmap"));
        table.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("quality.group." + groupBy.getValue().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        head.addHeaderCell().setText(getTranslation("quality.links"));
        head.addHeaderCell().setText(getTranslation("quality.assessed"));
        var columns = new ArrayList<String>();
        for (CharterFoundation f : CharterFoundation.values()) {
            columns.add(getTranslation("foundation." + f.key()));
        }
        for (Factor f : Factor.values()) {
            columns.add(getTranslation("factor." + f.key()));
        }
        for (String column : columns) {
            var th = head.addHeaderCell();
            th.setText(column);
            th.getElement().setAttribute("scope", "col");
            th.getStyle().set("writing-mode", "vertical-rl").set("transform", "rotate(180deg)").set("padding", "0.3em 0.1em");
        }
        head.addHeaderCell().setText(getTranslation("quality.finding"));
        var csv = new ArrayList<List<String>>();
        for (GroupQuality g : groups) {
            var row = table.getBody().addRow();
            var name = row.addHeaderCell();
            name.setText(g.name());
            name.getElement().setAttribute("scope", "row");
            name.getStyle().set("text-align", "left").set("white-space", "nowrap").set("padding-right", "0.5em");
            row.addDataCell().setText(String.valueOf(g.links()));
            row.addDataCell().setText(String.valueOf(g.assessedLinks()));
            var line = new ArrayList<>(List.of(g.id(), g.name(), String.valueOf(g.links()), String.valueOf(g.assessedLinks())));
            var values = new ArrayList<Double>();
            for (CharterFoundation f : CharterFoundation.values()) {
                values.add(g.charter().get(f));
            }
            for (Factor f : Factor.values()) {
                values.add(g.factors().get(f));
            }
            for (int i = 0; i < values.size(); i++) {
                Double v = values.get(i);
                var cell = row.addDataCell();
                cell.setText(v == null ? "—" : String.format(locale(), "%.1f", v));
                cell.getElement().setAttribute("title", g.name() + ", " + columns.get(i) + ": "
                        + (v == null ? getTranslation("assess.not-assessed") : String.format(locale(), "%.1f / 3", v)));
                cell.getStyle().set("text-align", "center").set("min-width", "2.2em")
                        .set("background", v == null ? "transparent" : "rgba(46,125,50," + (0.12 + 0.25 * v) + ")");
                line.add(v == null ? "" : String.format(Locale.ROOT, "%.2f", v));
            }
            row.addDataCell().setText(text.render(g.finding(), locale()));
            line.add(text.render(g.finding(), locale()));
            csv.add(line);
        }
        var header = new ArrayList<>(List.of("id", "name", "links", "assessed_links"));
        for (CharterFoundation f : CharterFoundation.values()) {
            header.add("charter_" + f.key());
        }
        for (Factor f : Factor.values()) {
            header.add("factor_" + f.key());
        }
        header.add("finding");
        var download = CsvDownload.link(getTranslation("quality.export-csv"), "quality-"
                + groupBy.getValue().name().toLowerCase(Locale.ROOT) + ".csv", header, () -> csv);
        download.setId("quality-csv");
        // Wider than a phone: the table scrolls sideways inside its own box, which the keyboard can reach too.
        var scroller = new Div(table);
        scroller.addClassName("scroll-box");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", getTranslation("quality.heatmap"));
        scroller.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        box.add(scroller, download);
        return box;
    }

    private VerticalLayout atRisk(List<LinkAtRisk> links) {
        var box = new VerticalLayout(new H3(getTranslation("quality.at-risk")), new Paragraph(getTranslation("quality.at-risk-help")));
        box.setPadding(false);
        if (links.isEmpty()) {
            box.add(new Paragraph(getTranslation("quality.at-risk-none")));
            return box;
        }
        var grid = new Grid<LinkAtRisk>();
        grid.setId("at-risk");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> new Anchor(Routes.NETWORK + "?select=" + r.id(), r.fromName() + " — " + r.toName()))
                .setHeader(getTranslation("quality.link")).setFlexGrow(2);
        grid.addColumn(r -> String.join("; ", r.reasons().stream().map(f -> text.render(f, locale())).toList()))
                .setHeader(getTranslation("quality.reasons")).setFlexGrow(3);
        grid.setItems(links);
        grid.setAllRowsVisible(true);
        // On paper a plain table of every link at risk prints instead of the grid (css/print.css).
        grid.addClassName("no-print");
        var forPrint = DataTable.of(getTranslation("quality.at-risk"), List.of(getTranslation("quality.link"),
                getTranslation("quality.reasons")), links.stream().map(r -> List.of(r.fromName() + " — " + r.toName(),
                String.join("; ", r.reasons().stream().map(f -> text.render(f, locale())).toList()))).toList());
        forPrint.setId("at-risk-print");
        forPrint.addClassName("print-only");
        box.add(grid, forPrint);
        return box;
    }

    private VerticalLayout quadrant(List<QualityService.Placed> placed) {
        var box = new VerticalLayout(new H3(getTranslation("quality.quadrant")), new Paragraph(getTranslation("quality.quadrant-help")));
        box.setPadding(false);
        var grid = new HorizontalLayout();
        grid.setId("quadrant");
        grid.getStyle().set("flex-wrap", "wrap");
        grid.setAlignItems(FlexComponent.Alignment.START);
        for (QualityService.Quadrant q : QualityService.Quadrant.values()) {
            var cell = new Div(new H4(getTranslation("quality.quadrant." + q.name().toLowerCase(Locale.ROOT).replace('_', '-'))));
            cell.addClassName("quadrant-" + q.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            cell.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "0 var(--lumo-space-s)")
                    .set("min-width", "16em").set("flex", "1");
            var list = new UnorderedList();
            placed.stream().filter(p -> p.quadrant() == q).forEach(p -> list.add(new ListItem(p.name() + " ("
                    + getTranslation("quality.coverage", p.assessedLinks(), p.links()).replace(".", "") + ")")));
            cell.add(list);
            grid.add(cell);
        }
        box.add(grid);
        return box;
    }

    private VerticalLayout reciprocity(QualityService.Reciprocity r) {
        var box = new VerticalLayout(new H3(getTranslation("quality.reciprocity")));
        box.setPadding(false);
        var counts = new UnorderedList();
        counts.setId("learning-counts");
        for (Learning l : Learning.values()) {
            counts.add(new ListItem(getTranslation("learning." + l.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    + ": " + r.byDirection().get(l)));
        }
        box.add(counts, new Paragraph(getTranslation("quality.learning-unknown", r.byDirection().get(Learning.UNKNOWN))),
                new H4(getTranslation("quality.to-wales")));
        if (r.toWales().isEmpty()) {
            box.add(new Paragraph(getTranslation("quality.to-wales-none")));
        } else {
            var list = new UnorderedList();
            list.setId("to-wales");
            r.toWales().forEach(l -> list.add(new ListItem(new Anchor(Routes.NETWORK + "?select=" + l.id(),
                    l.fromName() + " — " + l.toName() + (l.themes().isEmpty() ? "" : " (" + l.themes().stream()
                            .map(t -> ReaderWords.theme(t, getLocale()))
                            .collect(Collectors.joining(", ")) + ")")))));
            box.add(list);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quality.heading") + " · " + getTranslation("app.title");
    }
}
