package org.partnershipatlas.ui.healthboards;

import static org.partnershipatlas.ui.components.ViewAddress.PRESENTATION_HIDES;

import java.util.LinkedHashMap;
import org.partnershipatlas.analysis.ScopeParameters;
import org.partnershipatlas.ui.components.ViewAddress;

import java.util.HashSet;
import org.partnershipatlas.app.Routes;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.healthboards.HealthBoardsService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.analytics.gaps.CoverageDimension;
import org.partnershipatlas.analytics.gaps.CoverageMatrix;
import org.partnershipatlas.analytics.gaps.FragileLink;
import org.partnershipatlas.analytics.gaps.MemberGroup;
import org.partnershipatlas.ui.scope.SharedScope;
import org.partnershipatlas.findings.FindingText;
import org.partnershipatlas.ui.findings.FindingsCell;
import org.partnershipatlas.ui.charts.DataTable;
import org.partnershipatlas.ui.components.CsvDownload;
import org.partnershipatlas.ui.layout.NavigationEntry;
import org.partnershipatlas.ui.layout.MainLayout;
import org.partnershipatlas.texts.ReaderWords;

/**
 * For the IHCC: the seven Health Boards ranked (under-linked first) with each figure beside the peer median and
 * the reasons in the reader's language (the first, the rest behind "more"); coverage heatmaps Board × country,
 * theme and activity type; fragile links and what each would cut off; a printable report (print stylesheet, the
 * reasons behind "more" opened) and CSV.
 */
@NavigationEntry(path = Routes.HEALTH_BOARDS, text = "nav.health-boards", icon = VaadinIcon.HOSPITAL, order = 40)
@Route(value = Routes.HEALTH_BOARDS, layout = MainLayout.class)
@PageTitle("Health Boards · Partnership Atlas")
@AnonymousAllowed
public class HealthBoardsView extends VerticalLayout implements BeforeEnterObserver {
    private final HealthBoardsService service;
    private Grid<HealthBoardsService.BoardGap> boards = new Grid<>();

    private final FindingText text;

    public HealthBoardsView(HealthBoardsService service, FindingText text) {
        this.service = service;
        this.text = text;
        setId("health-boards-view");
        addClassName("printable");
    }

    /** {@code ?group=trusts} for the NHS Trusts; the filters and year shared with the other views ({@code ?year=2015}). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        MemberGroup group = "trusts".equals(query.getOrDefault("group", List.of("boards")).get(0))
                ? MemberGroup.TRUSTS : MemberGroup.BOARDS;
        AnalysisScope scope = SharedScope.ofAddress(query);
        removeAll();
        boards = new Grid<>();
        build(scope, group);
        var address = new LinkedHashMap<String, List<String>>();
        if (group == MemberGroup.TRUSTS) {
            address.put("group", List.of("trusts"));
        }
        address.putAll(ScopeParameters.toQuery(scope));
        ViewAddress.show(this, Routes.HEALTH_BOARDS, address);
    }

    private void build(AnalysisScope scope, MemberGroup group) {
        var stored = service.stored();
        var gaps = service.gaps(stored, scope, group);
        List<HealthBoardsService.BoardGap> ranked = gaps.healthBoards().stream()
                .sorted(Comparator.comparing((HealthBoardsService.BoardGap b) -> !b.underLinked())
                        .thenComparing(b -> -b.metrics().links()).thenComparing(HealthBoardsService.BoardGap::name))
                .toList();
        var median = gaps.peerMedian();

        var print = new Button(getTranslation("boards.print"), VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("print-report");
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.addClassName("no-print");
        Anchor csv = CsvDownload.link(getTranslation("common.export-csv"), "health-boards.csv",
                List.of("rank", "id", "name", "under_linked", "links", "median_links", "countries", "median_countries",
                        "themes", "median_themes", "activity_types", "median_activity_types", "reciprocal_share",
                        "dependence_on_top_broker", "top_broker", "reasons"),
                () -> {
                    var rows = new ArrayList<List<String>>();
                    for (int i = 0; i < ranked.size(); i++) {
                        var b = ranked.get(i);
                        var m = b.metrics();
                        rows.add(List.of(String.valueOf(i + 1), b.id(), b.name(), String.valueOf(b.underLinked()),
                                String.valueOf(m.links()), num(median.links()), String.valueOf(m.countries()),
                                num(median.countries()), String.valueOf(m.themes()), num(median.themes()),
                                String.valueOf(m.activities()), num(median.activities()), pct(m.reciprocalShare()),
                                pct(m.dependence()), b.topBrokerName() == null ? "" : b.topBrokerName(),
                                String.join("; ", text.render(b.reasons(), getLocale()))));
                    }
                    return rows;
                });
        csv.setId("boards-csv");
        csv.addClassName("no-print");
        var actions = new HorizontalLayout(print, csv);
        actions.addClassName("no-print");
        actions.addClassName(PRESENTATION_HIDES);
        var groups = new Tabs(new Tab(getTranslation("boards.group.boards")), new Tab(getTranslation("boards.group.trusts")));
        groups.setId("boards-group");
        groups.addClassName("no-print");
        groups.addClassName(PRESENTATION_HIDES);
        groups.setSelectedIndex(group == MemberGroup.TRUSTS ? 1 : 0);
        groups.addSelectedChangeListener(e -> UI.getCurrent().navigate(HealthBoardsView.class,
                QueryParameters.of("group", groups.getSelectedIndex() == 1 ? "trusts" : "boards")));
        add(new H2(getTranslation(group == MemberGroup.TRUSTS ? "boards.heading-trusts" : "boards.heading")), groups,
                new Paragraph(getTranslation(group == MemberGroup.TRUSTS ? "boards.intro-trusts" : "boards.intro",
                num(median.links()), num(median.countries()))), definition(median), actions);
        if (!scope.equals(AnalysisScope.DEFAULT)) {
            var note = new Paragraph(getTranslation("boards.scoped", scope.year() == null ? "—" : String.valueOf(scope.year())));
            note.setId("boards-scope");
            add(note);
        }

        boards.setId("boards-grid");
        boards.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        boards.setAriaLabel(getTranslation("boards.heading"));
        boards.addColumn(new ComponentRenderer<>(b -> new Anchor(Routes.organisation(b.id()), b.name())))
                .setHeader(getTranslation("common.name")).setComparator(HealthBoardsService.BoardGap::name)
                .setFlexGrow(2).setKey("name");
        boards.addColumn(new ComponentRenderer<>(b -> {
            var flag = new Span(getTranslation(statusKey(b)));
            flag.getElement().getThemeList().add(b.noEvidence() ? "badge contrast"
                    : b.underLinked() ? "badge error" : "badge success");
            return flag;
        })).setHeader(getTranslation("boards.status")).setComparator(HealthBoardsService.BoardGap::underLinked)
                .setKey("status").setWidth("10em").setFlexGrow(0);
        boards.addColumn(b -> evidence(b.evidence())).setHeader(getTranslation("boards.evidence"))
                .setKey("evidence").setWidth("12em").setFlexGrow(0);
        boards.addColumn(b -> versus(b.metrics().links(), median.links())).setHeader(getTranslation("boards.links"))
                .setComparator(b -> b.metrics().links()).setKey("links").setWidth("8em").setFlexGrow(0);
        boards.addColumn(b -> versus(b.metrics().countries(), median.countries()))
                .setHeader(getTranslation("boards.countries")).setComparator(b -> b.metrics().countries()).setKey("countries").setWidth("8em").setFlexGrow(0);
        boards.addColumn(b -> versus(b.metrics().themes(), median.themes())).setHeader(getTranslation("boards.themes"))
                .setComparator(b -> b.metrics().themes()).setKey("themes").setWidth("8em").setFlexGrow(0);
        boards.addColumn(b -> versus(b.metrics().activities(), median.activities()))
                .setHeader(getTranslation("boards.activities")).setComparator(b -> b.metrics().activities())
                .setKey("activities").setWidth("8em").setFlexGrow(0);
        boards.addColumn(b -> pct(b.metrics().reciprocalShare()) + " (" + pct(median.reciprocalShare()) + ")")
                .setHeader(getTranslation("boards.reciprocal")).setComparator(b -> b.metrics().reciprocalShare())
                .setKey("reciprocal").setWidth("8em").setFlexGrow(0);
        boards.addColumn(b -> pct(b.metrics().dependence())
                        + (b.topBrokerName() == null ? "" : " · " + b.topBrokerName()))
                .setHeader(getTranslation("boards.dependence")).setComparator(b -> b.metrics().dependence())
                .setKey("dependence").setWidth("11em").setFlexGrow(0);
        boards.addColumn(new ComponentRenderer<>(b -> new FindingsCell(text.render(b.reasons(), getLocale()))))
                .setHeader(getTranslation("common.reasons")).setFlexGrow(1).setWidth("24em").setKey("reasons");
        boards.setItems(ranked);
        boards.setAllRowsVisible(true);
        // On paper a grid shows what fits its box; a plain table of every Board and every column prints instead.
        boards.addClassName("no-print");
        add(boards, boardsForPrint(getTranslation(group == MemberGroup.TRUSTS ? "boards.heading-trusts" : "boards.heading"),
                ranked, median));

        add(new H3(getTranslation("boards.coverage")), new Paragraph(getTranslation("boards.coverage-help")));
        for (CoverageDimension dimension : CoverageDimension.values()) {
            add(heatmap(service.coverage(stored, scope, dimension, group)));
        }

        add(new H3(getTranslation("boards.fragile")));
        add(new Paragraph(getTranslation("boards.fragile-order")));
        var fragile = new Grid<FragileLink>();
        fragile.setId("fragile-grid");
        fragile.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        fragile.setAriaLabel(getTranslation("boards.fragile"));
        fragile.addColumn(f -> f.fromName() + " — " + f.toName()).setHeader(getTranslation("boards.fragile-link"))
                .setFlexGrow(2);
        fragile.addColumn(FragileLink::cutOffCount).setHeader(getTranslation("boards.cut-off")).setSortable(true);
        fragile.addColumn(f -> text.render(f.explanation(), getLocale())).setHeader(getTranslation("common.reasons"))
                .setFlexGrow(4);
        var fragileLinks = ranked(gaps.fragileLinks(), stored.snapshot());
        fragile.setItems(fragileLinks);
        fragile.setAllRowsVisible(true);
        fragile.addClassName("no-print");
        var fragileForPrint = DataTable.of(getTranslation("boards.fragile"), List.of(getTranslation("boards.fragile-link"),
                getTranslation("boards.cut-off"), getTranslation("common.reasons")), fragileLinks.stream()
                .map(f -> List.of(f.fromName() + " — " + f.toName(), f.cutOffCount(), text.render(f.explanation(), getLocale())))
                .toList());
        fragileForPrint.setId("fragile-print");
        fragileForPrint.addClassName("print-only");
        add(fragile, fragileForPrint);

        add(new H3(getTranslation("boards.thin")));
        add(new Paragraph(getTranslation("boards.countries-without", gaps.countriesWithoutLinks().isEmpty() ? "—"
                : gaps.countriesWithoutLinks().stream().map(c -> ReaderWords.country(c.code(), c.name(), getLocale()))
                        .collect(Collectors.joining(", ")))));
        add(new Paragraph(getTranslation("boards.themes-one-link", gaps.themesWithOneLink().isEmpty() ? "—"
                : gaps.themesWithOneLink().stream().map(t -> ReaderWords.theme(t.theme(), getLocale()))
                        .collect(Collectors.joining(", ")))));
    }

    /** The Boards' grid as a plain table, every row and every column, for paper (shown only in print). */
    private NativeTable boardsForPrint(String caption, List<HealthBoardsService.BoardGap> ranked,
                                       HealthBoardsService.PeerMedian median) {
        List<List<?>> rows = new ArrayList<>();
        for (var b : ranked) {
            var m = b.metrics();
            var reasons = new UnorderedList(text.render(b.reasons(), getLocale()).stream().map(ListItem::new)
                    .toArray(ListItem[]::new));
            reasons.getStyle().set("margin", "0").set("padding-left", "1em");
            rows.add(List.of(b.name(), getTranslation(statusKey(b)), evidence(b.evidence()),
                    versus(m.links(), median.links()), versus(m.countries(), median.countries()),
                    versus(m.themes(), median.themes()), versus(m.activities(), median.activities()),
                    pct(m.reciprocalShare()) + " (" + pct(median.reciprocalShare()) + ")",
                    pct(m.dependence()) + (b.topBrokerName() == null ? "" : " · " + b.topBrokerName()), reasons));
        }
        var table = DataTable.of(caption, List.of(getTranslation("common.name"),
                getTranslation("boards.status"), getTranslation("boards.evidence"), getTranslation("boards.links"),
                getTranslation("boards.countries"), getTranslation("boards.themes"), getTranslation("boards.activities"),
                getTranslation("boards.reciprocal"), getTranslation("boards.dependence"), getTranslation("common.reasons")),
                rows);
        table.setId("boards-print");
        table.addClassName("print-only");
        return table;
    }

    private static String statusKey(HealthBoardsService.BoardGap b) {
        return b.noEvidence() ? "boards.no-evidence" : b.reportsNoLinks() ? "boards.reports-none"
                : b.underLinked() ? "boards.under-linked" : "boards.ok";
    }

    /**
     * Fragile links in the order they matter: first those whose loss cuts off a Health Board or Trust or every
     * organisation of a country, then by how many organisations they cut off.
     */
    static List<FragileLink> ranked(List<FragileLink> links, NetworkSnapshot network) {
        Comparator<FragileLink> order = Comparator.comparing((FragileLink f) -> !cutsOffBoardOrCountry(f, network))
                .thenComparing(Comparator.comparingInt(FragileLink::cutOffCount).reversed());
        return links.stream().sorted(order).toList();
    }

    private static boolean cutsOffBoardOrCountry(FragileLink f, NetworkSnapshot network) {
        var cut = new HashSet<>(f.cutOff());
        var countries = new HashSet<String>();
        for (String id : cut) {
            var o = network.organisation(id).orElse(null);
            if (o == null) {
                continue;
            }
            if (o.type() == OrganisationType.HEALTH_BOARD
                    || o.type() == OrganisationType.NHS_TRUST) {
                return true;
            }
            if (o.country() != null) {
                countries.add(o.country());
            }
        }
        // a whole country: every organisation the network holds there is on the cut-off side
        return countries.stream().anyMatch(c -> network.organisations().stream()
                .filter(o -> c.equals(o.country())).allMatch(o -> cut.contains(o.id())));
    }

    /** A Board × column table shaded by count; every cell carries its number as text and an accessible label. */
    private Div heatmap(CoverageMatrix matrix) {
        String dimension = matrix.dimension().name().toLowerCase(Locale.ROOT);
        var table = new NativeTable();
        table.setId("heatmap-" + dimension);
        table.addClassName("heatmap");
        table.setCaptionText(getTranslation("boards.heatmap-" + dimension));
        table.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-xs)");
        int max = matrix.counts().stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("nav.health-boards"));
        // Columns by their keys (a country code, a theme, an activity constant), named in the reader's language.
        Function<Integer, String> columnLabel = c -> {
            String column = matrix.columns().get(c);
            return switch (matrix.dimension()) {
                case ACTIVITY -> getTranslation("activity." + column.toLowerCase(Locale.ROOT).replace('_', '-'));
                case COUNTRY -> ReaderWords.country(column, matrix.columnNames().get(c), getLocale());
                case THEME -> ReaderWords.theme(column, getLocale());
            };
        };
        for (int c = 0; c < matrix.columns().size(); c++) {
            var th = head.addHeaderCell();
            th.setText(columnLabel.apply(c));
            th.getElement().setAttribute("scope", "col");
            th.getStyle().set("writing-mode", "vertical-rl").set("transform", "rotate(180deg)")
                    .set("padding", "0.3em 0.1em").set("font-weight", "500");
        }
        for (int r = 0; r < matrix.rows().size(); r++) {
            var row = table.getBody().addRow();
            var rowHead = row.addHeaderCell();
            rowHead.setText(matrix.rowNames().get(r));
            rowHead.getElement().setAttribute("scope", "row");
            rowHead.getStyle().set("text-align", "left").set("padding-right", "0.5em").set("white-space", "nowrap");
            for (int c = 0; c < matrix.columns().size(); c++) {
                int count = matrix.counts().get(r).get(c);
                var cell = row.addDataCell();
                cell.setText(count == 0 ? "" : String.valueOf(count));
                String label = matrix.rowNames().get(r) + ", " + columnLabel.apply(c) + ": " + count;
                cell.getElement().setAttribute("title", label);
                cell.getElement().setAttribute("aria-label", label);
                cell.addClassName(count == 0 ? "empty" : "filled");
                double t = max == 0 ? 0 : Math.sqrt((double) count / max);
                cell.getStyle().set("background", count == 0 ? "#f4f5f7" : shade(t))
                        .set("color", t > 0.55 ? "#ffffff" : "#1f2933").set("text-align", "center")
                        .set("min-width", "1.8em").set("height", "1.8em").set("border", "1px solid #ffffff");
            }
        }
        var box = new Div(table);
        // A region that scrolls sideways must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable).
        box.getElement().setAttribute("tabindex", "0");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", getTranslation("boards.heatmap-" + dimension));
        box.getStyle().set("overflow-x", "auto").set("max-width", "100%").set("margin-bottom", "var(--lumo-space-m)");
        return box;
    }

    private static String shade(double t) {
        int[] light = {198, 219, 239};
        int[] dark = {8, 69, 148};
        int[] c = new int[3];
        for (int i = 0; i < 3; i++) {
            c[i] = (int) Math.round(light[i] + (dark[i] - light[i]) * t);
        }
        return String.format(Locale.ROOT, "rgb(%d,%d,%d)", c[0], c[1], c[2]);
    }

    private String evidence(HealthBoardsService.Evidence e) {
        if (e == null) {
            return "";
        }
        String status = getTranslation("boards.evidence." + e.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                e.sources());
        return e.lastAssessed() == null ? status : status + " · " + getTranslation("boards.last-assessed", ReaderWords.date(e.lastAssessed(), getLocale()));
    }

    private String versus(int value, double median) {
        return getTranslation("boards.versus", value, num(median));
    }

    /** What under-linked means, in the reader's words, with the lines this network draws (the one definition). */
    private Paragraph definition(HealthBoardsService.PeerMedian median) {
        var definition = new Paragraph(getTranslation("boards.definition", num(median.underLinkedBelowLinks()),
                num(median.underLinkedBelowCountries())));
        definition.setId("under-linked-definition");
        return definition;
    }

    private static String num(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String pct(double share) {
        return Math.round(100 * share) + "%";
    }

    Grid<HealthBoardsService.BoardGap> boards() {
        return boards;
    }

}
