package org.partnershipatlas.ui.returns;

import org.partnershipatlas.app.Routes;
import org.partnershipatlas.texts.ErrorWords;
import org.partnershipatlas.ui.components.CustomValues;
import org.partnershipatlas.returns.RegistrationsService;
import org.partnershipatlas.returns.ReturnItems;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.app.TooManyRequestsException;
import org.partnershipatlas.ui.components.LanguageSwitch;
import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.PublicPage;

/**
 * Public registration ({@code /register}): a community organisation puts itself on the map as seeking a partner.
 * Anyone may use it; it goes to the review queue. The form has a honeypot field people never see (off screen, out of
 * the tab order, hidden from screen readers) that robots fill; the service drops those quietly and limits how often
 * one address may register.
 */
@Route(Routes.REGISTER)
@AnonymousAllowed
@PublicPage
public class RegisterView extends VerticalLayout implements HasDynamicTitle {
    private final RegistrationsService registrations;
    private final TextField name = new TextField();
    private final Select<OrganisationType> type = new Select<>();
    private final ComboBox<Country> country = new ComboBox<>();
    private final TextField city = new TextField();
    private final TextField website = new TextField();
    private final TextArea description = new TextArea();
    private final TextArea offers = new TextArea();
    private final TextArea seeks = new TextArea();
    private final MultiSelectComboBox<Country> countriesOfInterest = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> themesOfInterest = new MultiSelectComboBox<>();
    private final TextField contactName = new TextField();
    private final TextField contactRole = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final TextField honeypot = new TextField();
    private final Div summary = new Div();
    private final Map<String, HasValidation> fields;

    public RegisterView(RegistrationsService registrations, NetworkReads reads) {
        this.registrations = registrations;
        setId("register-view");
        setMaxWidth("60em");
        getStyle().set("margin", "0 auto");
        NetworkSnapshot network = reads.current().snapshot();
        var top = new HorizontalLayout(new H1(getTranslation("app.title")), new LanguageSwitch());
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(top, new H2(getTranslation("register.heading")), new Paragraph(getTranslation("register.intro")));

        name.setLabel(getTranslation("register.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        type.setLabel(getTranslation("data.field.type"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> getTranslation("type." + ReturnLinkFields.token(t)));
        type.setValue(OrganisationType.COMMUNITY_ORGANISATION);
        country.setLabel(getTranslation("register.country"));
        country.setItems(network.countries().stream()
                .sorted(Comparator.comparing((Country c) -> ReaderWords.country(c, getLocale()))).toList());
        country.setItemLabelGenerator(c -> ReaderWords.country(c, getLocale()));
        country.setRequiredIndicatorVisible(true);
        network.country(Countries.WALES).ifPresent(country::setValue);
        city.setLabel(getTranslation("data.field.city"));
        city.setMaxLength(200);
        website.setLabel(getTranslation("data.field.website"));
        website.setHelperText(getTranslation("data.url"));
        website.setMaxLength(2000);
        description.setLabel(getTranslation("register.description"));
        description.setMaxLength(2000);
        offers.setLabel(getTranslation("register.offers"));
        offers.setMaxLength(2000);
        seeks.setLabel(getTranslation("register.seeks"));
        seeks.setRequiredIndicatorVisible(true);
        seeks.setMaxLength(2000);
        countriesOfInterest.setLabel(getTranslation("register.countries"));
        countriesOfInterest.setItems(Countries.all().stream()
                .sorted(Comparator.comparing((Country c) -> ReaderWords.country(c, getLocale()))).toList());
        countriesOfInterest.setItemLabelGenerator(c -> ReaderWords.country(c, getLocale()));
        themesOfInterest.setLabel(getTranslation("register.themes"));
        themesOfInterest.setHelperText(getTranslation("respond.themes-help"));
        themesOfInterest.setItems(new LinkedHashSet<>(network.links().stream().flatMap(l -> l.themes().stream())
                .distinct().sorted(Comparator.comparing((String t) -> ReaderWords.theme(t, getLocale()))).toList()));
        themesOfInterest.setItemLabelGenerator(t -> ReaderWords.theme(t, getLocale()));
        CustomValues.allow(themesOfInterest);
        contactName.setLabel(getTranslation("respond.contact-name"));
        contactName.setRequiredIndicatorVisible(true);
        contactName.setMaxLength(200);
        contactRole.setLabel(getTranslation("register.contact-role"));
        contactRole.setMaxLength(200);
        contactEmail.setLabel(getTranslation("register.contact-email"));
        contactEmail.setRequiredIndicatorVisible(true);
        contactEmail.setMaxLength(254);
        // The honeypot: a person never sees it, reaches it by Tab or hears it; a form-filling robot fills it in.
        honeypot.setLabel("Fax");
        honeypot.setId("register-fax");
        honeypot.setTabIndex(-1);
        honeypot.getElement().setAttribute("aria-hidden", "true");
        honeypot.getElement().setAttribute("autocomplete", "off");
        honeypot.getStyle().set("position", "absolute").set("left", "-10000px").set("width", "1px").set("height", "1px")
                .set("overflow", "hidden");

        name.setId("register-name");
        type.setId("register-type");
        country.setId("register-country");
        city.setId("register-city");
        website.setId("register-website");
        description.setId("register-description");
        offers.setId("register-offers");
        seeks.setId("register-seeks");
        countriesOfInterest.setId("register-countries");
        themesOfInterest.setId("register-themes");
        contactName.setId("register-contact-name");
        contactRole.setId("register-contact-role");
        contactEmail.setId("register-contact-email");
        fields = Map.ofEntries(Map.entry("name", name), Map.entry("type", type), Map.entry("country", country),
                Map.entry("city", city), Map.entry("website", website), Map.entry("description", description),
                Map.entry("offers", offers), Map.entry("seeks", seeks), Map.entry("countriesOfInterest", countriesOfInterest),
                Map.entry("themesOfInterest", themesOfInterest), Map.entry("contact.name", contactName),
                Map.entry("contact.role", contactRole), Map.entry("contact.email", contactEmail));

        var form = new FormLayout(name, type, country, city, website);
        form.add(description, 2);
        form.add(offers, 2);
        form.add(seeks, 2);
        form.add(countriesOfInterest, 2);
        form.add(themesOfInterest, 2);
        var contact = new FormLayout(contactName, contactRole, contactEmail);
        summary.setId("register-errors");
        summary.getElement().setAttribute("role", "alert");
        summary.getStyle().set("color", "var(--lumo-error-text-color)");
        var send = new Button(getTranslation("register.send"), e -> send());
        send.setId("register-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(summary, form, new H2(getTranslation("respond.contact-heading")),
                new Paragraph(getTranslation("register.contact-intro")), contact, honeypot, send);
    }

    ObjectNode json() {
        ObjectNode n = ReturnItems.JSON.createObjectNode();
        n.put("name", name.getValue());
        n.put("type", type.getValue() == null ? null : type.getValue().name());
        n.put("country", country.getValue() == null ? null : country.getValue().code());
        for (var f : List.of(Map.entry("city", city), Map.entry("website", website))) {
            if (!f.getValue().isEmpty()) {
                n.put(f.getKey(), f.getValue().getValue());
            }
        }
        for (var f : List.of(Map.entry("description", description), Map.entry("offers", offers), Map.entry("seeks", seeks))) {
            if (!f.getValue().isEmpty()) {
                n.put(f.getKey(), f.getValue().getValue());
            }
        }
        var c = n.putArray("countriesOfInterest");
        countriesOfInterest.getValue().forEach(x -> c.add(x.code()));
        var t = n.putArray("themesOfInterest");
        themesOfInterest.getValue().forEach(t::add);
        n.putObject("contact").put("name", contactName.getValue()).put("role", contactRole.getValue())
                .put("email", contactEmail.getValue());
        if (!honeypot.isEmpty()) {
            n.put(RegistrationsService.HONEYPOT, honeypot.getValue());
        }
        return n;
    }

    private void send() {
        fields.values().forEach(f -> f.setInvalid(false));
        summary.removeAll();
        try {
            var request = VaadinRequest.getCurrent();
            registrations.register(json(), request == null ? null : request.getRemoteAddr());
            removeAll();
            var thanks = new Paragraph(getTranslation("register.thanks"));
            thanks.setId("register-thanks");
            thanks.getElement().setAttribute("role", "status");
            add(new H1(getTranslation("app.title")), thanks);
        } catch (ValidationException e) {
            var left = new UnorderedList();
            for (ValidationError error : e.errors()) {
                String location = error.location() == null ? "" : error.location();
                HasValidation field = fields.get(location.replaceAll("\\[\\d+]$", ""));
                if (field != null) {
                    field.setInvalid(true);
                    field.setErrorMessage(ErrorWords.message(error, this::getTranslation, getLocale()));
                } else {
                    left.add(new ListItem(ErrorWords.line(error, this::getTranslation, getLocale())));
                }
            }
            summary.add(new Paragraph(getTranslation("respond.errors", e.errors().size())), left);
        } catch (TooManyRequestsException e) {
            summary.add(new Paragraph(getTranslation("register.too-many")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.heading") + " · " + getTranslation("app.title");
    }
}
