package org.partnershipatlas.ui.overview;

import org.partnershipatlas.app.Routes;
import org.partnershipatlas.texts.ChangeWords;
import org.partnershipatlas.texts.ReaderWords;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.partnershipatlas.overview.OverviewService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.ui.charts.Chart;
import org.partnershipatlas.charts.ChartOptions;
import org.partnershipatlas.ui.charts.DataTable;
import org.partnershipatlas.ui.layout.NavigationEntry;
import org.partnershipatlas.ui.layout.MainLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.partnershipatlas.ui.components.LiveUpdates;
import org.partnershipatlas.store.RecordedChange;

/**
 * The start page: the network at a glance. Each block is a chart with its table alternative and a link to the view
 * behind it — counts, growth by year (the Wales for Africa step of 2006 shows), links by partner country, the
 * Boards' gaps, the top brokers, links at risk and assessment coverage, the latest changes.
 */
@NavigationEntry(path = Routes.ROOT, text = "nav.overview", icon = VaadinIcon.DASHBOARD, order = 10)
@Route(value = Routes.OVERVIEW, layout = MainLayout.class)
@RouteAlias(value = Routes.ROOT, layout = MainLayout.class)
@PageTitle("Overview · Partnership Atlas")
@AnonymousAllowed
public class OverviewView extends VerticalLayout {
    private final OverviewService service;
    private final Div blocks = new Div();
    private final Div counts = new Div();
    private final List<Chart> charts = new ArrayList<>();
    private OverviewService.Overview shown;

    public OverviewView(OverviewService service, LiveUpdates live) {
        this.service = service;
        setId("overview-view");
        addAttachListener(e -> live.refreshOnChange(this, changed -> refresh()));
        counts.setId("overview-counts");
        counts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        blocks.setId("overview-blocks");
        blocks.setWidthFull();
        blocks.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(30em, 1fr))")
                .set("gap", "var(--lumo-space-l)");
        add(new H2(getTranslation("overview.heading")), new Paragraph(getTranslation("overview.intro")), counts, blocks);
        refresh();
    }

    private void refresh() {
        shown = service.overview();
        charts.clear();
        counts.removeAll();
        var c = shown.counts();
        counts.add(count("organisations", c.organisations(), Routes.NETWORK + "?tab=table"),
                count("links", c.links(), Routes.NETWORK + "?tab=table"),
                count("welsh", c.welshOrganisations(), Routes.NETWORK + "?country=GB-WLS&tab=table"),
                count("countries", c.countries(), Routes.MAP),
                count("boards-and-trusts", c.boardsAndTrustsLinked(), Routes.HEALTH_BOARDS, c.boardsAndTrusts()));
        blocks.removeAll();
        blocks.add(growth(), countries(), boards(), brokers(), risk(), changes());
    }

    private Component count(String what, int value, String href, Object... more) {
        var number = new Span(String.valueOf(value));
        number.addClassName("count-value");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "600").set("display", "block");
        Object[] params = more.length == 0 ? new Object[] {value} : new Object[] {value, more[0]};
        var label = new Anchor(href, getTranslation("overview.count." + what, params));
        var box = new Div(number, label);
        box.setId("count-" + what);
        box.getStyle().set("min-width", "10em");
        return box;
    }

    /** One block: heading, the chart, its table behind a toggle and the view it comes from. */
    private Component block(String id, String heading, Chart chart, Component table, String href, String linkText,
                            Component... extra) {
        var box = new VerticalLayout();
        box.setId("block-" + id);
        box.addClassName("overview-block");
        box.setPadding(true);
        box.setSpacing(false);
        box.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        box.add(new H3(heading));
        for (Component c : extra) {
            box.add(c);
        }
        if (chart != null) {
            chart.setId("chart-" + id);
            charts.add(chart);
            box.add(chart);
        }
        var details = new Details(getTranslation("overview.as-table"), table);
        details.setId("table-" + id);
        details.setWidthFull();
        box.add(details);
        var link = new Anchor(href, linkText);
        link.setId("open-" + id);
        box.add(link);
        return box;
    }

    private Component growth() {
        var years = shown.growth();
        var chart = new Chart();
        chart.setOption(ChartOptions.columns(years.stream().map(y -> String.valueOf(y.year())).toList(),
                years.stream().map(OverviewService.YearCount::started).toList(), getTranslation("overview.growth.started"),
                years.stream().map(OverviewService.YearCount::total).toList(), getTranslation("overview.growth.total")),
                getTranslation("overview.growth.description", years.isEmpty() ? "" : years.get(0).year(),
                        years.isEmpty() ? "" : years.get(years.size() - 1).year(),
                        years.isEmpty() ? 0 : years.get(years.size() - 1).total()));
        List<List<Object>> rows = years.stream().filter(y -> y.started() > 0)
                .map(y -> List.<Object>of(String.valueOf(y.year()), y.started(), y.total())).toList();
        var table = DataTable.of(getTranslation("overview.growth"), List.of(getTranslation("overview.year"),
                getTranslation("overview.growth.started"), getTranslation("overview.growth.total")), rows);
        var note = new Paragraph(getTranslation("overview.growth.note", shown.linksWithoutYear()));
        note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        return block("growth", getTranslation("overview.growth"), chart, table, Routes.NETWORK + "?year=2006",
                getTranslation("overview.open-2006"), note);
    }

    private Component countries() {
        var top = shown.byCountry();
        var chart = new Chart();
        chart.setHeight(Math.max(200, 22 * Math.min(top.size(), 15) + 40) + "px");
        var first = top.stream().limit(15).toList();
        chart.setOption(ChartOptions.ranking(first.stream().map(this::countryName).toList(),
                first.stream().map(OverviewService.CountryCount::links).toList(), getTranslation("overview.links"),
                ChartOptions.BLUE), getTranslation("overview.countries.description", top.size(),
                top.isEmpty() ? "" : countryName(top.get(0)), top.isEmpty() ? 0 : top.get(0).links()));
        List<List<Object>> rows = top.stream().map(c -> List.<Object>of(
                new Anchor("map?select=" + c.code(), countryName(c)), c.links())).toList();
        var table = DataTable.of(getTranslation("overview.countries"),
                List.of(getTranslation("overview.country"), getTranslation("overview.links")), rows);
        return block("countries", getTranslation("overview.countries"), chart, table, Routes.MAP,
                getTranslation("overview.open-map"));
    }

    /** A country in the reader's language (the overview counts them by the network's English name). */
    private String countryName(OverviewService.CountryCount c) {
        return ReaderWords.country(c.code(), c.name(), getLocale());
    }

    private Component boards() {
        var boards = shown.boards();
        var chart = new Chart();
        chart.setHeight(Math.max(200, 26 * boards.size() + 40) + "px");
        var option = ChartOptions.ranking(boards.stream().map(OverviewService.BoardSummary::name).toList(),
                boards.stream().map(OverviewService.BoardSummary::links).toList(), getTranslation("overview.links"),
                ChartOptions.BLUE);
        // Under-linked Boards in red: the colour repeats what the table's status column says in words.
        var data = (ArrayNode) option.withArray("series").get(0).get("data");
        for (int i = 0; i < boards.size(); i++) {
            var item = new ObjectMapper().createObjectNode().put("value", boards.get(i).links());
            item.putObject("itemStyle").put("color", boards.get(i).underLinked() ? ChartOptions.RED : ChartOptions.BLUE);
            data.set(i, item);
        }
        long under = boards.stream().filter(OverviewService.BoardSummary::underLinked).count();
        long none = boards.stream().filter(OverviewService.BoardSummary::noKnownLink).count();
        chart.setOption(option, getTranslation("overview.boards.description", boards.size(), under, none));
        List<List<Object>> rows = boards.stream().map(b -> List.<Object>of(profileLink(b.id(), b.name()), b.links(),
                b.countries(), getTranslation(b.noKnownLink() ? "overview.boards.no-known-link"
                        : b.underLinked() ? "overview.boards.under-linked" : "overview.boards.ok"))).toList();
        var table = DataTable.of(getTranslation("overview.boards"), List.of(getTranslation("overview.board"),
                getTranslation("overview.links"), getTranslation("overview.countries-short"),
                getTranslation("overview.status")), rows);
        var summary = new Paragraph(getTranslation("overview.boards.summary", under, none));
        summary.setId("boards-summary");
        // The same definition, in the same words, as the Health Boards report.
        var median = shown.boardsMedian();
        var definition = new Paragraph(getTranslation("boards.definition", number(median.underLinkedBelowLinks()),
                number(median.underLinkedBelowCountries())));
        definition.setId("under-linked-definition");
        return block("boards", getTranslation("overview.boards"), chart, table, Routes.HEALTH_BOARDS,
                getTranslation("overview.open-boards"), summary, definition);
    }

    private Component brokers() {
        var brokers = shown.brokers();
        var chart = new Chart();
        chart.setHeight("220px");
        chart.setOption(ChartOptions.ranking(brokers.stream().map(OverviewService.BrokerSummary::name).toList(),
                brokers.stream().map(b -> Math.round(b.score() * 1000) / 1000.0).toList(),
                getTranslation("overview.brokers.score"), "#59a14f"),
                getTranslation("overview.brokers.description", brokers.isEmpty() ? "" : brokers.get(0).name()));
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < brokers.size(); i++) {
            var b = brokers.get(i);
            rows.add(List.of(i + 1, profileLink(b.id(), b.name()), String.format(Locale.ROOT, "%.3f", b.score())));
        }
        var table = DataTable.of(getTranslation("overview.brokers"), List.of(getTranslation("overview.rank"),
                getTranslation("overview.organisation"), getTranslation("overview.brokers.score")), rows);
        return block("brokers", getTranslation("overview.brokers"), chart, table, Routes.BROKERS,
                getTranslation("overview.open-brokers"));
    }

    private Component risk() {
        var coverage = shown.coverage();
        var chart = new Chart();
        chart.setHeight("220px");
        int notAssessed = coverage.links() - coverage.assessed();
        chart.setOption(ChartOptions.parts(List.of(getTranslation("overview.risk.assessed"),
                        getTranslation("overview.risk.not-assessed")), List.of(coverage.assessed(), notAssessed),
                List.of(ChartOptions.BLUE, "#d3d8de")),
                getTranslation("overview.risk.description", coverage.assessed(), coverage.links(), shown.atRisk().size()));
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of(getTranslation("overview.risk.assessed"), coverage.assessed()));
        rows.add(List.of(getTranslation("overview.risk.not-assessed"), notAssessed));
        rows.add(List.of(getTranslation("overview.risk.at-risk"), shown.atRisk().size()));
        var table = DataTable.of(getTranslation("overview.risk"), List.of(getTranslation("overview.what"),
                getTranslation("overview.links")), rows);
        var summary = new Paragraph(getTranslation("overview.risk.summary", shown.atRisk().size(), coverage.assessed(),
                coverage.links()));
        summary.setId("risk-summary");
        var atRisk = new Div();
        for (var link : shown.atRisk().stream().limit(5).toList()) {
            atRisk.add(new Paragraph(link.fromName() + " — " + link.toName()));
        }
        return block("risk", getTranslation("overview.risk"), chart, table, Routes.QUALITY,
                getTranslation("overview.open-quality"), summary, atRisk);
    }

    private Component changes() {
        List<List<?>> rows = new ArrayList<>();
        for (RecordedChange c : shown.changes()) {
            rows.add(List.of(ReaderWords.dateTime(c.at(), getLocale()), c.actor(),
                    ChangeWords.summary(c.summary(), this::getTranslation, getLocale())));
        }
        var table = DataTable.of(getTranslation("overview.changes"), List.of(getTranslation("overview.when"),
                getTranslation("overview.who"), getTranslation("overview.what")), rows);
        var box = new VerticalLayout(new H3(getTranslation("overview.changes")), table,
                new Anchor("history", getTranslation("overview.open-history")));
        box.setId("block-changes");
        box.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        return box;
    }

    private static Anchor profileLink(String id, String name) {
        return new Anchor(Routes.organisation(id), name);
    }

    /** What the page shows (for tests). */
    public OverviewService.Overview overview() {
        return shown;
    }

    List<Chart> charts() {
        return charts;
    }

    /** 7.5, 15: a line as the Health Boards report writes it. */
    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
