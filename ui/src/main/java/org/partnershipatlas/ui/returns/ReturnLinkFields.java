package org.partnershipatlas.ui.returns;

import org.partnershipatlas.model.Ids;
import org.partnershipatlas.texts.ErrorWords;
import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.ui.components.CustomValues;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.validation.ValidationError;

/**
 * A link's facts in the return form: kind, years, status, learning, themes and activities, labelled for a screen
 * reader and marked at the field an error names ({@code correct[0].since}).
 */
class ReturnLinkFields extends FormLayout {
    final Select<LinkKind> kind = new Select<>();
    final IntegerField since = new IntegerField();
    final IntegerField until = new IntegerField();
    final Select<LinkStatus> status = new Select<>();
    final Select<Learning> learning = new Select<>();
    final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    final CheckboxGroup<Activity> activities = new CheckboxGroup<>();
    private final Map<String, HasValidation> byField;

    ReturnLinkFields(String idPrefix, Collection<String> knownThemes) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("28em", 2));
        kind.setLabel(getTranslation("data.field.kind"));
        kind.setItems(LinkKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + token(k)));
        kind.setId(idPrefix + "kind");
        since.setLabel(getTranslation("data.field.since"));
        since.setId(idPrefix + "since");
        // the years the register accepts (Ids): a year after next is refused, and said so at the field
        since.setMin(Ids.FIRST_YEAR);
        since.setMax(Ids.lastYear());
        until.setLabel(getTranslation("data.field.until"));
        until.setId(idPrefix + "until");
        until.setMin(Ids.FIRST_YEAR);
        until.setMax(Ids.lastYear());
        status.setLabel(getTranslation("data.field.status"));
        status.setItems(LinkStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + token(s)));
        status.setId(idPrefix + "status");
        learning.setLabel(getTranslation("data.field.learning"));
        learning.setItems(Learning.values());
        learning.setItemLabelGenerator(l -> getTranslation("learning." + token(l)));
        learning.setId(idPrefix + "learning");
        themes.setLabel(getTranslation("data.field.themes"));
        themes.setHelperText(getTranslation("respond.themes-help"));
        themes.setItems(new LinkedHashSet<>(knownThemes));
        themes.setItemLabelGenerator(t -> ReaderWords.theme(t, getLocale()));
        CustomValues.allow(themes);
        themes.setId(idPrefix + "themes");
        activities.setLabel(getTranslation("data.field.activities"));
        activities.setItems(Activity.values());
        activities.setItemLabelGenerator(a -> getTranslation("activity." + token(a)));
        activities.setId(idPrefix + "activities");
        add(kind, status, since, until, learning);
        add(themes, 2);
        add(activities, 2);
        byField = Map.of("kind", kind, "since", since, "until", until, "status", status, "learning", learning,
                "themes", themes, "activities", activities);
    }

    static String token(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Fills the fields from a link (or a draft's entry) as JSON. */
    void fill(JsonNode link) {
        kind.setValue(enumOr(LinkKind.class, link.path("kind").asText(null)));
        since.setValue(link.path("since").canConvertToInt() ? link.get("since").asInt() : null);
        until.setValue(link.path("until").canConvertToInt() ? link.get("until").asInt() : null);
        status.setValue(enumOr(LinkStatus.class, link.path("status").asText(null)));
        learning.setValue(enumOr(Learning.class, link.path("learning").asText(null)));
        var chosen = new LinkedHashSet<String>();
        link.path("themes").forEach(t -> chosen.add(t.asText()));
        var items = new LinkedHashSet<>(themes.getListDataView().getItems().toList());
        items.addAll(chosen);
        themes.setItems(items);
        themes.setValue(chosen);
        var acts = new LinkedHashSet<Activity>();
        link.path("activities").forEach(a -> {
            Activity x = enumOr(Activity.class, a.asText(null));
            if (x != null) {
                acts.add(x);
            }
        });
        activities.setValue(acts);
    }

    /** Writes the fields into a return entry (empty fields are left out, or null where they clear a value). */
    void put(ObjectNode n) {
        if (kind.getValue() != null) {
            n.put("kind", kind.getValue().name());
        }
        n.put("since", since.getValue());
        n.put("until", until.getValue());
        if (status.getValue() != null) {
            n.put("status", status.getValue().name());
        }
        if (learning.getValue() != null) {
            n.put("learning", learning.getValue().name());
        }
        var t = n.putArray("themes");
        themes.getValue().forEach(t::add);
        var a = n.putArray("activities");
        activities.getValue().stream().sorted().forEach(x -> a.add(x.name()));
    }

    /** @return whether a field took the error ({@code field} is what follows the entry's location) */
    boolean show(String field, ValidationError e) {
        String head = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
        HasValidation target = byField.get(head);
        if (target == null) {
            return false;
        }
        target.setInvalid(true);
        target.setErrorMessage(ErrorWords.message(e, this::getTranslation, getLocale()));
        return true;
    }

    void clearErrors() {
        byField.values().forEach(f -> f.setInvalid(false));
    }

    static <E extends Enum<E>> E enumOr(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
