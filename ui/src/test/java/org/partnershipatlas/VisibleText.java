package org.partnershipatlas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonString;
import elemental.json.JsonValue;

/**
 * Every word a reader of the current mocked UI would see or hear, each with where it is: text, labels, helper and
 * error texts, titles and accessible names, grid headers and cells, the choices of selects and combo boxes, open
 * dialogs and notifications, and the words Vaadin's components say themselves unless the application gives them its
 * own (a date picker's "Today", a password field's "Show password", a drawer toggle's "Toggle navigation panel", a
 * grid sorter's "Sort by …").
 */
public final class VisibleText {
    /** One piece of text and the component path where it was found. */
    public record Piece(String where, String text) {
        @Override
        public String toString() {
            return where + ": \"" + text + "\"";
        }
    }

    private static final Set<String> ATTRIBUTES = Set.of("title", "aria-label", "alt", "placeholder", "label",
            "aria-description");
    private static final Set<String> PROPERTIES = Set.of("label", "placeholder", "helperText", "errorMessage", "title",
            "headerTitle", "text", "ariaLabel", "accessibleName", "i18n", "summary", "header");
    private static final int MAX_ROWS = 250;
    private static final int MAX_ITEMS = 400;

    private final List<Piece> pieces = new ArrayList<>();
    private final String sortBy;

    private VisibleText(String sortBy) {
        this.sortBy = sortBy;
    }

    /** Everything in the current UI, with its open dialogs and notifications. */
    public static List<Piece> of(UI ui) {
        // The words of a grid sorter's accessible name come from the page (atlas-words.js); English without them.
        String sortBy = ui.getElement().getAttribute("data-sort-by");
        var collector = new VisibleText(sortBy == null ? "Sort by" : sortBy);
        collector.element(ui.getElement(), "UI");
        for (var n : NotificationsKt.getNotifications()) {
            collector.element(n.getElement(), "Notification");
        }
        return collector.pieces;
    }

    private void add(String where, String text) {
        if (text != null && !text.isBlank()) {
            pieces.add(new Piece(where, text.strip()));
        }
    }

    private void element(Element e, String path) {
        if (e.isTextNode()) {
            add(path, e.getText());
            return;
        }
        if (!e.isVisible()) {
            return;
        }
        String id = e.getAttribute("id");
        String here = path + "/" + e.getTag() + (id == null ? "" : "#" + id);
        for (String a : e.getAttributeNames().toList()) {
            if (ATTRIBUTES.contains(a)) {
                add(here + "@" + a, e.getAttribute(a));
            }
        }
        for (String p : e.getPropertyNames().toList()) {
            if (PROPERTIES.contains(p)) {
                json(here + "." + p, e.getPropertyRaw(p));
            }
        }
        Optional<Component> component = e.getComponent();
        component.ifPresent(c -> component(c, here));
        for (int i = 0; i < e.getChildCount(); i++) {
            element(e.getChild(i), here);
        }
        StateNode node = e.getNode();
        if (node.hasFeature(VirtualChildrenList.class)) {
            node.getFeature(VirtualChildrenList.class).forEachChild(child -> element(Element.get(child), here + "~"));
        }
    }

    private void json(String where, Object value) {
        if (value instanceof String s) {
            add(where, s);
        } else if (value instanceof JsonString s) {
            add(where, s.asString());
        } else if (value instanceof JsonObject o) {
            for (String k : o.keys()) {
                json(where + "." + k, o.get(k));
            }
        } else if (value instanceof JsonArray a) {
            for (int i = 0; i < a.length(); i++) {
                json(where + "[" + i + "]", a.get(i));
            }
        } else if (value instanceof JsonValue v && v.getType() == elemental.json.JsonType.STRING) {
            add(where, v.asString());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void component(Component c, String where) {
        if (c instanceof Grid<?> grid) {
            grid(grid, where);
        } else if (c instanceof org.partnershipatlas.ui.charts.Chart chart && chart.getOption() != null) {
            chart(chart.getOption(), where + " (chart)", null);
        } else if (c instanceof ComboBox<?> box) {
            items(where, box.getGenericDataView().getItems().limit(MAX_ITEMS).toList(),
                    (ItemLabelGenerator) box.getItemLabelGenerator());
        } else if (c instanceof MultiSelectComboBox<?> box) {
            items(where, box.getGenericDataView().getItems().limit(MAX_ITEMS).toList(),
                    (ItemLabelGenerator) box.getItemLabelGenerator());
            if (box.getI18n() == null) {
                add(where + " (screen reader)", "Selection cleared; added to selection; removed from selection");
            }
        } else if (c instanceof Select<?> select) {
            items(where, select.getGenericDataView().getItems().limit(MAX_ITEMS).toList(),
                    (ItemLabelGenerator) select.getItemLabelGenerator());
        } else if (c instanceof RadioButtonGroup<?> group) {
            items(where, group.getGenericDataView().getItems().limit(MAX_ITEMS).toList(),
                    (ItemLabelGenerator) group.getItemLabelGenerator());
        } else if (c instanceof CheckboxGroup<?> group) {
            items(where, group.getGenericDataView().getItems().limit(MAX_ITEMS).toList(),
                    (ItemLabelGenerator) group.getItemLabelGenerator());
        } else if (c instanceof DatePicker picker) {
            if (picker.getI18n() == null) {
                add(where + " (date picker's own words)", "Today Cancel January February March");
            }
            var locale = picker.getLocale();
            if (locale != null && locale.getLanguage().equals("en") && !"GB".equals(locale.getCountry())
                    && (picker.getI18n() == null || picker.getI18n().getDateFormats() == null)) {
                add(where + " (date picker's format for " + locale + ")", "1/16/2027");
            }
        } else if (c instanceof PasswordField field) {
            // the reveal button's name is the web component's i18n.reveal (PasswordFieldI18n has none)
            if (!(field.getElement().getPropertyRaw("i18n") instanceof JsonObject i18n) || !i18n.hasKey("reveal")) {
                add(where + " (reveal button)", "Show password");
            }
        } else if (c instanceof Upload upload) {
            if (upload.getI18n() == null) {
                add(where + " (upload's own words)", "Upload Files... Drop files here");
            }
        } else if (c instanceof com.vaadin.flow.component.applayout.AppLayout layout) {
            if (layout.getI18n() == null) {
                add(where + " (drawer)", "Drawer");
            }
        } else if (c instanceof DrawerToggle toggle) {
            if (toggle.getElement().getAttribute("aria-label") == null) {
                add(where + " (drawer toggle)", "Toggle navigation panel");
            }
        }
    }

    /** A chart's words: series and item names, axis categories, titles (what ECharts draws and its tooltips say). */
    private void chart(com.fasterxml.jackson.databind.JsonNode node, String where, String key) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> chart(f.getValue(), where, f.getKey()));
        } else if (node.isArray()) {
            node.forEach(item -> chart(item, where, key));
        } else if (node.isTextual() && key != null && Set.of("name", "text", "subtext", "data").contains(key)) {
            add(where + "." + key, node.asText());
        }
    }

    private <T> void items(String where, Collection<T> items, ItemLabelGenerator<T> labels) {
        for (T item : items) {
            add(where + " (choice)", labels == null ? String.valueOf(item) : labels.apply(item));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> void grid(Grid<T> grid, String where) {
        for (Grid.Column<T> column : grid.getColumns()) {
            if (!column.isVisible()) {
                continue;
            }
            String header = column.getHeaderText();
            add(where + " (header)", header);
            if (column.getHeaderComponent() != null) {
                element(column.getHeaderComponent().getElement(), where + " (header)");
            }
            if (column.isSortable() && header != null && !header.isBlank()) {
                add(where + " (sorter)", sortBy + " " + header);
            }
        }
        int rows = Math.min(GridKt._size(grid), MAX_ROWS);
        for (int r = 0; r < rows; r++) {
            T item = GridKt._get(grid, r);
            for (Grid.Column<T> column : grid.getColumns()) {
                if (!column.isVisible()) {
                    continue;
                }
                if (column.getRenderer() instanceof ComponentRenderer renderer) {
                    Component cell = (Component) renderer.createComponent(item);
                    if (cell != null) {
                        element(cell.getElement(), where + "[" + r + "]");
                    }
                } else {
                    add(where + "[" + r + "]", GridKt._getFormatted(column, item));
                }
            }
        }
    }
}
