package org.partnershipatlas.ui.components;

import java.util.LinkedHashSet;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;

/** Lets a multi-select of free text (themes, funders) take a value typed in and Enter pressed, and choose it. */
public final class CustomValues {
    private CustomValues() {
    }

    public static void allow(MultiSelectComboBox<String> box) {
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> add(box, e.getDetail()));
    }

    /** Adds {@code text} (stripped; ignored when blank) to the items and to the chosen values. */
    public static void add(MultiSelectComboBox<String> box, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return;
        }
        var items = new LinkedHashSet<>(box.getListDataView().getItems().toList());
        items.add(value);
        box.setItems(items);
        var chosen = new LinkedHashSet<>(box.getValue());
        chosen.add(value);
        box.setValue(chosen);
    }
}
