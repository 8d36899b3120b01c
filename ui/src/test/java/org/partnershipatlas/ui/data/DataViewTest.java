package org.partnershipatlas.ui.data;

import org.partnershipatlas.data.DataService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.store.ChangeQuery;
import org.partnershipatlas.writes.NetworkWrites;

/** The Data view without a browser: editing through the form, errors at fields, stewards, conflicts, import preview. */
class DataViewTest extends KaribuViewTest {
    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;

    @BeforeEach
    void seedAndSignIn() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
        signIn("karibu-editor", Set.of(Role.EDITOR), Set.of());
    }

    private String name(String id) {
        return reads.current().snapshot().organisation(id).orElseThrow().name();
    }

    @Test
    void editingAName_savesThroughTheDoor_andIsRecordedWithTheEditor() {
        DataView view = navigate("data?organisation=quthing-hospital", DataView.class);
        assertThat(view.organisationForm().isVisible()).isTrue();
        view.organisationForm().name.setValue("Quthing Government Hospital");
        _click(_get(Button.class, spec -> spec.withId("organisation-save")));
        assertThat(name("quthing-hospital")).isEqualTo("Quthing Government Hospital");
        var change = reads.changes(ChangeQuery.latest(1)).get(0);
        assertThat(change.actor()).isEqualTo("karibu-editor");
        assertThat(change.source()).isEqualTo("form");
        assertThat(view.organisationForm().isVisible()).isFalse();
    }

    @Test
    void aBadWebsiteAndABlankName_areShownAtTheirFields_andNothingChanges() {
        long version = reads.version();
        DataView view = navigate("data?organisation=quthing-hospital", DataView.class);
        view.organisationForm().website.setValue("javascript:alert(1)");
        view.organisationForm().name.setValue("   ");
        _click(_get(Button.class, spec -> spec.withId("organisation-save")));
        assertThat(view.organisationForm().website.isInvalid()).isTrue();
        assertThat(view.organisationForm().website.getErrorMessage()).contains("http");
        assertThat(view.organisationForm().name.isInvalid()).isTrue();
        assertThat(reads.version()).isEqualTo(version);
    }

    @Test
    void aSteward_seesOnlyTheirOrganisationAndItsLinks() {
        signIn("karibu-steward", Set.of(Role.EDITOR), Set.of("dolen-cymru"));
        navigate("data", DataView.class);
        @SuppressWarnings("unchecked")
        Grid<org.partnershipatlas.model.Organisation> organisations = _get(Grid.class, spec -> spec.withId("organisations-grid"));
        assertThat(GridKt._size(organisations)).isEqualTo(1);
        assertThat(_find(Button.class, spec -> spec.withId("new-organisation"))).as("stewards add no organisations").isEmpty();
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<DataService.LinkRow> links = _get(Grid.class, spec -> spec.withId("links-grid"));
        assertThat(GridKt._size(links)).isEqualTo(reads.current().snapshot().linksOf("dolen-cymru").size());
    }

    @Test
    void anEditAgainstAnOlderRevision_showsWhoChangedItAndBothVersions() {
        DataView view = navigate("data?organisation=quthing-hospital", DataView.class);
        var other = (com.fasterxml.jackson.databind.node.ObjectNode) JsonSnapshotFormat.toJsonNode(
                reads.current().snapshot().organisation("quthing-hospital").orElseThrow());
        other.put("name", "Changed meanwhile");
        writes.updateOrganisation("quthing-hospital", JsonSnapshotFormat.parseEntity(other,
                JsonSnapshotFormat.Entity.ORGANISATION, "organisation"), null, TestWrites.CHANGE);
        view.organisationForm().name.setValue("My edit");
        _click(_get(Button.class, spec -> spec.withId("organisation-save")));
        Dialog conflict = _get(Dialog.class, spec -> spec.withId("edit-conflict"));
        assertThat(conflict.isOpened()).isTrue();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.contains(TestWrites.ADMIN.name()));
        assertThat(name("quthing-hospital")).isEqualTo("Changed meanwhile");
        _click(_get(Button.class, spec -> spec.withId("save-mine")));
        assertThat(name("quthing-hospital")).isEqualTo("My edit");
    }

    @Test
    void deletingAnOrganisationWithLinks_asksFirst() {
        long version = reads.version();
        navigate("data?organisation=dolen-cymru", DataView.class);
        _click(_get(Button.class, spec -> spec.withId("organisation-delete")));
        assertThat(_get(ConfirmDialog.class, spec -> spec.withId("delete-with-links")).isOpened()).isTrue();
        assertThat(reads.version()).isEqualTo(version);
    }

    @Test
    void importingAFile_showsThePreviewFirst_thenCommits() {
        navigate("data", DataView.class);
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(2);
        String json = "{\"format\": \"partnership-atlas/1\", \"organisations\": [{\"id\": \"karibu-import\", "
                + "\"name\": \"Imported in Karibu\", \"type\": \"NGO\", \"confidence\": \"ILLUSTRATIVE\"}]}";
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "new.json", "application/json",
                json.getBytes(StandardCharsets.UTF_8));
        long version = reads.version();
        _click(_get(Button.class, spec -> spec.withId("import-preview")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText()).contains("1 organisation added");
        assertThat(reads.version()).isEqualTo(version);
        _click(_get(Button.class, spec -> spec.withId("import-commit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-done")).getText()).contains("1 organisation added");
        assertThat(reads.current().snapshot().organisation("karibu-import")).isPresent();
    }

    @Test
    void anImportWithErrors_listsThemAll_andCommitStaysOff() {
        navigate("data", DataView.class);
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(2);
        String json = "{\"format\": \"partnership-atlas/1\", \"organisations\": [{\"id\": \"Bad Id\", \"name\": \"x\", "
                + "\"type\": \"SPACESHIP\", \"confidence\": \"ILLUSTRATIVE\"}]}";
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "bad.json", "application/json",
                json.getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withId("import-preview")));
        @SuppressWarnings("unchecked")
        Grid<org.partnershipatlas.model.validation.ValidationError> errors = _get(Grid.class, spec -> spec.withId("import-errors"));
        assertThat(GridKt._size(errors)).isGreaterThanOrEqualTo(2);
        assertThat(_get(Button.class, spec -> spec.withId("import-commit")).isEnabled()).isFalse();
    }

    @Test
    void readersCannotOpenTheDataView() {
        signIn("karibu-viewer", Set.of(Role.VIEWER), Set.of());
        com.vaadin.flow.component.UI.getCurrent().navigate("data");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getCurrentView()).isNotInstanceOf(DataView.class);
    }
}
