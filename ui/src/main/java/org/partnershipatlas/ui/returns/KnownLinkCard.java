package org.partnershipatlas.ui.returns;

import java.util.stream.Collectors;
import org.partnershipatlas.model.Ids;
import java.util.Locale;
import org.partnershipatlas.returns.ReturnPartners;
import java.util.List;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.ui.quality.AssessmentFields;

/** A link the organisation already has, as its return shows it: leave, confirm, correct or end it, and assess it. */
final class KnownLinkCard extends Div {
    final Link link;
    final RadioButtonGroup<ReturnForm.Answer> answer = new RadioButtonGroup<>();
    final ReturnLinkFields fields;
    final IntegerField endedIn = new IntegerField();
    final Checkbox assess = new Checkbox();
    final AssessmentFields assessment;

    private final Organisation organisation;
    private final NetworkSnapshot network;

    KnownLinkCard(Link link, int index, Organisation organisation, NetworkSnapshot network, List<String> knownThemes) {
        this.organisation = organisation;
        this.network = network;
        this.link = link;
        setId("known-" + index);
        frame(this);
        String partner = ReturnPartners.partnerOf(network, organisation.id(), link);
        String inherited = ReturnPartners.inheritedFrom(network, organisation.id(), link);
        var heading = new H3(partnerName(link) + network.organisation(partner)
                .map(o -> o.country() == null ? "" : " — " + countryName(o.country())).orElse("")
                + (inherited == null ? "" : " · " + getTranslation("respond.inherited-from", inherited)));
        heading.setId("known-" + index + "-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        var facts = new Paragraph(getTranslation("kind." + ReturnLinkFields.token(link.kind()))
                + (link.since() == null ? "" : " · " + getTranslation("respond.since", String.valueOf(link.since())))
                + " · " + getTranslation("status." + ReturnLinkFields.token(link.status()))
                + (link.themes().isEmpty() ? "" : " · " + link.themes().stream()
                        .map(t -> ReaderWords.theme(t, getLocale())).collect(Collectors.joining(", "))));
        answer.setLabel(getTranslation("respond.answer"));
        answer.setItems(ReturnForm.Answer.values());
        answer.setItemLabelGenerator(a -> getTranslation("respond.answer." + a.name().toLowerCase(Locale.ROOT)));
        answer.setValue(ReturnForm.Answer.LEAVE);
        answer.setId("known-" + index + "-answer");
        fields = new ReturnLinkFields("known-" + index + "-", knownThemes);
        fields.fill(JsonSnapshotFormat.toJsonNode(link));
        fields.setVisible(false);
        endedIn.setLabel(getTranslation("respond.ended-in"));
        endedIn.setId("known-" + index + "-ended");
        endedIn.setMin(Ids.FIRST_YEAR);
        endedIn.setMax(Ids.lastYear());
        endedIn.setVisible(false);
        answer.addValueChangeListener(e -> {
            fields.setVisible(e.getValue() == ReturnForm.Answer.CORRECT);
            endedIn.setVisible(e.getValue() == ReturnForm.Answer.END);
        });
        assess.setLabel(getTranslation("respond.assess"));
        assess.setId("known-" + index + "-assess");
        assessment = new AssessmentFields("known-" + index + "-", null);
        assessment.setVisible(false);
        assess.addValueChangeListener(e -> assessment.setVisible(e.getValue()));
        add(heading, facts, answer, fields, endedIn, assess, assessment);
    }

    /** A card's frame: a headed section with a border. */
    static void frame(Component c) {
        c.getElement().setAttribute("role", "group");
        c.getElement().getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("width", "100%").set("box-sizing", "border-box");
    }

    private String partnerName(Link l) {
        String partner = ReturnPartners.partnerOf(network, organisation.id(), l);
        return network.organisation(partner).map(Organisation::name).orElse(partner);
    }

    private String countryName(String code) {
        return code == null ? "" : network.country(code).map(c -> ReaderWords.country(c, getLocale())).orElse(code);
    }
}
