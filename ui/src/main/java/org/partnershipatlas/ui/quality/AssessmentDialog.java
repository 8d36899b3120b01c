package org.partnershipatlas.ui.quality;

import org.partnershipatlas.texts.ErrorWords;
import org.partnershipatlas.ui.components.ComponentWords;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Challenge;
import org.partnershipatlas.model.ChallengeLevel;
import org.partnershipatlas.model.CharterFoundation;
import org.partnershipatlas.model.Evaluation;
import org.partnershipatlas.model.Factor;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * "Assess this partnership": the {@linkplain AssessmentFields assessment's fields} in a dialog, saved through the one
 * door as a dated assessment added to the link (history and undo).
 */
public class AssessmentDialog extends Dialog {
    private final AssessmentFields fields;
    private final Paragraph error = new Paragraph();

    public AssessmentDialog(String linkId, String linkName, NetworkWrites writes, Runnable saved) {
        setId("assessment-dialog");
        setHeaderTitle(getTranslation("assess.heading", linkName));
        setWidth("56em");
        fields = new AssessmentFields("", Actor.current().name());
        error.setId("assess-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(fields, error);

        var save = new Button(getTranslation("data.save"), e -> {
            try {
                var assessment = JsonSnapshotFormat.assessment(json(), "assessment");
                writes.addAssessment(linkId, assessment, Change.by(Actor.current(), "assessment form"));
                close();
                saved.run();
            } catch (ValidationException ex) {
                showErrors(ex.errors());
            } catch (RuntimeException ex) {
                error.setText(ex.getMessage());
            }
        });
        save.setId("assess-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("data.cancel"), e -> close()), save);
        ComponentWords.apply(this);
    }

    /** The form as an assessment of the snapshot format: not-assessed scores are simply left out. */
    ObjectNode json() {
        return fields.json();
    }

    private void showErrors(List<ValidationError> errors) {
        fields.clearErrors();
        var text = new StringBuilder();
        for (ValidationError e : errors) {
            if (!fields.show(e)) {
                text.append(text.isEmpty() ? "" : " · ").append(ErrorWords.line(e, this::getTranslation, getLocale()));
            }
        }
        error.setText(text.toString());
    }
}
