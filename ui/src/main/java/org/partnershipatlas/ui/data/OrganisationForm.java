package org.partnershipatlas.ui.data;

import java.util.stream.Collectors;
import org.partnershipatlas.texts.ReaderWords;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Ids;
import org.partnershipatlas.model.OrganisationType;

/** Create or edit one organisation: every field of the format, sources included. */
class OrganisationForm extends EntityForm {
    final TextField id = new TextField();
    final TextField name = new TextField();
    final Select<OrganisationType> type = new Select<>();
    final ComboBox<String> country = new ComboBox<>();
    final TextField city = new TextField();
    final IntegerField founded = new IntegerField();
    final TextField website = new TextField();
    final TextArea description = new TextArea();
    final Select<Boolean> seekingPartner = new Select<>();
    final Select<Confidence> confidence = new Select<>();
    final SourcesField sources;
    private final Binder<Drafts.OrganisationDraft> binder = new Binder<>(Drafts.OrganisationDraft.class);
    private Drafts.OrganisationDraft draft;
    private long revision;
    private boolean creating;

    OrganisationForm(Collection<Country> countries) {
        super("organisation");
        id.setLabel(getTranslation("data.field.id"));
        id.setHelperText(getTranslation("data.id-help"));
        id.setMaxLength(80);
        id.setId("organisation-id");
        name.setLabel(getTranslation("common.name"));
        name.setMaxLength(Ids.MAX_NAME_LENGTH);
        name.setId("organisation-name");
        type.setLabel(getTranslation("data.field.type"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> getTranslation("type." + token(t)));
        type.setId("organisation-type");
        country.setLabel(getTranslation("common.country"));
        var names = countries.stream().collect(Collectors.toMap(Country::code,
                c -> ReaderWords.country(c, getLocale()), (a, b) -> a));
        country.setItems(countries.stream().map(Country::code).sorted(Comparator.comparing(names::get)).toList());
        country.setItemLabelGenerator(code -> names.getOrDefault(code, code) + " (" + code + ")");
        country.setClearButtonVisible(true);
        country.setId("organisation-country");
        city.setLabel(getTranslation("data.field.city"));
        founded.setLabel(getTranslation("data.field.founded"));
        website.setLabel(getTranslation("data.field.website"));
        website.setHelperText("https://…");
        website.setId("organisation-website");
        description.setLabel(getTranslation("data.field.description"));
        description.setMaxLength(10_000);
        seekingPartner.setLabel(getTranslation("data.field.seeking-partner"));
        seekingPartner.setItems(Boolean.TRUE, Boolean.FALSE);
        seekingPartner.setEmptySelectionAllowed(true);
        seekingPartner.setEmptySelectionCaption(getTranslation("data.not-stated"));
        seekingPartner.setItemLabelGenerator(b -> b == null ? getTranslation("data.not-stated")
                : getTranslation(b ? "common.yes" : "common.no"));
        confidence.setLabel(getTranslation("common.confidence"));
        confidence.setItems(Confidence.values());
        confidence.setItemLabelGenerator(c -> getTranslation("confidence." + token(c)));
        sources = new SourcesField(getTranslation("common.sources"), getTranslation("data.add-source"),
                getTranslation("data.citation"), getTranslation("data.url"), getTranslation("data.remove-source"));
        sources.setId("organisation-sources");

        binder.forField(id).bind(Drafts.OrganisationDraft::getId, Drafts.OrganisationDraft::setId);
        binder.forField(name).bind(Drafts.OrganisationDraft::getName, Drafts.OrganisationDraft::setName);
        binder.forField(type).bind(Drafts.OrganisationDraft::getType, Drafts.OrganisationDraft::setType);
        binder.forField(country).bind(Drafts.OrganisationDraft::getCountry, Drafts.OrganisationDraft::setCountry);
        binder.forField(city).bind(Drafts.OrganisationDraft::getCity, Drafts.OrganisationDraft::setCity);
        binder.forField(founded).bind(Drafts.OrganisationDraft::getFounded, Drafts.OrganisationDraft::setFounded);
        binder.forField(website).bind(Drafts.OrganisationDraft::getWebsite, Drafts.OrganisationDraft::setWebsite);
        binder.forField(description).bind(Drafts.OrganisationDraft::getDescription, Drafts.OrganisationDraft::setDescription);
        binder.forField(seekingPartner).bind(Drafts.OrganisationDraft::getSeekingPartner, Drafts.OrganisationDraft::setSeekingPartner);
        binder.forField(confidence).bind(Drafts.OrganisationDraft::getConfidence, Drafts.OrganisationDraft::setConfidence);
        binder.forField(sources).bind(Drafts.OrganisationDraft::getSources, Drafts.OrganisationDraft::setSources);

        fields.put("id", id);
        fields.put("name", name);
        fields.put("type", type);
        fields.put("country", country);
        fields.put("city", city);
        fields.put("founded", founded);
        fields.put("website", website);
        fields.put("description", description);
        fields.put("seekingPartner", seekingPartner);
        fields.put("confidence", confidence);
        fields.put("sources", sources);

        add(title, 2);
        add(id, name, type, country, city, founded, website, seekingPartner, confidence);
        add(description, 2);
        add(sources, 2);
        add(reason, 2);
        add(formError, 2);
        add(buttons(), 2);
    }

    static String token(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Shows an organisation to edit ({@code revision} as stored), or a new one ({@code null}). */
    void edit(Drafts.OrganisationDraft value, long storedRevision, boolean isNew) {
        clearErrors();
        reason.clear();
        draft = value;
        revision = storedRevision;
        creating = isNew;
        binder.readBean(value);
        id.setReadOnly(!isNew);
        delete.setVisible(!isNew);
        title.setText(getTranslation(isNew ? "data.new-organisation" : "data.edit-organisation"));
        if (isNew) {
            id.focus();
        } else {
            name.focus();
        }
    }

    /** The draft as typed now. */
    Drafts.OrganisationDraft current() {
        var copy = new Drafts.OrganisationDraft();
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

    String editedId() {
        return draft == null ? null : draft.getId();
    }
}
