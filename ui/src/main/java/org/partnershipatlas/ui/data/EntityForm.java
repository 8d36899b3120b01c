package org.partnershipatlas.ui.data;

import com.vaadin.flow.component.textfield.TextField;
import org.partnershipatlas.texts.ErrorWords;
import org.partnershipatlas.writes.Change;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;

import org.partnershipatlas.model.validation.ValidationError;

/**
 * What the organisation and link forms share (the flow-crm tutorial's form-as-component): a title, save / delete /
 * cancel buttons that fire typed events the view handles, and errors from the door shown at their fields — the same
 * rules and messages as an import.
 */
abstract class EntityForm extends FormLayout {
    protected final Button save = new Button();
    protected final Button delete = new Button();
    protected final Button close = new Button();
    protected final H3 title = new H3();
    protected final Paragraph formError = new Paragraph();
    /** Why the edit is made: kept with the change and shown in the history ("Why"). */
    protected final TextField reason = new TextField();
    /** Each field the door may name, by its JSON field name. */
    protected final Map<String, HasValidation> fields = new LinkedHashMap<>();

    protected EntityForm(String idPrefix) {
        setId(idPrefix + "-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        save.setText(getTranslation("data.save"));
        save.setId(idPrefix + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).setEventPropagationAllowed(false);
        save.addClickListener(e -> fireEvent(new SaveEvent(this)));
        delete.setText(getTranslation("data.delete"));
        delete.setId(idPrefix + "-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> fireEvent(new DeleteEvent(this)));
        close.setText(getTranslation("data.cancel"));
        close.setId(idPrefix + "-cancel");
        close.addClickShortcut(Key.ESCAPE);
        close.addClickListener(e -> fireEvent(new CloseEvent(this)));
        formError.addClassName("form-error");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        formError.setId(idPrefix + "-error");
        reason.setLabel(getTranslation("history.reason"));
        reason.setHelperText(getTranslation("data.reason-help"));
        reason.setId(idPrefix + "-reason");
        reason.setMaxLength(Change.MAX_REASON_LENGTH);
        reason.setWidthFull();
    }

    /** The reason given for this edit, or {@code null}. */
    String reason() {
        return reason.isEmpty() ? null : reason.getValue().strip();
    }

    protected HorizontalLayout buttons() {
        return new HorizontalLayout(save, delete, close);
    }

    /** Clears earlier errors (and, for a new edit, the reason given for the last one: see the forms' edit). */
    void clearErrors() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        formError.setText("");
    }

    /** Shows each error at its field; errors without a field (or of a field not on the form) above the buttons. */
    void showErrors(List<ValidationError> errors) {
        clearErrors();
        var other = new StringBuilder();
        for (ValidationError error : errors) {
            HasValidation field = error.field() == null ? null : fields.get(error.field());
            if (field != null && !field.isInvalid()) {
                field.setInvalid(true);
                field.setErrorMessage(ErrorWords.message(error, this::getTranslation, getLocale()));
            } else {
                other.append(other.isEmpty() ? "" : " · ").append(ErrorWords.line(error, this::getTranslation, getLocale()));
            }
        }
        formError.setText(other.toString());
    }

    void showError(String message) {
        clearErrors();
        formError.setText(message);
    }

    static final class SaveEvent extends ComponentEvent<EntityForm> {
        SaveEvent(EntityForm source) {
            super(source, false);
        }
    }

    static final class DeleteEvent extends ComponentEvent<EntityForm> {
        DeleteEvent(EntityForm source) {
            super(source, false);
        }
    }

    static final class CloseEvent extends ComponentEvent<EntityForm> {
        CloseEvent(EntityForm source) {
            super(source, false);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
