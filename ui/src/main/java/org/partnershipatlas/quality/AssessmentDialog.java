package org.partnershipatlas.quality;

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
 * "Assess this partnership": the Charter's four foundations, the paper's eight success factors (each with its
 * one-line meaning as help text) and five challenges, and the evidence the paper asks for. "Not assessed" is its own
 * choice, never 0. Saved through the one door as a dated assessment added to the link (history and undo).
 */
public class AssessmentDialog extends Dialog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<CharterFoundation, Select<Integer>> charter = new EnumMap<>(CharterFoundation.class);
    private final Map<Factor, Select<Integer>> factors = new EnumMap<>(Factor.class);
    private final Map<Challenge, Select<ChallengeLevel>> challenges = new EnumMap<>(Challenge.class);
    private final DatePicker date = new DatePicker();
    private final TextField assessedBy = new TextField();
    private final Select<Evaluation> evaluation = new Select<>();
    private final TextField evaluationUrl = new TextField();
    private final Select<Boolean> community = new Select<>();
    private final TextArea benefitsToWales = new TextArea();
    private final TextArea benefitsToPartner = new TextArea();
    private final MultiSelectComboBox<String> funders = new MultiSelectComboBox<>();
    private final IntegerField fundedUntil = new IntegerField();
    private final Select<Boolean> exitStrategy = new Select<>();
    private final Paragraph error = new Paragraph();

    public AssessmentDialog(String linkId, String linkName, NetworkWrites writes, Runnable saved) {
        setId("assessment-dialog");
        setHeaderTitle(getTranslation("assess.heading", linkName));
        setWidth("56em");
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        date.setLabel(getTranslation("assess.date"));
        date.setId("assess-date");
        date.setValue(LocalDate.now(ZoneOffset.UTC));
        date.setMax(LocalDate.now(ZoneOffset.UTC));
        assessedBy.setLabel(getTranslation("assess.assessed-by"));
        assessedBy.setId("assess-by");
        assessedBy.setValue(Actor.current().name());
        form.add(date, assessedBy);

        form.add(section("assess.charter"), 2);
        for (CharterFoundation f : CharterFoundation.values()) {
            var s = score("foundation." + f.key());
            s.setId("charter-" + f.key());
            charter.put(f, s);
            form.add(s);
        }
        form.add(section("assess.factors"), 2);
        for (Factor f : Factor.values()) {
            var s = score("factor." + f.key());
            s.setId("factor-" + f.key());
            factors.put(f, s);
            form.add(s);
        }
        form.add(section("assess.challenges"), 2);
        for (Challenge c : Challenge.values()) {
            var s = new Select<ChallengeLevel>();
            s.setLabel(getTranslation("challenge." + c.key()));
            s.setHelperText(getTranslation("challenge." + c.key() + ".help"));
            s.setItems(ChallengeLevel.values());
            s.setEmptySelectionAllowed(true);
            s.setEmptySelectionCaption(getTranslation("assess.not-assessed"));
            s.setItemLabelGenerator(l -> l == null ? getTranslation("assess.not-assessed")
                    : getTranslation("level." + l.name().toLowerCase(Locale.ROOT)));
            s.setId("challenge-" + c.key());
            challenges.put(c, s);
            form.add(s);
        }
        form.add(section("assess.evidence"), 2);
        evaluation.setLabel(getTranslation("assess.evaluation"));
        evaluation.setItems(Evaluation.values());
        evaluation.setEmptySelectionAllowed(true);
        evaluation.setEmptySelectionCaption(getTranslation("assess.unknown"));
        evaluation.setItemLabelGenerator(e -> e == null ? getTranslation("assess.unknown")
                : getTranslation("evaluation." + e.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        evaluation.setId("assess-evaluation");
        evaluationUrl.setLabel(getTranslation("assess.evaluation-url"));
        community.setLabel(getTranslation("assess.community-involvement"));
        yesNo(community);
        exitStrategy.setLabel(getTranslation("assess.exit-strategy"));
        exitStrategy.setId("assess-exit-strategy");
        yesNo(exitStrategy);
        funders.setLabel(getTranslation("assess.funders"));
        funders.setAllowCustomValue(true);
        funders.setId("assess-funders");
        funders.addCustomValueSetListener(e -> {
            var items = new LinkedHashSet<>(funders.getListDataView().getItems().toList());
            items.add(e.getDetail().strip());
            funders.setItems(items);
            var chosen = new LinkedHashSet<>(funders.getValue());
            chosen.add(e.getDetail().strip());
            funders.setValue(chosen);
        });
        fundedUntil.setLabel(getTranslation("assess.funded-until"));
        fundedUntil.setId("assess-funded-until");
        benefitsToWales.setLabel(getTranslation("assess.benefits-to-wales"));
        benefitsToPartner.setLabel(getTranslation("assess.benefits-to-partner"));
        form.add(evaluation, evaluationUrl, community, exitStrategy, funders, fundedUntil);
        form.add(benefitsToWales, 2);
        form.add(benefitsToPartner, 2);
        error.setId("assess-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(form, error);

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
    }

    private H4 section(String key) {
        return new H4(getTranslation(key));
    }

    private Select<Integer> score(String key) {
        var s = new Select<Integer>();
        s.setLabel(getTranslation(key));
        s.setHelperText(getTranslation(key + ".help"));
        s.setItems(0, 1, 2, 3);
        s.setEmptySelectionAllowed(true);
        s.setEmptySelectionCaption(getTranslation("assess.not-assessed"));
        s.setItemLabelGenerator(v -> v == null ? getTranslation("assess.not-assessed") : String.valueOf(v));
        return s;
    }

    private void yesNo(Select<Boolean> select) {
        select.setItems(Boolean.TRUE, Boolean.FALSE);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("assess.unknown"));
        select.setItemLabelGenerator(b -> b == null ? getTranslation("assess.unknown")
                : getTranslation(b ? "common.yes" : "common.no"));
    }

    /** The form as an assessment of the snapshot format: not-assessed scores are simply left out. */
    ObjectNode json() {
        ObjectNode n = JSON.createObjectNode();
        n.put("date", date.getValue() == null ? null : date.getValue().toString());
        n.put("assessedBy", assessedBy.getValue());
        ObjectNode c = n.putObject("charter");
        charter.forEach((f, s) -> {
            if (s.getValue() != null) {
                c.put(f.key(), s.getValue());
            }
        });
        ObjectNode fs = n.putObject("factors");
        factors.forEach((f, s) -> {
            if (s.getValue() != null) {
                fs.put(f.key(), s.getValue());
            }
        });
        ObjectNode cs = n.putObject("challenges");
        challenges.forEach((ch, s) -> {
            if (s.getValue() != null) {
                cs.put(ch.key(), s.getValue().name());
            }
        });
        if (evaluation.getValue() != null) {
            n.put("evaluation", evaluation.getValue().name());
        }
        if (!evaluationUrl.isEmpty()) {
            n.put("evaluationUrl", evaluationUrl.getValue());
        }
        if (community.getValue() != null) {
            n.put("communityInvolvement", community.getValue());
        }
        if (!benefitsToWales.isEmpty()) {
            n.put("benefitsToWales", benefitsToWales.getValue());
        }
        if (!benefitsToPartner.isEmpty()) {
            n.put("benefitsToPartner", benefitsToPartner.getValue());
        }
        var f = n.putArray("funders");
        funders.getValue().forEach(f::add);
        if (fundedUntil.getValue() != null) {
            n.put("fundedUntil", fundedUntil.getValue());
        }
        if (exitStrategy.getValue() != null) {
            n.put("exitStrategy", exitStrategy.getValue());
        }
        return n;
    }

    private void showErrors(List<ValidationError> errors) {
        var text = new StringBuilder();
        for (ValidationError e : errors) {
            HasValidation field = field(e.location());
            if (field != null) {
                field.setInvalid(true);
                field.setErrorMessage(e.message());
            } else {
                text.append(text.isEmpty() ? "" : " · ").append(e.location()).append(": ").append(e.message());
            }
        }
        error.setText(text.toString());
    }

    private HasValidation field(String location) {
        if (location == null) {
            return null;
        }
        if (location.endsWith(".date")) {
            return date;
        }
        if (location.endsWith(".evaluationUrl")) {
            return evaluationUrl;
        }
        if (location.endsWith(".fundedUntil")) {
            return fundedUntil;
        }
        if (location.endsWith(".funders")) {
            return funders;
        }
        if (location.endsWith(".assessedBy")) {
            return assessedBy;
        }
        return null;
    }
}
