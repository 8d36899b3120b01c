package org.partnershipatlas.ui.introductions;

import static org.partnershipatlas.ui.components.ViewAddress.PRESENTATION_HIDES;

import com.vaadin.flow.component.checkbox.Checkbox;
import org.partnershipatlas.app.Routes;
import org.partnershipatlas.ui.components.ExternalLink;
import org.partnershipatlas.ui.components.ViewAddress;
import org.partnershipatlas.introductions.IntroductionsService;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.partnershipatlas.ui.network.NetworkLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.findings.FindingText;
import org.partnershipatlas.analytics.introductions.LinkEvidence;
import org.partnershipatlas.analytics.introductions.LinkPredictionMethod;
import org.partnershipatlas.analytics.introductions.LinkSuggestion;
import org.partnershipatlas.analytics.introductions.RouteStep;
import org.partnershipatlas.analytics.introductions.RouteTarget;
import org.partnershipatlas.ui.components.LiveUpdates;
import org.partnershipatlas.ui.components.CsvDownload;
import org.partnershipatlas.ui.layout.NavigationEntry;
import org.partnershipatlas.ui.layout.MainLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.writes.NotFoundException;

/**
 * For partnership brokers and organisations looking for partners: from an organisation to another, to a country
 * or to a theme, the k shortest routes of introductions — each drawn as a chain, its introducer named, every step
 * with the links behind it and their sources — and suggested new links with their evidence. Organisations
 * seeking a first partner (the 19 Hills centre in Newport) are offered first-partner suggestions.
 * {@code /introductions?from=<id>&country=LS} (or {@code to=}, {@code theme=}; {@code k=}, {@code current=false},
 * {@code method=}) opens with a question asked, and asking one puts it in the address: the address shares the answer.
 * Routes go through the network as it is now, whatever filters the network view holds, so that an address shows
 * everyone the same answer.
 */
@NavigationEntry(path = Routes.INTRODUCTIONS, text = "nav.introductions", icon = VaadinIcon.HANDSHAKE, order = 70)
@Route(value = Routes.INTRODUCTIONS, layout = MainLayout.class)
@PageTitle("Introductions · Partnership Atlas")
@AnonymousAllowed
public class IntroductionsView extends VerticalLayout implements BeforeEnterObserver {
    enum TargetKind { ORGANISATION, COUNTRY, THEME }

    private final IntroductionsService service;
    private final FindingText text;
    private NetworkSnapshot network;
    private Map<String, String> names;
    private final ComboBox<Organisation> from = new ComboBox<>();
    private final RadioButtonGroup<TargetKind> kind = new RadioButtonGroup<>();
    private final ComboBox<Organisation> toOrganisation = new ComboBox<>();
    private final ComboBox<Country> toCountry = new ComboBox<>();
    private final ComboBox<String> toTheme = new ComboBox<>();
    private final IntegerField k = new IntegerField();
    private final Checkbox history = new Checkbox();
    private final AnalysisScope scope = AnalysisScope.DEFAULT;
    private final Select<LinkPredictionMethod> method = new Select<>();
    private final Div routes = new Div();
    private final Div suggestions = new Div();
    private IntroductionsService.RoutesResponse lastRoutes;

    public IntroductionsView(IntroductionsService service, LiveUpdates live, FindingText text) {
        this.service = service;
        this.text = text;
        setId("introductions-view");
        from.setId("from");
        from.setLabel(getTranslation("intro.from"));
        from.setItemLabelGenerator(o -> Boolean.TRUE.equals(o.seekingPartner())
                ? o.name() + " — " + getTranslation("intro.seeking") : o.name());
        from.setWidth("26em");
        kind.setId("target-kind");
        kind.setLabel(getTranslation("intro.target"));
        kind.setItems(TargetKind.values());
        kind.setItemLabelGenerator(t -> getTranslation("intro.target-" + t.name().toLowerCase(Locale.ROOT)));
        kind.setValue(TargetKind.COUNTRY);
        kind.addValueChangeListener(e -> showTargetField());
        toOrganisation.setId("to-organisation");
        toOrganisation.setLabel(getTranslation("intro.target-organisation"));
        toOrganisation.setItemLabelGenerator(Organisation::name);
        toOrganisation.setWidth("22em");
        toCountry.setId("to-country");
        toCountry.setLabel(getTranslation("intro.target-country"));
        toCountry.setItemLabelGenerator(c -> ReaderWords.country(c, getLocale()));
        toTheme.setId("to-theme");
        toTheme.setLabel(getTranslation("intro.target-theme"));
        toTheme.setItemLabelGenerator(t -> ReaderWords.theme(t, getLocale()));
        k.setId("k");
        k.setLabel(getTranslation("intro.k"));
        k.setMin(1);
        k.setMax(10);
        k.setValue(3);
        k.setStepButtonsVisible(true);
        k.setWidth("8em");
        var find = new Button(getTranslation("intro.find"), e -> findRoutes());
        find.setId("find-routes");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        history.setId("include-history");
        history.setLabel(getTranslation("intro.history"));
        history.setTooltipText(getTranslation("intro.history-help"));
        var form = new HorizontalLayout(from, kind, toOrganisation, toCountry, toTheme, k, history, find);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        form.addClassName(PRESENTATION_HIDES);
        method.setId("method");
        method.setLabel(getTranslation("intro.method"));
        method.setItems(LinkPredictionMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("intro.method." + m.cliName()));
        method.setValue(LinkPredictionMethod.values()[0]);
        method.setHelperText(getTranslation("intro.method." + method.getValue().cliName() + ".explain"));
        method.addValueChangeListener(e -> {
            method.setHelperText(e.getValue() == null ? null
                    : getTranslation("intro.method." + e.getValue().cliName() + ".explain"));
            showSuggestions();
            if (e.isFromClient()) {
                showAddress();
            }
        });
        method.addClassName(PRESENTATION_HIDES);
        routes.setId("routes");
        routes.setWidthFull();
        suggestions.setId("suggestions");
        suggestions.setWidthFull();
        add(new H2(getTranslation("intro.heading")), new Paragraph(getTranslation("intro.intro")), form, routes,
                new H3(getTranslation("intro.suggestions")), method, suggestions);
        showTargetField();
        loadNetwork();
        addAttachListener(e -> live.refreshOnChange(this, changed -> loadNetwork()));
    }

    private void showTargetField() {
        toOrganisation.setVisible(kind.getValue() == TargetKind.ORGANISATION);
        toCountry.setVisible(kind.getValue() == TargetKind.COUNTRY);
        toTheme.setVisible(kind.getValue() == TargetKind.THEME);
    }

    /** The choices come from the network as stored now, and again after every write. */
    private void loadNetwork() {
        network = service.network();
        names = network.organisations().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        List<Organisation> organisations = network.organisations().stream()
                .sorted(Comparator.comparing((Organisation o) -> !Boolean.TRUE.equals(o.seekingPartner()))
                        .thenComparing(Organisation::name)).toList();
        Organisation chosenFrom = from.getValue();
        Organisation chosenTo = toOrganisation.getValue();
        Country chosenCountry = toCountry.getValue();
        String chosenTheme = toTheme.getValue();
        from.setItems(organisations);
        toOrganisation.setItems(organisations);
        toCountry.setItems(network.countriesInUse().stream().filter(c -> !c.code().startsWith("GB"))
                .sorted(Comparator.comparing((Country c) -> ReaderWords.country(c, getLocale()))).toList());
        toTheme.setItems(List.copyOf(network.links().stream().flatMap(l -> l.themes().stream())
                .collect(Collectors.toCollection(TreeSet::new))));
        if (chosenFrom != null) {
            network.organisation(chosenFrom.id()).ifPresent(from::setValue);
        }
        if (chosenTo != null) {
            network.organisation(chosenTo.id()).ifPresent(toOrganisation::setValue);
        }
        if (chosenCountry != null) {
            toCountry.setValue(chosenCountry);
        }
        if (chosenTheme != null) {
            toTheme.setValue(chosenTheme);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        history.setValue(first(query.get("current")).map("false"::equals).orElse(false));
        first(query.get("k")).flatMap(IntroductionsView::number).map(n -> Math.max(1, Math.min(10, n))).ifPresent(k::setValue);
        first(query.get("method")).flatMap(m -> Arrays.stream(LinkPredictionMethod.values())
                .filter(x -> x.cliName().equals(m)).findFirst()).ifPresent(method::setValue);
        first(query.get("from")).flatMap(network::organisation).ifPresent(from::setValue);
        first(query.get("to")).flatMap(network::organisation).ifPresent(o -> {
            kind.setValue(TargetKind.ORGANISATION);
            toOrganisation.setValue(o);
        });
        first(query.get("country")).flatMap(c -> toCountry.getListDataView().getItems()
                .filter(x -> x.code().equalsIgnoreCase(c)).findFirst()).ifPresent(c -> {
            kind.setValue(TargetKind.COUNTRY);
            toCountry.setValue(c);
        });
        first(query.get("theme")).ifPresent(t -> {
            kind.setValue(TargetKind.THEME);
            toTheme.setValue(t);
        });
        if (first(query.get("from")).isPresent()) {
            findRoutes();
        }
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The question asked, in the address bar: opening that address asks it again. */
    private void showAddress() {
        var query = new LinkedHashMap<String, List<String>>();
        Organisation start = from.getValue();
        if (start != null) {
            query.put("from", List.of(start.id()));
        }
        target().ifPresent(t -> query.put(switch (t.kind()) {
            case ORGANISATION -> "to";
            case COUNTRY -> "country";
            case THEME -> "theme";
        }, List.of(t.value())));
        if (k.getValue() != null && k.getValue() != 3) {
            query.put("k", List.of(String.valueOf(Math.max(1, Math.min(10, k.getValue())))));
        }
        if (Boolean.TRUE.equals(history.getValue())) {
            query.put("current", List.of("false"));
        }
        if (method.getValue() != null && method.getValue() != LinkPredictionMethod.values()[0]) {
            query.put("method", List.of(method.getValue().cliName()));
        }
        ViewAddress.show(this, Routes.INTRODUCTIONS, query);
    }

    private static Optional<String> first(List<String> values) {
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private Optional<RouteTarget> target() {
        return switch (kind.getValue()) {
            case ORGANISATION -> Optional.ofNullable(toOrganisation.getValue()).map(o -> RouteTarget.organisation(o.id()));
            case COUNTRY -> Optional.ofNullable(toCountry.getValue()).map(c -> RouteTarget.country(c.code()));
            case THEME -> Optional.ofNullable(toTheme.getValue()).map(RouteTarget::theme);
        };
    }

    private void findRoutes() {
        showAddress();
        routes.removeAll();
        lastRoutes = null;
        Organisation start = from.getValue();
        Optional<RouteTarget> target = target();
        if (start == null || target.isEmpty()) {
            routes.add(new Paragraph(getTranslation("intro.choose")));
            return;
        }
        // The question in words: a shared address or a story's step shows what was asked, not only the answer.
        var question = new H3(getTranslation("intro.question", start.name(), switch (kind.getValue()) {
            case ORGANISATION -> toOrganisation.getValue().name();
            case COUNTRY -> ReaderWords.country(toCountry.getValue(), getLocale());
            case THEME -> ReaderWords.theme(toTheme.getValue(), getLocale());
        }));
        question.setId("routes-question");
        routes.add(question);
        int kValue = k.getValue() == null ? 3 : Math.max(1, Math.min(10, k.getValue()));
        try {
            lastRoutes = service.routes(scope, start.id(), target.get(), kValue, !history.getValue());
        } catch (NotFoundException | IllegalArgumentException e) {
            routes.add(new Paragraph(getTranslation("intro.no-target", e.getMessage())));
            showSuggestions();
            return;
        }
        lastRoutes.replaced().forEach((old, now) -> {
            var note = new Paragraph(getTranslation("intro.replaced", names.getOrDefault(old, old), names.getOrDefault(now, now)));
            note.addClassName("route-note");
            routes.add(note);
        });
        if (lastRoutes.onlyPlaceholders()) {
            var note = new Paragraph(getTranslation("intro.only-placeholders"));
            note.setId("routes-only-placeholders");
            routes.add(note);
        }
        if (lastRoutes.routes().isEmpty()) {
            routes.add(new Paragraph(getTranslation("intro.no-routes")));
        } else {
            var found = lastRoutes;
            var csv = CsvDownload.link(getTranslation("common.export-csv"), "introductions.csv",
                    List.of("rank", "steps", "introducer", "path", "path_ids", "inferred", "explanation"),
                    () -> found.routes().stream().map(r -> List.of(String.valueOf(r.rank()), String.valueOf(r.length()),
                            r.introducerName() == null ? "" : r.introducerName(), String.join(" > ", r.names()),
                            String.join(" ", r.path()), String.valueOf(r.inferred()),
                            text.render(r.explanation(), getLocale()))).toList());
            csv.setId("routes-csv");
            routes.add(csv);
        }
        for (IntroductionsService.RouteView route : lastRoutes.routes()) {
            routes.add(routeCard(route));
        }
        showSuggestions();
    }

    private Component routeCard(IntroductionsService.RouteView route) {
        var card = new Div();
        card.addClassName("route");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin", "var(--lumo-space-s) 0");
        var title = new H4(getTranslation("intro.route", route.rank(), route.length()));
        card.add(title);
        if (route.endsAtPlaceholder()) {
            var note = new Span(getTranslation("intro.placeholder-end"));
            note.getElement().getThemeList().add("badge contrast");
            card.add(note);
        }
        if (route.introducerName() != null) {
            var introducer = new Paragraph(getTranslation("intro.introducer", route.introducerName()));
            introducer.addClassName("introducer");
            introducer.getStyle().set("font-weight", "600");
            card.add(introducer);
        } else {
            card.add(new Paragraph(getTranslation("intro.direct")));
        }
        card.add(chain(route), NetworkLink.route(route.path()));
        var steps = new UnorderedList();
        steps.addClassName("route-steps");
        for (RouteStep step : route.evidence()) {
            var item = new ListItem(new Span(names.getOrDefault(step.from(), step.from()) + " — "
                    + names.getOrDefault(step.to(), step.to()) + ": "));
            for (LinkEvidence link : step.links()) {
                var evidence = new Span(getTranslation("kind." + link.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        + " (" + getTranslation("confidence." + link.confidence().name().toLowerCase(Locale.ROOT)) + ") ");
                item.add(evidence);
                for (Source s : link.sources()) {
                    if (s.url() != null) {
                        item.add(ExternalLink.of(s.url(), s.citation()), new Span(" "));
                    } else {
                        item.add(new Span("[" + s.citation() + "] "));
                    }
                }
            }
            steps.add(item);
        }
        card.add(steps);
        var explanation = new Paragraph(text.render(route.explanation(), getLocale()));
        explanation.addClassName("explanation");
        card.add(explanation);
        return card;
    }

    /** The route drawn as a small graph: organisations as nodes, the introducer emphasised, arrows between. */
    private Component chain(IntroductionsService.RouteView route) {
        var chain = new Div();
        chain.addClassName("route-chain");
        // A group, not an image: its organisations are links, and an image's content is hidden from assistive
        // technology (WCAG 4.1.2; axe nested-interactive).
        chain.getElement().setAttribute("role", "group");
        chain.getElement().setAttribute("aria-label", String.join(" → ", route.names()));
        chain.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center").set("gap", "0.4em");
        for (int i = 0; i < route.path().size(); i++) {
            if (i > 0) {
                var arrow = new Span("→");
                arrow.getElement().setAttribute("aria-hidden", "true");
                chain.add(arrow);
            }
            String id = route.path().get(i);
            var node = new Anchor(Routes.NETWORK + "?select=" + id, route.names().get(i));
            node.getElement().getThemeList().add(id.equals(route.introducer()) ? "badge primary" : "badge");
            node.getStyle().set("text-decoration", "none");
            chain.add(node);
        }
        return chain;
    }

    private void showSuggestions() {
        suggestions.removeAll();
        Organisation start = from.getValue();
        if (start == null) {
            return;
        }
        boolean seeking = Boolean.TRUE.equals(start.seekingPartner());
        var response = service.suggestions(scope, start.id(), method.getValue(), 10, true);
        if (seeking) {
            var first = new Paragraph(getTranslation("intro.first-partner", start.name()));
            first.setId("first-partner");
            suggestions.add(first);
        }
        if (response.suggestions().isEmpty()) {
            suggestions.add(new Paragraph(getTranslation("intro.no-suggestions")));
            return;
        }
        var grid = new Grid<LinkSuggestion>();
        grid.setId("suggestions-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(s -> names.getOrDefault(s.target(), s.target())).setHeader(getTranslation("intro.suggested"))
                .setSortable(true).setFlexGrow(2);
        // The score in the method's own terms ("2 shared partners", "40% of their partners shared"), not a bare number.
        grid.addColumn(s -> getTranslation("intro.score." + s.method(), s.score())).setHeader(getTranslation("intro.score"))
                .setComparator(LinkSuggestion::score).setKey("score");
        grid.addColumn(s -> getTranslation("intro.method." + s.method())).setHeader(getTranslation("intro.method"));
        grid.addColumn(s -> text.render(s.evidence().reason(), getLocale()))
                .setHeader(getTranslation("intro.evidence")).setFlexGrow(4);
        grid.setItems(response.suggestions());
        grid.setAllRowsVisible(true);
        suggestions.add(grid);
    }

    /** The routes last shown, or {@code null} (for tests). */
    public IntroductionsService.RoutesResponse routes() {
        return lastRoutes;
    }
}
