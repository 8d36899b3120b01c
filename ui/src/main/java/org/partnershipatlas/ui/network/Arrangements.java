package org.partnershipatlas.ui.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.partnershipatlas.analysis.ScopeParameters;
import org.partnershipatlas.analytics.layout.NetworkLayout;
import org.partnershipatlas.app.BadRequestException;
import org.partnershipatlas.layouts.LayoutsService;
import org.partnershipatlas.network.ExplorerState;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.store.SavedLayout;

/**
 * The drawer's "Arrangement" section: how many organisations are pinned (dragged in the picture), releasing them,
 * the saved arrangements to show, and for editors saving the picture's pins under a name and deleting one. It
 * pins and releases in the {@link NetworkGraph} itself and tells the view which saved arrangement shows
 * ({@code null}: none) and its base layout, so the address can hold {@code layout=saved:<name>}.
 */
class Arrangements extends Div {
    private final LayoutsService layouts;
    private final NetworkGraph graph;
    private final BiConsumer<String, NetworkLayout.Kind> shown;
    private final Select<String> saved = new Select<>();
    private final Span pinned = new Span();
    private final Button releaseAll = new Button();
    private final TextField name = new TextField();
    private final Button save = new Button();
    private final Button delete = new Button();
    private String showing;
    private boolean updating;
    private NetworkLayout.Kind currentBase = ExplorerState.DEFAULT.layout();

    /** @param shown told the saved arrangement now showing ({@code null}: none, the layout kept) and its base */
    Arrangements(LayoutsService layouts, NetworkGraph graph, BiConsumer<String, NetworkLayout.Kind> shown) {
        this.layouts = layouts;
        this.graph = graph;
        this.shown = shown;
        setId("arrangements");
        var heading = new H4(getTranslation("arrangement.heading"));
        var hint = new Paragraph(getTranslation("arrangement.hint"));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        pinned.setId("arrangement-pinned");
        pinned.getElement().setAttribute("aria-live", "polite");
        releaseAll.setText(getTranslation("arrangement.release-all"));
        releaseAll.setId("arrangement-release-all");
        releaseAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        releaseAll.addClickListener(e -> {
            graph.setPins(Map.of());
            left();
        });
        saved.setId("arrangement-saved");
        saved.setLabel(getTranslation("arrangement.saved"));
        saved.setEmptySelectionAllowed(true);
        saved.setEmptySelectionCaption(getTranslation("arrangement.none"));
        saved.setItemLabelGenerator(n -> n == null ? getTranslation("arrangement.none") : n);
        saved.setWidthFull();
        saved.addValueChangeListener(e -> {
            if (!updating && e.isFromClient()) {
                show(e.getValue());
            }
        });
        add(heading, hint, pinned, releaseAll, saved);
        if (LayoutsService.mayEdit(Actor.current())) {
            name.setId("arrangement-name");
            name.setLabel(getTranslation("arrangement.name"));
            name.setMaxLength(SavedLayout.MAX_NAME);
            name.setWidthFull();
            save.setText(getTranslation("arrangement.save"));
            save.setId("arrangement-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            save.addClickListener(e -> save());
            delete.setText(getTranslation("arrangement.delete"));
            delete.setId("arrangement-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            delete.addClickListener(e -> delete());
            add(name, save, delete);
        }
        graph.addNodeMovedListener(e -> left());
        graph.addNodeReleasedListener(e -> {
            graph.release(e.getId());
            left();
        });
        refreshList();
    }

    /**
     * The state the address asked for, with its saved arrangement's pins put on the picture: the same state over
     * the arrangement's base layout, or without it (and a warning) when no arrangement has that name.
     */
    ExplorerState restore(ExplorerState state) {
        if (state.savedLayout() == null) {
            if (showing != null) {
                graph.setPins(Map.of());
            }
            showing = null;
            refreshList();
            return state;
        }
        Optional<SavedLayout> layout = layouts.layout(state.savedLayout());
        if (layout.isEmpty()) {
            warn(getTranslation("arrangement.unknown", state.savedLayout()), NotificationVariant.LUMO_WARNING);
            graph.setPins(Map.of());
            showing = null;
            refreshList();
            return state.withSavedLayout(null, ExplorerState.DEFAULT.layout());
        }
        apply(layout.get());
        return state.withSavedLayout(layout.get().name(), base(layout.get()));
    }

    /** Releases every pin (another layout was chosen: positions of one layout mean nothing in another). */
    void releaseAll() {
        graph.setPins(Map.of());
        showing = null;
        refreshList();
    }

    /** Releases one organisation (the detail panel's button). */
    void release(String id) {
        graph.release(id);
        left();
    }

    boolean isPinned(String id) {
        return graph.pins().containsKey(id);
    }

    private void show(String chosen) {
        if (chosen == null) {
            graph.setPins(Map.of());
            showing = null;
            refreshList();
            shown.accept(null, null);
            return;
        }
        layouts.layout(chosen).ifPresentOrElse(layout -> {
            apply(layout);
            shown.accept(layout.name(), base(layout));
        }, () -> {
            warn(getTranslation("arrangement.unknown", chosen), NotificationVariant.LUMO_WARNING);
            refreshList();
        });
    }

    private void apply(SavedLayout layout) {
        var pins = new LinkedHashMap<String, double[]>();
        layout.positions().forEach(p -> pins.put(p.id(), new double[]{p.x(), p.y()}));
        graph.setPins(pins);
        showing = layout.name();
        name.setValue(layout.name());
        refreshList();
    }

    /** The picture no longer is the saved arrangement it showed (a pin moved or let go). */
    private void left() {
        if (showing != null) {
            showing = null;
            shown.accept(null, null);
        }
        refreshList();
    }

    private void save() {
        var placed = graph.pins().entrySet().stream()
                .map(e -> new LayoutsService.Placed(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        NetworkLayout.Kind base = currentBase;
        try {
            var result = layouts.save(Actor.current(), name.getValue(), ScopeParameters.token(base), placed);
            showing = result.layout().name();
            name.setInvalid(false);
            refreshList();
            shown.accept(showing, base);
            warn(getTranslation("arrangement.saved-note", showing), NotificationVariant.LUMO_SUCCESS);
        } catch (BadRequestException e) {
            boolean badName = "name".equals(e.parameter());
            name.setInvalid(badName);
            name.setErrorMessage(badName ? getTranslation("arrangement.bad-name") : null);
            warn(getTranslation(badName ? "arrangement.bad-name" : "arrangement.refused"), NotificationVariant.LUMO_ERROR);
        }
    }

    private void delete() {
        String chosen = saved.getValue();
        if (chosen == null) {
            return;
        }
        layouts.delete(Actor.current(), chosen);
        warn(getTranslation("arrangement.deleted", chosen), NotificationVariant.LUMO_CONTRAST);
        if (chosen.equals(showing)) {
            showing = null;
            shown.accept(null, null);
        }
        refreshList();
    }

    /** The layout the picture shows now (what a saved arrangement starts from). */
    void setBase(NetworkLayout.Kind base) {
        currentBase = base;
    }

    private void refreshList() {
        updating = true;
        try {
            List<String> names = layouts.layouts().stream().map(SavedLayout::name).toList();
            saved.setItems(names);
            saved.setValue(showing != null && names.contains(showing) ? showing : null);
        } finally {
            updating = false;
        }
        int count = graph.pins().size();
        pinned.setText(getTranslation("arrangement.pinned", count));
        releaseAll.setEnabled(count > 0);
        delete.setEnabled(saved.getValue() != null);
    }

    private static NetworkLayout.Kind base(SavedLayout layout) {
        for (NetworkLayout.Kind kind : NetworkLayout.Kind.values()) {
            if (ScopeParameters.token(kind).equals(layout.base())) {
                return kind;
            }
        }
        return ExplorerState.DEFAULT.layout();
    }

    private static void warn(String message, NotificationVariant variant) {
        var n = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
    }
}
