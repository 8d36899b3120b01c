package org.partnershipatlas.ui.history;

import java.time.Instant;
import java.util.HashMap;
import org.partnershipatlas.app.Routes;
import org.partnershipatlas.texts.ReaderWords;
import org.springframework.security.access.AccessDeniedException;
import org.partnershipatlas.history.HistoryService;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.texts.ChangeWords;
import org.partnershipatlas.ui.layout.NavigationEntry;
import org.partnershipatlas.ui.layout.MainLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.partnershipatlas.model.Ids;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.ui.components.LiveUpdates;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.ChangeQuery;
import org.partnershipatlas.store.EntityChange;
import org.partnershipatlas.store.RecordedChange;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.ConflictException;
import org.partnershipatlas.writes.ImportPreview;

/**
 * The history ({@code /history}): every recorded change newest first — who, when, what, why — filtered by person,
 * organisation, kind and day, each opening to its field-by-field diff; editors can undo a change (and, when later
 * changes touched the same entities, those too, after seeing them). {@code /history?entity=<id>} opens filtered.
 */
@NavigationEntry(path = Routes.HISTORY, text = "nav.history", icon = VaadinIcon.TIME_BACKWARD, order = 90)
@Route(value = Routes.HISTORY, layout = MainLayout.class)
@AnonymousAllowed
public class HistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final int PAGE = 100;

    private final HistoryService history;
    private final NetworkReads reads;
    private final Grid<RecordedChange> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final Select<ChangeKind> kind = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button more = new Button();
    private final List<RecordedChange> shown = new ArrayList<>();
    private String entity;

    public HistoryView(HistoryService history, NetworkReads reads, LiveUpdates live) {
        this.history = history;
        this.reads = reads;
        setId("history-view");
        setSizeFull();
        configureFilters();
        configureGrid();
        more.setText(getTranslation("history.more"));
        more.setId("history-more");
        more.addClickListener(e -> load(false));
        add(new H2(getTranslation("history.heading")), new Paragraph(getTranslation("history.intro")), filters(), grid, more);
        addAttachListener(e -> live.refreshOnChange(this, changed -> load(true)));
    }

    private HorizontalLayout filters() {
        var bar = new HorizontalLayout(actor, organisation, kind, from, to);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private void configureFilters() {
        actor.setId("history-actor");
        actor.setLabel(getTranslation("history.actor"));
        actor.setClearButtonVisible(true);
        actor.setMaxLength(200);
        actor.addValueChangeListener(e -> load(true));
        organisation.setId("history-organisation");
        organisation.setLabel(getTranslation("history.organisation"));
        organisation.setItemLabelGenerator(Organisation::name);
        organisation.setClearButtonVisible(true);
        organisation.setWidth("22em");
        organisation.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                entity = e.getValue() == null ? null : e.getValue().id();
                load(true);
            }
        });
        kind.setId("history-kind");
        kind.setLabel(getTranslation("history.kind"));
        kind.setItems(ChangeKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("history.any-kind"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("history.any-kind") : kindLabel(k));
        kind.addValueChangeListener(e -> load(true));
        from.setId("history-from");
        from.setLabel(getTranslation("history.from"));
        from.addValueChangeListener(e -> load(true));
        to.setId("history-to");
        to.setLabel(getTranslation("history.to"));
        to.addValueChangeListener(e -> load(true));
    }

    private String kindLabel(ChangeKind k) {
        return getTranslation("history.kind." + k.name().toLowerCase(Locale.ROOT));
    }

    private void configureGrid() {
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(c -> ReaderWords.dateTime(c.at(), getLocale())).setHeader(getTranslation("history.when")).setWidth("10em").setFlexGrow(0);
        grid.addColumn(RecordedChange::actor).setHeader(getTranslation("history.actor")).setWidth("12em").setFlexGrow(0);
        grid.addColumn(c -> kindLabel(c.kind())).setHeader(getTranslation("history.kind")).setWidth("8em").setFlexGrow(0);
        grid.addColumn(this::summary).setHeader(getTranslation("history.what")).setFlexGrow(2);
        grid.addColumn(c -> c.reason() == null ? "" : c.reason()).setHeader(getTranslation("history.why")).setFlexGrow(1);
        grid.addComponentColumn(this::undoButton).setHeader("").setWidth("8em").setFlexGrow(0).setKey("undo");
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(true);
        grid.setAllRowsVisible(true);
    }

    private Component undoButton(RecordedChange c) {
        var undo = new Button(getTranslation("history.undo"), e -> confirmUndo(c, false));
        undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        undo.setAriaLabel(getTranslation("history.undo") + ": " + summary(c));
        undo.setId("undo-" + c.id());
        undo.setVisible(Actor.current().has(Role.EDITOR) && c.kind() != ChangeKind.SEED && c.complete());
        return undo;
    }

    /** One change's entities, field by field: a table people can read, not raw JSON. */
    private Component details(RecordedChange c) {
        var box = new Div();
        box.addClassName("history-details");
        if (!c.complete()) {
            box.add(new Paragraph(getTranslation("history.incomplete", c.details().getOrDefault("entitiesTouched", "?"))));
            return box;
        }
        var table = new NativeTable();
        table.addClassName("history-diff");
        var head = table.getHead().addRow();
        for (String h : List.of("history.entity", "history.field", "history.before", "history.after")) {
            head.addHeaderCell().setText(getTranslation(h));
        }
        Function<String, String> names = names(c);
        for (EntityChange e : c.entities().stream().limit(200).toList()) {
            String label = ChangeWords.entity(e.type().token(), e.id(), e.before(), e.after(), names, this::getTranslation);
            if (e.before() == null || e.after() == null) {
                row(table, label, "", e.before() == null ? getTranslation("history.absent") : getTranslation("history.present"),
                        e.after() == null ? getTranslation("history.absent") : getTranslation("history.present"));
                continue;
            }
            for (Map.Entry<String, ImportPreview.FieldChange> f : ImportPreview.fields(e.before(), e.after()).entrySet()) {
                row(table, label, ChangeWords.field(f.getKey(), this::getTranslation),
                        ChangeWords.value(f.getKey(), f.getValue().from(), names, this::getTranslation, getLocale()),
                        ChangeWords.value(f.getKey(), f.getValue().to(), names, this::getTranslation, getLocale()));
            }
        }
        box.add(table);
        if (c.entities().size() > 200) {
            box.add(new Paragraph(getTranslation("history.more-entities", c.entities().size() - 200)));
        }
        return box;
    }

    private static void row(NativeTable table, String... cells) {
        var row = table.getBody().addRow();
        for (String cell : cells) {
            row.addDataCell().setText(cell);
        }
    }

    /** A change's summary in the reader's words. */
    private String summary(RecordedChange c) {
        return ChangeWords.summary(c.summary(), this::getTranslation, getLocale());
    }

    /**
     * Organisations by name: as the change recorded them, else as the network holds them now; an organisation known
     * to neither (deleted long ago) by its id, the only name left.
     */
    private Function<String, String> names(RecordedChange c) {
        var recorded = new HashMap<String, String>();
        for (EntityChange e : c.entities()) {
            JsonNode state = e.after() != null ? e.after() : e.before();
            if ("organisation".equals(e.type().token()) && state != null && state.hasNonNull("name")) {
                recorded.put(e.id(), state.path("name").asText());
            }
        }
        NetworkSnapshot network = reads.current().snapshot();
        return id -> recorded.getOrDefault(id, network.organisation(id).map(Organisation::name).orElse(id));
    }

    private void confirmUndo(RecordedChange c, boolean alsoLater) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("history.undo-title"));
        var reason = new TextField(getTranslation("history.reason"));
        reason.setId("undo-reason");
        reason.setWidthFull();
        reason.setMaxLength(Change.MAX_REASON_LENGTH);
        dialog.add(new Paragraph(summary(c)), reason);
        var go = new Button(getTranslation("history.undo"), e -> {
            try {
                history.undo(c.id(), alsoLater, Change.by(Actor.current(), "history view").withReason(reason.getValue()));
                dialog.close();
                Notification.show(getTranslation("history.undone", summary(c)), 4000, Notification.Position.BOTTOM_START);
                load(true);
            } catch (ConflictException ex) {
                dialog.close();
                if ("later-changes".equals(ex.code())) {
                    showLater(c, ex);
                } else {
                    error(ex.getMessage());
                }
            } catch (AccessDeniedException ex) {
                dialog.close();
                error(ex.getMessage());
            }
        });
        go.setId("undo-confirm");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("history.cancel"), e -> dialog.close()), go);
        dialog.open();
    }

    /** Later changes touched the same entities: show them, and offer to undo them too. */
    private void showLater(RecordedChange c, ConflictException ex) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("history.later-title"));
        dialog.add(new Paragraph(getTranslation("history.later-intro", summary(c))));
        @SuppressWarnings("unchecked")
        var later = (List<Map<String, Object>>) ex.details().get("later");
        var list = new Div();
        list.setId("later-changes");
        for (Map<String, Object> l : later == null ? List.<Map<String, Object>>of() : later) {
            Object at = l.get("at");
            String when = at == null ? "" : ReaderWords.dateTime(Instant.parse(
                    String.valueOf(at)), getLocale()) + " · ";
            list.add(new Paragraph(when + l.get("actor") + " · " + ChangeWords.summary(String.valueOf(l.get("summary")),
                    this::getTranslation, getLocale())));
        }
        dialog.add(list);
        var all = new Button(getTranslation("history.undo-all"), e -> {
            dialog.close();
            confirmUndo(c, true);
        });
        all.setId("undo-all");
        all.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("history.cancel"), e -> dialog.close()), all);
        dialog.open();
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        List<String> wanted = query.getOrDefault("entity", List.of());
        entity = wanted.isEmpty() || !Ids.isValidId(wanted.get(0)) ? null : wanted.get(0);
        NetworkSnapshot network = reads.current().snapshot();
        organisation.setItems(network.organisations().stream().sorted(Comparator.comparing(Organisation::name)).toList());
        organisation.setValue(entity == null ? null : network.organisation(entity).orElse(null));
        load(true);
    }

    /** Loads the first page ({@code fresh}) or the next one. */
    private void load(boolean fresh) {
        if (fresh) {
            shown.clear();
        }
        Long before = fresh || shown.isEmpty() ? null : shown.get(shown.size() - 1).id();
        var query = new ChangeQuery(PAGE, entity, actor.isEmpty() ? null : actor.getValue().strip(), kind.getValue(),
                from.getValue() == null ? null : start(from.getValue()), to.getValue() == null ? null : start(to.getValue().plusDays(1)),
                before);
        List<RecordedChange> page = history.changes(query);
        shown.addAll(page);
        grid.setItems(List.copyOf(shown));
        more.setVisible(page.size() == PAGE);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.heading") + " · " + getTranslation("app.title");
    }
}
