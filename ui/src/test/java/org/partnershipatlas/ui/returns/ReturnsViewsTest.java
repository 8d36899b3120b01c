package org.partnershipatlas.ui.returns;

import org.partnershipatlas.returns.RegistrationsService;
import org.partnershipatlas.returns.ReturnItems;
import org.partnershipatlas.returns.ReturnsService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.store.ReturnStore;
import org.partnershipatlas.writes.NetworkWrites;

/** The return form, registration, rounds and review, without a browser. */
class ReturnsViewsTest extends KaribuViewTest {
    private static final String BETSI = "betsi-cadwaladr-uhb";
    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;
    @Autowired
    ReturnsService returns;
    @Autowired
    ReturnStore store;

    @BeforeEach
    void seed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    private ReturnsService.Issued invite(String title) {
        return returns.open(TestWrites.ADMIN, title, LocalDate.now().plusDays(10),
                List.of(new ReturnsService.Invitee(BETSI, null))).invitations().get(0);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> T byId(Class type, String id) {
        return (T) _get((Class<com.vaadin.flow.component.Component>) type, spec -> spec.withId(id));
    }

    private void addUgandaPartner(String name) {
        _click(byId(Button.class, "return-add"));
        RadioButtonGroup<ReturnForm.PartnerMode> mode = byId(RadioButtonGroup.class, "new-0-mode");
        mode.setValue(ReturnForm.PartnerMode.NEW);
        TextField partnerName = byId(TextField.class, "new-0-name");
        partnerName.setValue(name);
        Select<OrganisationType> type = byId(Select.class, "new-0-type");
        type.setValue(OrganisationType.NGO);
        ComboBox<Country> country = byId(ComboBox.class, "new-0-country");
        country.setValue(reads.current().snapshot().country("UG").orElseThrow());
        IntegerField since = byId(IntegerField.class, "new-0-since");
        since.setValue(2025);
    }

    @Test
    void theReturnForm_confirmsAndAddsAPartnerInUganda_andSubmits() {
        var issued = invite("Form round");
        navigate("respond/" + issued.token(), RespondView.class);
        assertThat(((H2) byId(H2.class, "respond-heading")).getText()).contains("Form round").contains("Betsi");
        int known = reads.current().snapshot().linksOf(BETSI).size();
        assertThat(_find(Div.class).stream()
                .filter(d -> d.getId().orElse("").matches("known-\\d+"))).hasSize(known);
        RadioButtonGroup<ReturnForm.Answer> first = byId(RadioButtonGroup.class, "known-0-answer");
        first.setValue(ReturnForm.Answer.CONFIRM);
        addUgandaPartner("Lira Community Clinic");
        ((TextField) byId(TextField.class, "contact-name")).setValue("Ann Jones");
        ((TextField) byId(TextField.class, "contact-role")).setValue("international lead");
        _click(byId(Button.class, "respond-submit"));
        assertThat(((Paragraph) byId(Paragraph.class, "respond-thanks")).getText()).contains("Thank you");
        var invitation = store.invitation(issued.invitation()).orElseThrow();
        assertThat(invitation.status()).isEqualTo(ReturnStore.Status.SUBMITTED);
        assertThat(invitation.submission()).contains("Lira Community Clinic").contains("\"UG\"");
    }

    @Test
    void theReturnForm_ofABoard_showsTheLinksItInherited_namingWhoseTheyWere() {
        var issued = returns.open(TestWrites.ADMIN, "Inherited round", LocalDate.now().plusDays(10),
                List.of(new ReturnsService.Invitee("swansea-bay-uhb", null))).invitations().get(0);
        navigate("respond/" + issued.token(), RespondView.class);
        var snapshot = reads.current().snapshot();
        int known = snapshot.linksOf("swansea-bay-uhb").size() + snapshot.inheritedLinks("swansea-bay-uhb").size();
        assertThat(_find(Div.class).stream().filter(d -> d.getId().orElse("").matches("known-\\d+"))).hasSize(known);
        assertThat(_find(H3.class).stream().map(H3::getText))
                .anyMatch(t -> t.startsWith("Edward Francis Small Teaching Hospital")
                        && t.endsWith("inherited from Swansea NHS Trust"));
    }

    @Test
    void theReturnForm_putsEachErrorAtItsField_andSendsNothing() {
        var issued = invite("Error round");
        navigate("respond/" + issued.token(), RespondView.class);
        _click(byId(Button.class, "return-add"));
        RadioButtonGroup<ReturnForm.PartnerMode> mode = byId(RadioButtonGroup.class, "new-0-mode");
        mode.setValue(ReturnForm.PartnerMode.NEW);
        RadioButtonGroup<ReturnForm.Answer> first = byId(RadioButtonGroup.class, "known-0-answer");
        first.setValue(ReturnForm.Answer.END);
        _click(byId(Button.class, "respond-submit"));
        assertThat(((TextField) byId(TextField.class, "new-0-name")).isInvalid()).isTrue();
        assertThat(((IntegerField) byId(IntegerField.class, "known-0-ended")).isInvalid()).isTrue();
        assertThat(((TextField) byId(TextField.class, "contact-role")).isInvalid()).isTrue();
        assertThat(((Div) byId(Div.class, "respond-errors")).getElement().getTextRecursively()).contains("problem");
        assertThat(store.invitation(issued.invitation()).orElseThrow().status()).isEqualTo(ReturnStore.Status.NOT_STARTED);
    }

    @Test
    void aDraft_comesBackWhenTheLinkIsOpenedAgain() {
        var issued = invite("Draft round");
        navigate("respond/" + issued.token(), RespondView.class);
        RadioButtonGroup<ReturnForm.Answer> first = byId(RadioButtonGroup.class, "known-0-answer");
        first.setValue(ReturnForm.Answer.CORRECT);
        ((IntegerField) byId(IntegerField.class, "known-0-since")).setValue(1999);
        addUgandaPartner("Draft Partner Uganda");
        ((TextField) byId(TextField.class, "contact-name")).setValue("Half Done");
        _click(byId(Button.class, "respond-save"));
        assertThat(store.invitation(issued.invitation()).orElseThrow().status()).isEqualTo(ReturnStore.Status.DRAFT);

        navigate("respond/" + issued.token(), RespondView.class);
        RadioButtonGroup<ReturnForm.Answer> again = byId(RadioButtonGroup.class, "known-0-answer");
        assertThat(again.getValue()).isEqualTo(ReturnForm.Answer.CORRECT);
        assertThat(((IntegerField) byId(IntegerField.class, "known-0-since")).getValue()).isEqualTo(1999);
        assertThat(((TextField) byId(TextField.class, "new-0-name")).getValue()).isEqualTo("Draft Partner Uganda");
        assertThat(((TextField) byId(TextField.class, "contact-name")).getValue()).isEqualTo("Half Done");
    }

    @Test
    void anUnknownLink_saysSo_inWelshToo() {
        navigate("respond/" + "b".repeat(43), RespondView.class);
        assertThat(((Paragraph) byId(Paragraph.class, "respond-message")).getText()).contains("contact");
        navigate("respond/" + "b".repeat(43) + "?lang=cy", RespondView.class);
        assertThat(((Paragraph) byId(Paragraph.class, "respond-message")).getText()).contains("Cysylltwch");
    }

    @Test
    void anAdminOpensARound_andSeesTheLinksOnce() {
        signIn("karibu-admin", Set.of(Role.ADMIN), Set.of());
        navigate("returns", ReturnsView.class);
        _click(byId(Button.class, "returns-open"));
        ((TextField) byId(TextField.class, "round-title")).setValue("Karibu round");
        _click(byId(Button.class, "round-open"));
        Grid<ReturnsService.Issued> links = byId(Grid.class, "round-links-grid");
        assertThat(GridKt._size(links)).isEqualTo(returns.defaultInvitees().size());
        assertThat(((TextField) GridKt._getCellComponent(links, 0, "url")).getValue()).contains("/respond/");
        assertThat(returns.rounds()).extracting(ReturnStore.Round::title).contains("Karibu round");
    }

    @Test
    void anEditorReviewsAReturn_item_by_item_andTheNetworkChanges() throws Exception {
        var issued = invite("Review round");
        var link = reads.current().snapshot().linksOf(BETSI).get(0);
        returns.submit(issued.token(), ReturnItems.JSON.readTree("""
                {"confirm": ["%s"], "add": [{"partner": {"name": "Masaka Health Partners", "type": "NGO", "country": "UG"},
                 "kind": "HEALTH_LINK", "since": 2024}], "contact": {"name": "A", "role": "lead"}}""".formatted(link.id())));
        signIn("karibu-editor", Set.of(Role.EDITOR), Set.of());
        var round = store.invitation(issued.invitation()).orElseThrow().round();
        navigate("returns/" + round, RoundView.class);
        Grid<ReturnStore.Invitation> organisations = byId(Grid.class, "round-organisations");
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(organisations, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("review-" + issued.invitation())));
        ((Checkbox) byId(Checkbox.class, "item-confirm-" + link.id())).setValue(false);
        _click(byId(Button.class, "review-accept-selected"));
        var after = reads.current().snapshot();
        assertThat(after.organisations()).extracting(Organisation::name).contains("Masaka Health Partners");
        assertThat(after.link(link.id()).orElseThrow()).as("the unticked item is not written").isEqualTo(link);
        assertThat(store.invitation(issued.invitation()).orElseThrow().status()).isEqualTo(ReturnStore.Status.REVIEWED);
    }

    @Test
    void aCommunityGroupRegisters_andAnEditorAcceptsIt() {
        navigate("register", RegisterView.class);
        ((TextField) byId(TextField.class, "register-name")).setValue("Cardiff Friends of Gulu");
        ((TextArea) byId(TextArea.class, "register-seeks")).setValue("a clinic to twin with in northern Uganda");
        ((TextField) byId(TextField.class, "register-contact-name")).setValue("Sara");
        ((EmailField) byId(EmailField.class, "register-contact-email")).setValue("sara@example.org");
        _click(byId(Button.class, "register-send"));
        assertThat(((Paragraph) byId(Paragraph.class, "register-thanks")).getText()).contains("review");

        signIn("karibu-editor", Set.of(Role.EDITOR), Set.of());
        navigate("returns", ReturnsView.class);
        var pending = store.registrations("PENDING").stream()
                .filter(r -> r.data().contains("Cardiff Friends of Gulu")).findFirst().orElseThrow();
        Grid<RegistrationsService.Pending> registrations = byId(Grid.class, "returns-registrations");
        int row = 0;
        while (!GridKt._get(registrations, row).registration().id().equals(pending.id())) {
            row++;
        }
        _click((Button) GridKt._getCellComponent(registrations, row, "review"));
        _click(byId(Button.class, "registration-accept"));
        var added = reads.current().snapshot().organisations().stream()
                .filter(o -> o.name().equals("Cardiff Friends of Gulu")).findFirst().orElseThrow();
        assertThat(added.seekingPartner()).isTrue();
    }

    @Test
    void registration_marksBadFields_andTheHoneypotSendsNothing() {
        int before = store.registrations(null).size();
        navigate("register", RegisterView.class);
        ((EmailField) byId(EmailField.class, "register-contact-email")).setValue("not-an-email");
        _click(byId(Button.class, "register-send"));
        assertThat(((TextField) byId(TextField.class, "register-name")).isInvalid()).isTrue();
        assertThat(((TextArea) byId(TextArea.class, "register-seeks")).isInvalid()).isTrue();
        assertThat(((EmailField) byId(EmailField.class, "register-contact-email")).isInvalid()).isTrue();

        navigate("register", RegisterView.class);
        ((TextField) byId(TextField.class, "register-name")).setValue("Robot Org");
        ((TextArea) byId(TextArea.class, "register-seeks")).setValue("spam");
        ((TextField) byId(TextField.class, "register-contact-name")).setValue("Bot");
        ((EmailField) byId(EmailField.class, "register-contact-email")).setValue("bot@example.org");
        ((TextField) byId(TextField.class, "register-fax")).setValue("0800 123");
        _click(byId(Button.class, "register-send"));
        assertThat(((Paragraph) byId(Paragraph.class, "register-thanks")).getText()).contains("review");
        assertThat(store.registrations(null)).hasSize(before);
    }

    @Test
    void aSteward_isToldReviewIsForEditors() {
        signIn("karibu-steward", Set.of(Role.EDITOR), Set.of(BETSI));
        navigate("returns", ReturnsView.class);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).anyMatch(t -> t.contains("steward"));
        assertThat(_find(Button.class, spec -> spec.withId("returns-open"))).isEmpty();
    }
}
