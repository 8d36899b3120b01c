package org.partnershipatlas.ui.data;

import com.vaadin.flow.component.button.Button;
import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.ui.components.CustomValues;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.Organisation;

/** Create or edit one link: its two organisations picked by search, every field of the format, sources included. */
class LinkForm extends EntityForm {
    final TextField id = new TextField();
    final ComboBox<Organisation> from = new ComboBox<>();
    final ComboBox<Organisation> to = new ComboBox<>();
    final Select<LinkKind> kind = new Select<>();
    final IntegerField since = new IntegerField();
    final IntegerField until = new IntegerField();
    final Select<LinkStatus> status = new Select<>();
    final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    final CheckboxGroup<Activity> activities = new CheckboxGroup<>();
    final Select<Learning> learning = new Select<>();
    final IntegerField strength = new IntegerField();
    final Select<Confidence> confidence = new Select<>();
    final SourcesField sources;
    private final Binder<Drafts.LinkDraft> binder = new Binder<>(Drafts.LinkDraft.class);
    private Drafts.LinkDraft draft;
    private long revision;
    private boolean creating;

    /**
     * The organisations a link may join: called again before each edit, so that one created a moment ago is offered
     * without reloading the page.
     */
    void setOrganisations(List<Organisation> organisations) {
        var sorted = organisations.stream().sorted(Comparator.comparing(Organisation::name)).toList();
        for (ComboBox<Organisation> end : List.of(from, to)) {
            end.setItems(sorted);
        }
    }

    LinkForm(List<Organisation> organisations, Collection<String> knownThemes) {
        super("link");
        id.setLabel(getTranslation("data.field.id"));
        id.setHelperText(getTranslation("data.id-help"));
        id.setMaxLength(80);
        id.setId("link-id");
        setOrganisations(organisations);
        for (ComboBox<Organisation> end : List.of(from, to)) {
            end.setItemLabelGenerator(Organisation::name);
            end.setClearButtonVisible(true);
        }
        from.setLabel(getTranslation("data.field.from"));
        from.setId("link-from");
        to.setLabel(getTranslation("data.field.to"));
        to.setId("link-to");
        kind.setLabel(getTranslation("data.field.kind"));
        kind.setItems(LinkKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + OrganisationForm.token(k)));
        since.setLabel(getTranslation("data.field.since"));
        until.setLabel(getTranslation("data.field.until"));
        status.setLabel(getTranslation("data.field.status"));
        status.setItems(LinkStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + OrganisationForm.token(s)));
        themes.setLabel(getTranslation("data.field.themes"));
        themes.setItems(new LinkedHashSet<>(knownThemes));
        themes.setItemLabelGenerator(t -> ReaderWords.theme(t, getLocale()));
        CustomValues.allow(themes);
        activities.setLabel(getTranslation("data.field.activities"));
        activities.setItems(Activity.values());
        activities.setItemLabelGenerator(a -> getTranslation("activity." + OrganisationForm.token(a)));
        learning.setLabel(getTranslation("data.field.learning"));
        learning.setItems(Learning.values());
        learning.setItemLabelGenerator(l -> getTranslation("learning." + OrganisationForm.token(l)));
        strength.setLabel(getTranslation("data.field.strength"));
        strength.setId("link-strength");
        strength.setMin(1);
        strength.setMax(5);
        strength.setStepButtonsVisible(true);
        confidence.setLabel(getTranslation("common.confidence"));
        confidence.setItems(Confidence.values());
        confidence.setItemLabelGenerator(c -> getTranslation("confidence." + OrganisationForm.token(c)));
        sources = new SourcesField(getTranslation("common.sources"), getTranslation("data.add-source"),
                getTranslation("data.citation"), getTranslation("data.url"), getTranslation("data.remove-source"));
        sources.setId("link-sources");

        binder.forField(id).bind(Drafts.LinkDraft::getId, Drafts.LinkDraft::setId);
        binder.forField(from).bind(Drafts.LinkDraft::getFrom, Drafts.LinkDraft::setFrom);
        binder.forField(to).bind(Drafts.LinkDraft::getTo, Drafts.LinkDraft::setTo);
        binder.forField(kind).bind(Drafts.LinkDraft::getKind, Drafts.LinkDraft::setKind);
        binder.forField(since).bind(Drafts.LinkDraft::getSince, Drafts.LinkDraft::setSince);
        binder.forField(until).bind(Drafts.LinkDraft::getUntil, Drafts.LinkDraft::setUntil);
        binder.forField(status).bind(Drafts.LinkDraft::getStatus, Drafts.LinkDraft::setStatus);
        binder.forField(themes).bind(Drafts.LinkDraft::getThemes, Drafts.LinkDraft::setThemes);
        binder.forField(activities).bind(Drafts.LinkDraft::getActivities, Drafts.LinkDraft::setActivities);
        binder.forField(learning).bind(Drafts.LinkDraft::getLearning, Drafts.LinkDraft::setLearning);
        binder.forField(strength).bind(Drafts.LinkDraft::getStrength, Drafts.LinkDraft::setStrength);
        binder.forField(confidence).bind(Drafts.LinkDraft::getConfidence, Drafts.LinkDraft::setConfidence);
        binder.forField(sources).bind(Drafts.LinkDraft::getSources, Drafts.LinkDraft::setSources);

        fields.put("id", id);
        fields.put("from", from);
        fields.put("to", to);
        fields.put("kind", kind);
        fields.put("since", since);
        fields.put("until", until);
        fields.put("status", status);
        fields.put("themes", themes);
        fields.put("activities", activities);
        fields.put("learning", learning);
        fields.put("strength", strength);
        fields.put("confidence", confidence);
        fields.put("sources", sources);

        add(title, 2);
        add(id, kind, from, to, since, until, status, learning, strength, confidence);
        add(themes, 2);
        add(activities, 2);
        add(sources, 2);
        add(reason, 2);
        add(formError, 2);
        add(buttons(), 2);
    }

    private final Button assess = new Button();

    /** "Assess this partnership", for a stored link. */
    void onAssess(Runnable action) {
        assess.setText(getTranslation("assess.button"));
        assess.setId("link-assess");
        assess.addClickListener(e -> action.run());
    }

    void edit(Drafts.LinkDraft value, long storedRevision, boolean isNew) {
        clearErrors();
        reason.clear();
        draft = value;
        revision = storedRevision;
        creating = isNew;
        binder.readBean(value);
        id.setReadOnly(!isNew);
        delete.setVisible(!isNew);
        assess.setVisible(!isNew);
        title.setText(getTranslation(isNew ? "data.new-link" : "data.edit-link"));
    }

    Drafts.LinkDraft current() {
        var copy = new Drafts.LinkDraft();
        binder.writeBeanAsDraft(copy, true);
        if (draft != null) {
            copy.keepStoredFrom(draft);
        }
        return copy;
    }

    long revision() {
        return revision;
    }

    boolean creating() {
        return creating;
    }
}
