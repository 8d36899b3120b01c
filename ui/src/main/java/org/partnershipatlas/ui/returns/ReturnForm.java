package org.partnershipatlas.ui.returns;

import org.partnershipatlas.texts.ErrorWords;
import org.partnershipatlas.ui.components.ComponentWords;
import java.util.Locale;
import org.partnershipatlas.returns.ReturnItems;
import org.partnershipatlas.returns.ReturnPartners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.ui.quality.AssessmentFields;

/**
 * The partnership return form: one card per known link (confirm, correct any field, or mark ended; optionally
 * self-assess), cards for new links (a partner from the register or a new organisation), and the contact. It turns
 * itself into the API's return body ({@link #json()}), fills itself from a saved draft ({@link #fill(JsonNode)}),
 * and puts each error of a check at its field ({@link #showErrors(List)}) — the same checks as the API, so the form
 * and the API cannot disagree. Every control has a visible label; cards are headed sections, so a screen reader can
 * move from link to link.
 */
class ReturnForm extends VerticalLayout {
    /** What the organisation says about a known link. */
    enum Answer { LEAVE, CONFIRM, CORRECT, END }

    private final Organisation organisation;
    private final NetworkSnapshot network;
    private final List<String> knownThemes;
    private final List<KnownLinkCard> known = new ArrayList<>();
    private final List<NewCard> added = new ArrayList<>();
    private final VerticalLayout addedBox = new VerticalLayout();
    private final TextField contactName = new TextField();
    private final TextField contactRole = new TextField();
    private final EmailField contactEmail = new EmailField();
    private int sequence;

    ReturnForm(Organisation organisation, List<Link> links, NetworkSnapshot network) {
        this.organisation = organisation;
        this.network = network;
        this.knownThemes = network.links().stream().flatMap(l -> l.themes().stream()).distinct().sorted().toList();
        setPadding(false);
        setId("return-form");

        var knownBox = new VerticalLayout();
        knownBox.setPadding(false);
        knownBox.setId("return-known");
        add(new H2(getTranslation("respond.known-heading", links.size())),
                new Paragraph(getTranslation(links.isEmpty() ? "respond.known-none" : "respond.known-intro")));
        List<Link> sorted = links.stream().sorted(Comparator.comparing(l -> partnerName(l))).toList();
        for (int i = 0; i < sorted.size(); i++) {
            var card = new KnownLinkCard(sorted.get(i), i, organisation, network, knownThemes);
            known.add(card);
            knownBox.add(card);
        }
        add(knownBox);

        addedBox.setPadding(false);
        addedBox.setId("return-added");
        var addButton = new Button(getTranslation("respond.add"), VaadinIcon.PLUS.create(), e -> addCard().focus());
        addButton.setId("return-add");
        add(new H2(getTranslation("respond.new-heading")), new Paragraph(getTranslation("respond.new-intro")), addedBox,
                addButton);

        contactName.setLabel(getTranslation("respond.contact-name"));
        contactName.setId("contact-name");
        contactName.setRequiredIndicatorVisible(true);
        contactName.setMaxLength(200);
        contactRole.setLabel(getTranslation("respond.contact-role"));
        contactRole.setHelperText(getTranslation("respond.contact-role-help"));
        contactRole.setId("contact-role");
        contactRole.setRequiredIndicatorVisible(true);
        contactRole.setMaxLength(200);
        contactEmail.setLabel(getTranslation("respond.contact-email"));
        contactEmail.setId("contact-email");
        contactEmail.setMaxLength(254);
        var contact = new FormLayout(contactName, contactRole, contactEmail);
        add(new H2(getTranslation("respond.contact-heading")), new Paragraph(getTranslation("respond.contact-intro")), contact);
    }

    private String partnerName(Link l) {
        String partner = ReturnPartners.partnerOf(network, organisation.id(), l);
        return network.organisation(partner).map(Organisation::name).orElse(partner);
    }

    private String countryName(String code) {
        return code == null ? "" : network.country(code).map(c -> ReaderWords.country(c, getLocale())).orElse(code);
    }

    NewCard addCard() {
        var card = new NewCard(sequence++);
        added.add(card);
        addedBox.add(card);
        ComponentWords.apply(card);
        return card;
    }


    // --- a new link --------------------------------------------------------------------------------------------------

    /** How a new link's partner is given. */
    enum PartnerMode { REGISTER, NEW }

    final class NewCard extends Div {
        final RadioButtonGroup<PartnerMode> mode = new RadioButtonGroup<>();
        final ComboBox<Organisation> partner = new ComboBox<>();
        final TextField name = new TextField();
        final Select<OrganisationType> type = new Select<>();
        final ComboBox<Country> country = new ComboBox<>();
        final TextField city = new TextField();
        final TextField website = new TextField();
        final FormLayout newPartner;
        final ReturnLinkFields fields;
        final Checkbox assess = new Checkbox();
        final AssessmentFields assessment;
        private final H3 heading;

        NewCard(int n) {
            String p = "new-" + n + "-";
            setId("new-" + n);
            KnownLinkCard.frame(this);
            heading = new H3(getTranslation("respond.new-card"));
            heading.setId(p + "heading");
            getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            mode.setLabel(getTranslation("respond.partner"));
            mode.setItems(PartnerMode.values());
            mode.setItemLabelGenerator(m -> getTranslation("respond.partner." + m.name().toLowerCase(Locale.ROOT)));
            mode.setValue(PartnerMode.REGISTER);
            mode.setId(p + "mode");
            partner.setLabel(getTranslation("respond.partner-search"));
            partner.setItems(network.organisations().stream().filter(o -> !o.id().equals(organisation.id()))
                    .sorted(Comparator.comparing(Organisation::name)).toList());
            partner.setItemLabelGenerator(o -> o.name() + (o.country() == null ? "" : " (" + countryName(o.country()) + ")"));
            partner.setId(p + "partner");
            partner.setWidth("100%");
            partner.setClearButtonVisible(true);
            name.setLabel(getTranslation("common.name"));
            name.setId(p + "name");
            name.setMaxLength(200);
            type.setLabel(getTranslation("data.field.type"));
            type.setItems(OrganisationType.values());
            type.setItemLabelGenerator(t -> getTranslation("type." + ReturnLinkFields.token(t)));
            type.setId(p + "type");
            country.setLabel(getTranslation("common.country"));
            country.setItems(network.countries().stream()
                    .sorted(Comparator.comparing((Country c) -> ReaderWords.country(c, getLocale()))).toList());
            country.setItemLabelGenerator(c -> ReaderWords.country(c, getLocale()));
            country.setId(p + "country");
            city.setLabel(getTranslation("data.field.city"));
            city.setId(p + "city");
            city.setMaxLength(200);
            website.setLabel(getTranslation("data.field.website"));
            website.setHelperText(getTranslation("data.url"));
            website.setId(p + "website");
            website.setMaxLength(2000);
            newPartner = new FormLayout(name, type, country, city, website);
            newPartner.setVisible(false);
            mode.addValueChangeListener(e -> {
                partner.setVisible(e.getValue() == PartnerMode.REGISTER);
                newPartner.setVisible(e.getValue() == PartnerMode.NEW);
            });
            fields = new ReturnLinkFields(p, knownThemes);
            fields.kind.setValue(LinkKind.HEALTH_LINK);
            fields.status.setValue(LinkStatus.ACTIVE);
            assess.setLabel(getTranslation("respond.assess"));
            assess.setId(p + "assess");
            assessment = new AssessmentFields(p, null);
            assessment.setVisible(false);
            assess.addValueChangeListener(e -> assessment.setVisible(e.getValue()));
            var remove = new Button(getTranslation("respond.remove"), VaadinIcon.TRASH.create(), e -> {
                added.remove(this);
                addedBox.remove(this);
            });
            remove.setId(p + "remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(heading, mode, partner, newPartner, fields, assess, assessment, remove);
        }

        void focus() {
            mode.getElement().callJsFunction("focus");
        }

        JsonNode partnerJson() {
            if (mode.getValue() == PartnerMode.NEW) {
                ObjectNode o = ReturnItems.JSON.createObjectNode();
                o.put("name", name.getValue());
                o.put("type", type.getValue() == null ? null : type.getValue().name());
                o.put("country", country.getValue() == null ? null : country.getValue().code());
                if (!city.isEmpty()) {
                    o.put("city", city.getValue());
                }
                if (!website.isEmpty()) {
                    o.put("website", website.getValue());
                }
                return o;
            }
            return partner.getValue() == null ? ReturnItems.JSON.nullNode()
                    : ReturnItems.JSON.getNodeFactory().textNode(partner.getValue().id());
        }

        boolean showPartner(String field, ValidationError e) {
            HasValidation target = switch (field) {
                case "" -> mode.getValue() == PartnerMode.NEW ? name : partner;
                case "name" -> name;
                case "type" -> type;
                case "country" -> country;
                case "city" -> city;
                case "website" -> website;
                default -> null;
            };
            if (target == null) {
                return false;
            }
            target.setInvalid(true);
            target.setErrorMessage(ErrorWords.message(e, this::getTranslation, getLocale()));
            return true;
        }
    }

    // --- the body ------------------------------------------------------------------------------------------------------

    /** Where each entry of the last {@link #json()} came from: "correct[0]" → its card. */
    private final Map<String, Object> locations = new LinkedHashMap<>();

    /** The form as the API's return body. */
    ObjectNode json() {
        locations.clear();
        ObjectNode body = ReturnItems.JSON.createObjectNode();
        ArrayNode confirm = body.putArray("confirm");
        ArrayNode correct = body.putArray("correct");
        ArrayNode end = body.putArray("end");
        ArrayNode add = body.putArray("add");
        ArrayNode assessments = body.putArray("assessments");
        for (KnownLinkCard card : known) {
            switch (card.answer.getValue() == null ? Answer.LEAVE : card.answer.getValue()) {
                case CONFIRM -> {
                    locations.put("confirm[" + confirm.size() + "]", card);
                    confirm.add(card.link.id());
                }
                case CORRECT -> {
                    locations.put("correct[" + correct.size() + "]", card);
                    ObjectNode entry = correct.addObject().put("link", card.link.id());
                    card.fields.put(entry);
                }
                case END -> {
                    locations.put("end[" + end.size() + "]", card);
                    end.addObject().put("link", card.link.id()).put("until", card.endedIn.getValue());
                }
                case LEAVE -> {
                }
            }
            if (card.assess.getValue()) {
                locations.put("assessments[" + assessments.size() + "]", card.assessment);
                ObjectNode a = card.assessment.json();
                a.put("link", card.link.id());
                assessments.add(a);
            }
        }
        for (NewCard card : added) {
            int i = add.size();
            locations.put("add[" + i + "]", card);
            ObjectNode entry = add.addObject();
            entry.set("partner", card.partnerJson());
            card.fields.put(entry);
            if (card.assess.getValue()) {
                locations.put("assessments[" + assessments.size() + "]", card.assessment);
                ObjectNode a = card.assessment.json();
                a.put("link", "add[" + i + "]");
                assessments.add(a);
            }
        }
        body.putObject("contact").put("name", contactName.getValue()).put("role", contactRole.getValue())
                .put("email", contactEmail.getValue());
        return body;
    }

    /** Fills the form from a saved draft (what {@link #json()} made earlier). Entries that no longer fit are skipped. */
    void fill(JsonNode draft) {
        if (draft == null || !draft.isObject()) {
            return;
        }
        var byLink = new LinkedHashMap<String, KnownLinkCard>();
        known.forEach(c -> byLink.put(c.link.id(), c));
        draft.path("confirm").forEach(id -> {
            KnownLinkCard c = byLink.get(id.asText());
            if (c != null) {
                c.answer.setValue(Answer.CONFIRM);
            }
        });
        draft.path("correct").forEach(entry -> {
            KnownLinkCard c = byLink.get(entry.path("link").asText());
            if (c != null) {
                c.answer.setValue(Answer.CORRECT);
                c.fields.fill(entry);
            }
        });
        draft.path("end").forEach(entry -> {
            KnownLinkCard c = byLink.get(entry.path("link").asText());
            if (c != null) {
                c.answer.setValue(Answer.END);
                c.endedIn.setValue(entry.path("until").canConvertToInt() ? entry.get("until").asInt() : null);
            }
        });
        var newCards = new ArrayList<NewCard>();
        draft.path("add").forEach(entry -> {
            NewCard card = addCard();
            newCards.add(card);
            JsonNode p = entry.path("partner");
            if (p.isObject()) {
                card.mode.setValue(PartnerMode.NEW);
                card.name.setValue(p.path("name").asText(""));
                card.type.setValue(ReturnLinkFields.enumOr(OrganisationType.class, p.path("type").asText(null)));
                card.country.setValue(network.country(p.path("country").asText("")).orElse(null));
                card.city.setValue(p.path("city").asText(""));
                card.website.setValue(p.path("website").asText(""));
            } else if (p.isTextual()) {
                card.partner.setValue(network.organisation(p.asText()).orElse(null));
            }
            card.fields.fill(entry);
        });
        draft.path("assessments").forEach(a -> {
            String target = a.path("link").asText("");
            AssessmentFields fields = null;
            Checkbox box = null;
            if (target.matches("add\\[\\d+]")) {
                int i = Integer.parseInt(target.substring(4, target.length() - 1));
                if (i < newCards.size()) {
                    fields = newCards.get(i).assessment;
                    box = newCards.get(i).assess;
                }
            } else if (byLink.containsKey(target)) {
                fields = byLink.get(target).assessment;
                box = byLink.get(target).assess;
            }
            if (fields != null) {
                box.setValue(true);
                fields.fill(a);
            }
        });
        JsonNode c = draft.path("contact");
        contactName.setValue(c.path("name").asText(""));
        contactRole.setValue(c.path("role").asText(""));
        contactEmail.setValue(c.path("email").asText(""));
    }

    /**
     * Puts each error at its field (as located by the last {@link #json()}).
     *
     * @return the errors no field took, for the summary
     */
    List<ValidationError> showErrors(List<ValidationError> errors) {
        known.forEach(c -> {
            c.fields.clearErrors();
            c.endedIn.setInvalid(false);
            c.assessment.clearErrors();
        });
        added.forEach(c -> {
            c.fields.clearErrors();
            c.assessment.clearErrors();
            for (HasValidation f : List.<HasValidation>of(c.partner, c.name, c.type, c.country, c.city, c.website)) {
                f.setInvalid(false);
            }
        });
        for (HasValidation f : List.<HasValidation>of(contactName, contactRole, contactEmail)) {
            f.setInvalid(false);
        }
        var left = new ArrayList<ValidationError>();
        for (ValidationError e : errors) {
            if (!place(e)) {
                left.add(e);
            }
        }
        return left;
    }

    private boolean place(ValidationError e) {
        String location = e.location() == null ? "" : e.location();
        if (location.startsWith("contact.")) {
            HasValidation f = switch (location) {
                case "contact.name" -> contactName;
                case "contact.role" -> contactRole;
                case "contact.email" -> contactEmail;
                default -> null;
            };
            if (f != null) {
                f.setInvalid(true);
                f.setErrorMessage(ErrorWords.message(e, this::getTranslation, getLocale()));
                return true;
            }
            return false;
        }
        int close = location.indexOf(']');
        if (close < 0) {
            return false;
        }
        String entry = location.substring(0, close + 1);
        String rest = location.length() > close + 2 ? location.substring(close + 2) : "";
        Object target = locations.get(entry);
        if (target instanceof AssessmentFields fields) {
            return fields.show(e);
        }
        if (target instanceof KnownLinkCard card) {
            if (entry.startsWith("end[")) {
                card.endedIn.setInvalid(true);
                card.endedIn.setErrorMessage(ErrorWords.message(e, this::getTranslation, getLocale()));
                return true;
            }
            if (entry.startsWith("correct[")) {
                return card.fields.show(rest, e);
            }
            return false;
        }
        if (target instanceof NewCard card) {
            if (rest.equals("partner") || rest.startsWith("partner.")) {
                return card.showPartner(rest.equals("partner") ? "" : rest.substring("partner.".length()), e);
            }
            return card.fields.show(rest, e);
        }
        return false;
    }

    /** The known links' cards and the new links' cards (tests). */
    List<KnownLinkCard> knownCards() {
        return List.copyOf(known);
    }

    List<NewCard> newCards() {
        return List.copyOf(added);
    }

    TextField contactName() {
        return contactName;
    }

    TextField contactRole() {
        return contactRole;
    }
}
