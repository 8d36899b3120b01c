package org.partnershipatlas.ui.quality;

import org.partnershipatlas.texts.ErrorWords;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeParseException;
import org.partnershipatlas.ui.components.CustomValues;
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
 * The assessment's fields: the Charter's four foundations, the paper's eight success factors (each with its one-line
 * meaning as help text) and five challenges, and the evidence the paper asks for. "Not assessed" is its own choice,
 * never 0. Used by the assessment dialog and, once per link, by the partnership return form.
 */
public class AssessmentFields extends FormLayout {
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

    /**
     * @param idPrefix prefixes the fields' ids ({@code ""} in the dialog; one per link in the return form)
     * @param assessedByDefault who is assessing, as the form opens
     */
    public AssessmentFields(String idPrefix, String assessedByDefault) {
        FormLayout form = this;
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        date.setLabel(getTranslation("assess.date"));
        date.setId(idPrefix + "assess-date");
        date.setValue(LocalDate.now(ZoneOffset.UTC));
        date.setMax(LocalDate.now(ZoneOffset.UTC));
        assessedBy.setLabel(getTranslation("assess.assessed-by"));
        assessedBy.setId(idPrefix + "assess-by");
        if (assessedByDefault != null) {
            assessedBy.setValue(assessedByDefault);
        }
        form.add(date, assessedBy);

        form.add(section("assess.charter"), 2);
        for (CharterFoundation f : CharterFoundation.values()) {
            var s = score("foundation." + f.key());
            s.setId(idPrefix + "charter-" + f.key());
            charter.put(f, s);
            form.add(s);
        }
        form.add(section("assess.factors"), 2);
        for (Factor f : Factor.values()) {
            var s = score("factor." + f.key());
            s.setId(idPrefix + "factor-" + f.key());
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
            s.setId(idPrefix + "challenge-" + c.key());
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
        evaluation.setId(idPrefix + "assess-evaluation");
        evaluationUrl.setLabel(getTranslation("assess.evaluation-url"));
        community.setLabel(getTranslation("assess.community-involvement"));
        yesNo(community);
        exitStrategy.setLabel(getTranslation("assess.exit-strategy"));
        exitStrategy.setId(idPrefix + "assess-exit-strategy");
        yesNo(exitStrategy);
        funders.setLabel(getTranslation("assess.funders"));
        funders.setId(idPrefix + "assess-funders");
        CustomValues.allow(funders);
        fundedUntil.setLabel(getTranslation("assess.funded-until"));
        fundedUntil.setId(idPrefix + "assess-funded-until");
        benefitsToWales.setLabel(getTranslation("assess.benefits-to-wales"));
        benefitsToPartner.setLabel(getTranslation("assess.benefits-to-partner"));
        form.add(evaluation, evaluationUrl, community, exitStrategy, funders, fundedUntil);
        form.add(benefitsToWales, 2);
        form.add(benefitsToPartner, 2);
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
    public ObjectNode json() {
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

    /**
     * Marks the field an error is about ({@code ….date}, {@code ….factors.trust}) invalid with its message.
     *
     * @return whether a field of this form took it
     */
    public boolean show(ValidationError e) {
        HasValidation field = field(e.location());
        if (field == null) {
            return false;
        }
        field.setInvalid(true);
        field.setErrorMessage(ErrorWords.message(e, this::getTranslation, getLocale()));
        return true;
    }

    /** Clears every field's error. */
    public void clearErrors() {
        for (HasValidation f : List.<HasValidation>of(date, assessedBy, evaluationUrl, fundedUntil, funders)) {
            f.setInvalid(false);
        }
    }

    /** Fills the form from an assessment as JSON (a draft of a return). */
    public void fill(JsonNode a) {
        if (a.hasNonNull("date")) {
            try {
                date.setValue(LocalDate.parse(a.get("date").asText()));
            } catch (DateTimeParseException ignored) {
                date.clear();
            }
        }
        assessedBy.setValue(a.path("assessedBy").asText(""));
        charter.forEach((f, s) -> s.setValue(score(a.path("charter").path(f.key()))));
        factors.forEach((f, s) -> s.setValue(score(a.path("factors").path(f.key()))));
        challenges.forEach((c, s) -> s.setValue(level(a.path("challenges").path(c.key()).asText(null))));
        evaluation.setValue(enumOr(Evaluation.class, a.path("evaluation").asText(null)));
        evaluationUrl.setValue(a.path("evaluationUrl").asText(""));
        community.setValue(a.path("communityInvolvement").isBoolean() ? a.get("communityInvolvement").asBoolean() : null);
        benefitsToWales.setValue(a.path("benefitsToWales").asText(""));
        benefitsToPartner.setValue(a.path("benefitsToPartner").asText(""));
        var chosen = new LinkedHashSet<String>();
        a.path("funders").forEach(x -> chosen.add(x.asText()));
        funders.setItems(chosen);
        funders.setValue(chosen);
        fundedUntil.setValue(a.path("fundedUntil").canConvertToInt() ? a.get("fundedUntil").asInt() : null);
        exitStrategy.setValue(a.path("exitStrategy").isBoolean() ? a.get("exitStrategy").asBoolean() : null);
    }

    private static Integer score(JsonNode n) {
        return n.canConvertToInt() && n.asInt() >= 0 && n.asInt() <= 3 ? n.asInt() : null;
    }

    private static ChallengeLevel level(String name) {
        return enumOr(ChallengeLevel.class, name);
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
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
