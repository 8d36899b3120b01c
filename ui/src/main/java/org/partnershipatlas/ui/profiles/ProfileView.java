package org.partnershipatlas.ui.profiles;

import java.time.LocalDate;
import org.partnershipatlas.app.Routes;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.texts.ChangeWords;
import org.partnershipatlas.profiles.ProfileService;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.ui.charts.Chart;
import org.partnershipatlas.charts.ChartOptions;
import org.partnershipatlas.ui.charts.DataTable;
import org.partnershipatlas.ui.components.ExternalLink;
import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.ui.layout.MainLayout;
import org.partnershipatlas.model.CharterFoundation;
import org.partnershipatlas.model.Factor;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.ui.network.MeasureList;
import org.partnershipatlas.store.RecordedChange;

/**
 * One organisation's page — Health Boards and Trusts first — that prints as a one-to-two-page report: what it is,
 * its links by country and theme, its partners around it, its measures explained, its gaps against its peers and
 * its partnership quality, routes to the partner countries it lacks, suggested partners, its history and sources.
 */
@Route(value = Routes.ORGANISATIONS, layout = MainLayout.class)
@StyleSheet("context://css/print.css")
@AnonymousAllowed
public class ProfileView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    private final ProfileService service;
    private ProfileService.Profile profile;
    private String title = "Partnership Atlas";

    public ProfileView(ProfileService service) {
        this.service = service;
        setId("profile-view");
        addClassName("printable");
        addClassName("profile");
        setMaxWidth("70em");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        profile = service.profile(id).orElse(null);
        if (profile == null) {
            title = getTranslation("profile.unknown", id) + " · Partnership Atlas";
            var missing = new Paragraph(getTranslation("profile.unknown", id));
            missing.setId("profile-unknown");
            add(new H2(getTranslation("profile.not-found")), missing, new Anchor(Routes.NETWORK, getTranslation("nav.network")));
            return;
        }
        title = profile.organisation().name() + " · Partnership Atlas";
        add(header(), linksSection(), picture());
        profile.metrics().ifPresent(m -> add(section("measures", getTranslation("profile.measures"),
                new Paragraph(getTranslation("profile.measures-help")), new MeasureList(m))));
        if (profile.isBoardOrTrust()) {
            add(gapsAndQuality());
        }
        add(routes(), suggestions(), history(), sources());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Component header() {
        Organisation o = profile.organisation();
        var name = new H2(o.name());
        name.setId("profile-name");
        var facts = new Paragraph(List.of(getTranslation("type." + o.type().name().toLowerCase(Locale.ROOT).replace('_', '-')),
                        o.country() == null ? "" : ReaderWords.country(o.country(), profile.countryName(), getLocale()),
                        o.city() == null ? "" : o.city(),
                        o.founded() == null ? "" : getTranslation("profile.founded", String.valueOf(o.founded())))
                .stream().filter(s -> !s.isEmpty()).collect(Collectors.joining(" · ")));
        facts.setId("profile-facts");
        var print = new Button(getTranslation("profile.print"), VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("print-profile");
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var open = new Anchor(Routes.NETWORK + "?select=" + o.id() + "&focus=1", getTranslation("profile.open-network"));
        open.setId("profile-open-network");
        var actions = new HorizontalLayout(print, open);
        actions.addClassName("no-print");
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        var box = new Div(name, facts);
        if (o.description() != null) {
            box.add(new Paragraph(o.description()));
        }
        if (o.website() != null) {
            box.add(new Paragraph(ExternalLink.of(o.website(), o.website())));
        }
        var printed = new Paragraph(getTranslation("profile.printed", ReaderWords.date(LocalDate.now(ZoneOffset.UTC), getLocale()),
                String.valueOf(profile.version())));
        printed.addClassName("print-only");
        box.add(printed, actions);
        box.setWidthFull();
        return box;
    }

    private Component section(String id, String heading, Component... content) {
        var box = new Div();
        box.setId("profile-" + id);
        box.addClassName("profile-section");
        box.setWidthFull();
        box.add(new H3(heading));
        box.add(content);
        return box;
    }

    private Component linksSection() {
        var links = profile.links();
        if (links.isEmpty()) {
            var none = new Paragraph(getTranslation("profile.no-links"));
            none.setId("profile-no-links");
            return section("links", getTranslation("profile.links", 0), none);
        }
        var countries = new Chart();
        countries.setId("profile-chart-countries");
        countries.setHeight(Math.max(120, 24 * profile.byCountry().size() + 40) + "px");
        countries.setOption(ChartOptions.ranking(profile.byCountry().stream()
                                .map(c -> ReaderWords.country(c.code(), c.name(), getLocale())).toList(),
                        profile.byCountry().stream().map(ProfileService.CountryLinks::links).toList(),
                        getTranslation("overview.links"), ChartOptions.BLUE),
                getTranslation("profile.countries-description", profile.organisation().name(), profile.byCountry().size()));
        var themes = new Chart();
        themes.setId("profile-chart-themes");
        var topThemes = profile.byTheme().stream().limit(10).toList();
        themes.setHeight(Math.max(120, 24 * topThemes.size() + 40) + "px");
        themes.setOption(ChartOptions.ranking(topThemes.stream().map(t -> ReaderWords.theme(t.theme(), getLocale())).toList(),
                        topThemes.stream().map(ProfileService.ThemeLinks::links).toList(), getTranslation("overview.links"),
                        "#f28e2b"),
                getTranslation("profile.themes-description", profile.organisation().name(), profile.byTheme().size()));
        var charts = new HorizontalLayout(withHeading(getTranslation("profile.by-country"), countries),
                withHeading(getTranslation("profile.by-theme"), themes));
        charts.setWidthFull();
        charts.addClassName("profile-charts");
        List<List<?>> rows = new ArrayList<>();
        for (ProfileService.PartnerLink p : links) {
            Link l = p.link();
            rows.add(List.of(new Anchor(Routes.organisation(p.partner().id()), p.partner().name()),
                    p.partner().country() == null ? "" : ReaderWords.country(p.partner().country(), p.countryName(), getLocale()),
                    getTranslation("kind." + l.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')),
                    l.since() == null ? "" : String.valueOf(l.since()),
                    l.themes().stream().map(t -> ReaderWords.theme(t, getLocale())).collect(Collectors.joining(", ")),
                    getTranslation("status." + l.status().name().toLowerCase(Locale.ROOT).replace('_', '-')),
                    getTranslation("confidence." + l.confidence().name().toLowerCase(Locale.ROOT))));
        }
        var table = DataTable.of(getTranslation("profile.links", links.size()), List.of(getTranslation("profile.partner"),
                getTranslation("overview.country"), getTranslation("profile.kind"), getTranslation("profile.since"),
                getTranslation("profile.themes"), getTranslation("profile.status"), getTranslation("profile.confidence")), rows);
        table.setId("profile-links-table");
        return section("links", getTranslation("profile.links", links.size()), charts, table);
    }

    private static Component withHeading(String heading, Component content) {
        var box = new Div(new Span(heading), content);
        box.getStyle().set("flex", "1 1 0").set("min-width", "0");
        return box;
    }

    /** The organisation and its partners: it in the middle, partners round it grouped by country. */
    private Component picture() {
        var links = profile.links();
        var nodes = new ArrayList<ChartOptions.GraphNode>();
        var edges = new ArrayList<ChartOptions.GraphEdge>();
        Organisation o = profile.organisation();
        nodes.add(new ChartOptions.GraphNode(o.id(), o.name(), 0, 0, 22, ChartOptions.RED));
        var partners = links.stream().map(ProfileService.PartnerLink::partner).distinct()
                .sorted(Comparator.comparing((Organisation p) -> p.country() == null ? "" : p.country())
                        .thenComparing(Organisation::name))
                .toList();
        for (int i = 0; i < partners.size(); i++) {
            double angle = 2 * Math.PI * i / Math.max(1, partners.size()) - Math.PI / 2;
            Organisation p = partners.get(i);
            nodes.add(new ChartOptions.GraphNode(p.id(), p.name(), 100 * Math.cos(angle), 100 * Math.sin(angle), 12,
                    p.isWelsh() ? "#4e79a7" : "#59a14f"));
        }
        for (ProfileService.PartnerLink p : links) {
            edges.add(new ChartOptions.GraphEdge(o.id(), p.partner().id(),
                    p.link().confidence() == Confidence.B
                            || p.link().confidence() == Confidence.C));
        }
        var chart = new Chart();
        chart.setId("profile-ego");
        chart.setHeight(partners.size() > 12 ? "420px" : "320px");
        chart.setOption(ChartOptions.graph(nodes, edges), getTranslation("profile.picture-description", o.name(),
                partners.size()));
        var legend = new Paragraph(getTranslation("profile.picture-legend"));
        legend.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return section("picture", getTranslation("profile.picture"), chart, legend);
    }

    private Component gapsAndQuality() {
        var box = new Div();
        profile.gap().ifPresent(g -> {
            var m = g.metrics();
            var median = g.peerMedian();
            var status = new Paragraph(getTranslation(m.links() == 0 ? "overview.boards.no-known-link"
                    : g.underLinked() ? "overview.boards.under-linked" : "overview.boards.ok"));
            status.setId("profile-gap-status");
            status.getElement().getThemeList().add(g.underLinked() ? "badge error" : "badge success");
            List<List<?>> rows = List.of(
                    List.of(getTranslation("profile.gap.links"), m.links(), num(median.links())),
                    List.of(getTranslation("profile.gap.countries"), m.countries(), num(median.countries())),
                    List.of(getTranslation("profile.gap.themes"), m.themes(), num(median.themes())),
                    List.of(getTranslation("profile.gap.activities"), m.activities(), num(median.activities())),
                    List.of(getTranslation("profile.gap.reciprocal"), pct(m.reciprocalShare()), pct(median.reciprocalShare())),
                    List.of(getTranslation("profile.gap.dependence"), pct(m.dependence()), pct(median.dependence())));
            var table = DataTable.of(getTranslation("profile.gap.caption"), List.of(getTranslation("profile.gap.measure"),
                    profile.organisation().name(), getTranslation("profile.gap.median")), rows);
            table.setId("profile-gap-table");
            box.add(status, table);
        });
        if (profile.quality().isPresent() && profile.quality().get().assessedLinks() > 0) {
            var q = profile.quality().get();
            var coverage = new Paragraph(getTranslation("profile.quality.coverage", q.assessedLinks(), q.links(),
                    q.overall() == null ? "—" : String.format(Locale.ROOT, "%.1f", q.overall())));
            coverage.setId("profile-quality");
            List<List<?>> rows = new ArrayList<>();
            for (CharterFoundation f : CharterFoundation.values()) {
                Double v = q.charter().get(f);
                rows.add(List.of(getTranslation("foundation." + f.key()), v == null ? "—" : String.format(Locale.ROOT, "%.1f", v)));
            }
            for (Factor f : Factor.values()) {
                Double v = q.factors().get(f);
                rows.add(List.of(getTranslation("factor." + f.key()), v == null ? "—" : String.format(Locale.ROOT, "%.1f", v)));
            }
            box.add(coverage, DataTable.of(getTranslation("profile.quality.caption"),
                    List.of(getTranslation("profile.quality.term"), getTranslation("profile.quality.mean")), rows));
        } else {
            var none = new Paragraph(getTranslation("profile.quality.none", profile.links().size()));
            none.setId("profile-quality");
            box.add(none);
        }
        box.add(new Anchor("quality", getTranslation("overview.open-quality")));
        return section("gaps", getTranslation("profile.gaps"), box);
    }

    private Component routes() {
        var list = new UnorderedList();
        list.setId("profile-routes-list");
        for (ProfileService.CountryRoute r : profile.routes()) {
            String via = r.introducerName() == null ? getTranslation("profile.route.direct")
                    : getTranslation("profile.route.via", r.introducerName());
            var item = new ListItem(new Span(ReaderWords.country(r.code(), r.name(), getLocale()) + ": " + via + " — " + String.join(" → ", r.names()) + " "),
                    new Anchor("introductions?from=" + profile.organisation().id() + "&country=" + r.code(),
                            getTranslation("profile.route.open")));
            list.add(item);
        }
        if (profile.routes().isEmpty()) {
            list.add(new ListItem(getTranslation(profile.organisation().isWelsh() ? "profile.routes.none"
                    : "profile.routes.not-welsh")));
        }
        return section("routes", getTranslation("profile.routes"), new Paragraph(getTranslation("profile.routes-help")), list);
    }

    private Component suggestions() {
        var list = new UnorderedList();
        list.setId("profile-suggestions-list");
        for (var s : profile.suggestions()) {
            String name = profile.names().getOrDefault(s.target(), s.target());
            String evidence = s.evidence().sharedNeighbours().isEmpty() ? ""
                    : " — " + getTranslation("profile.suggestion.shared", s.evidence().sharedNeighbours().stream()
                    .map(n -> profile.names().getOrDefault(n, n)).collect(Collectors.joining(", ")));
            list.add(new ListItem(new Anchor(Routes.organisation(s.target()), name), new Span(evidence)));
        }
        if (profile.suggestions().isEmpty()) {
            list.add(new ListItem(getTranslation("profile.suggestions.none")));
        }
        return section("suggestions", getTranslation("profile.suggestions"), list);
    }

    private Component history() {
        List<List<?>> rows = new ArrayList<>();
        for (RecordedChange c : profile.history()) {
            rows.add(List.of(ReaderWords.date(c.at().atZone(ZoneOffset.UTC), getLocale()), c.actor(),
                    ChangeWords.summary(c.summary(), this::getTranslation, getLocale())));
        }
        var table = DataTable.of(getTranslation("profile.history"), List.of(getTranslation("overview.when"),
                getTranslation("overview.who"), getTranslation("overview.what")), rows);
        var all = new Anchor("history?entity=" + profile.organisation().id(), getTranslation("overview.open-history"));
        all.addClassName("no-print");
        return section("history", getTranslation("profile.history"), table, all);
    }

    private Component sources() {
        var list = new UnorderedList();
        list.setId("profile-sources-list");
        List<Source> sources = profile.organisation().sources();
        for (Source s : sources) {
            list.add(new ListItem(s.url() != null ? ExternalLink.of(s.url(), s.citation()) : new Span(s.citation())));
        }
        if (sources.isEmpty()) {
            list.add(new ListItem(getTranslation("profile.sources.none")));
        }
        var confidence = new Paragraph(getTranslation("profile.confidence-of", getTranslation("confidence."
                + profile.organisation().confidence().name().toLowerCase(Locale.ROOT))));
        return section("sources", getTranslation("profile.sources"), confidence, list);
    }

    private static String num(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String pct(double share) {
        return Math.round(100 * share) + "%";
    }

    /** The profile shown, or {@code null} for an unknown id (for tests). */
    public ProfileService.Profile profile() {
        return profile;
    }
}
