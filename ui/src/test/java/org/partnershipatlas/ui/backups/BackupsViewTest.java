package org.partnershipatlas.ui.backups;

import org.partnershipatlas.backups.Archives;
import org.partnershipatlas.backups.BackupArchive;
import org.partnershipatlas.backups.BackupService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.RecordedChange;
import org.partnershipatlas.writes.NetworkWrites;

/** The Backups view as an admin: list, make one now, restore one from the list or an upload after a preview. */
class BackupsViewTest extends KaribuViewTest {
    @Autowired
    BackupService backups;
    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;
    @Autowired
    NetworkStore store;

    @BeforeEach
    void signInAsAdminOnTheSeed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
        signIn("admin", Set.of(Role.ADMIN));
    }

    @SuppressWarnings("unchecked")
    private static Grid<BackupService.StoredBackup> grid() {
        return _get(Grid.class, spec -> spec.withId("backups-grid"));
    }

    private static Organisation newcomer() {
        return new Organisation("karibu-newcomer-" + System.nanoTime(), "Newcomer after the backup", OrganisationType.NGO,
                "KE", null, null, null, null, null, Confidence.ILLUSTRATIVE, List.of());
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private byte[] archiveNow() {
        var out = new ByteArrayOutputStream();
        backups.archiveNow().writeTo(out);
        return out.toByteArray();
    }

    @Test
    void backupNow_addsTheNewestBackupToTheList() {
        navigate("backups", BackupsView.class);
        assertThat(text(_get(Component.class, spec -> spec.withId("backups-intro")))).contains(backups.folder().toString());

        _click(_get(Button.class, spec -> spec.withId("backup-now")));

        BackupService.StoredBackup newest = backups.list().get(0);
        assertThat(newest.networkVersion()).isEqualTo(reads.version());
        assertThat(GridKt._size(grid())).isEqualTo(backups.list().size());
        assertThat(GridKt._get(grid(), 0)).isEqualTo(newest);
        assertThat(GridKt._getFormatted(grid(), 0, "version")).isEqualTo(Long.toString(reads.version()));
    }

    @Test
    void restoreFromTheList_showsWhatWouldBeRemoved_thenRestoresWhenConfirmed() {
        navigate("backups", BackupsView.class);
        _click(_get(Button.class, spec -> spec.withId("backup-now")));
        Organisation newcomer = newcomer();
        TestWrites.create(writes, newcomer);
        long before = reads.version();

        Component actions = GridKt._getCellComponent(grid(), 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withClasses("restore-stored")));

        assertThat(text(_get(Div.class, spec -> spec.withId("restore-preview"))))
                .contains("Would be removed (organisations: 1, links: 0)").contains(newcomer.name());
        assertThat(reads.version()).as("the preview changes nothing").isEqualTo(before);
        _get(TextField.class, spec -> spec.withId("restore-reason")).setValue("undo the newcomer");
        _click(_get(Button.class, spec -> spec.withId("restore-confirm")));

        assertThat(reads.current().snapshot().organisation(newcomer.id())).isEmpty();
        RecordedChange restore = store.allChanges().get(store.allChanges().size() - 1);
        assertThat(restore.kind()).isEqualTo(ChangeKind.RESTORE);
        assertThat(restore.actor()).isEqualTo("admin");
        assertThat(restore.source()).isEqualTo(BackupsView.SOURCE);
        assertThat(restore.reason()).isEqualTo("undo the newcomer");
        assertThat(restore.id()).isGreaterThan(before);
        assertThat(_find(Div.class, spec -> spec.withId("restore-dialog"))).isEmpty();
    }

    @Test
    void withoutAPassphrase_thePageWarnsThatBackupsHoldHashesAndContactDetailsInTheClear() {
        navigate("backups", BackupsView.class);

        assertThat(text(_get(Paragraph.class, spec -> spec.withId("backups-unencrypted"))))
                .contains("not encrypted").contains("hashes").contains("email").contains("atlas.backup.passphrase");
        assertThat(_find(Paragraph.class, spec -> spec.withId("backups-encrypted"))).isEmpty();
    }

    @Test
    void restoringABackupWithUsers_saysSoInThePreview_thenSignsTheAdminOut() {
        navigate("backups", BackupsView.class);
        _click(_get(Button.class, spec -> spec.withId("backup-now")));
        Component actions = GridKt._getCellComponent(grid(), 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withClasses("restore-stored")));

        assertThat(text(_get(Paragraph.class, spec -> spec.withId("restore-records"))))
                .contains("users").contains("signed out");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
        _click(_get(Button.class, spec -> spec.withId("restore-confirm")));

        assertThat(store.allChanges().get(store.allChanges().size() - 1).kind()).isEqualTo(ChangeKind.RESTORE);
        assertThat(SecurityContextHolder.getContext().getAuthentication())
                .as("the restoring admin signs in again, with an account from the backup").isNull();
    }

    @Test
    void restoringABackupOfFormat1_saysUsersAndTheRestStay_andTheAdminStaysSignedIn() {
        var out = new ByteArrayOutputStream();
        BackupArchive.write(store.readWithHistory(), null, java.time.Instant.now(), out);
        navigate("backups", BackupsView.class);

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("restore-upload")), "old.zip", "application/zip",
                out.toByteArray());
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("restore-records")))).contains("stay as they are");
        _click(_get(Button.class, spec -> spec.withId("restore-confirm")));

        assertThat(store.allChanges().get(store.allChanges().size() - 1).kind()).isEqualTo(ChangeKind.RESTORE);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
        assertThat(_find(Div.class, spec -> spec.withId("restore-dialog"))).isEmpty();
    }

    @Test
    void upload_ofATamperedArchive_showsWhyInWords_andChangesNothing() {
        navigate("backups", BackupsView.class);
        Map<String, byte[]> files = Archives.unzip(archiveNow());
        files.put("network.json", Archives.text(files, "network.json").replace("Dolen Cymru", "Dolen Cymru (edited)")
                .getBytes(StandardCharsets.UTF_8));
        long before = reads.version();

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("restore-upload")), "tampered.zip", "application/zip",
                Archives.zip(files));

        Div problem = _get(Div.class, spec -> spec.withId("backups-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(text(problem)).contains("Nothing was changed").contains("network.json").contains("manifest");
        assertThat(_find(Component.class, spec -> spec.withId("restore-dialog"))).isEmpty();
        assertThat(reads.version()).isEqualTo(before);
    }

    @Test
    void upload_ofAGoodArchive_previewsIt_andCancelChangesNothing() {
        byte[] archive = archiveNow();
        TestWrites.create(writes, newcomer());
        navigate("backups", BackupsView.class);
        long before = reads.version();

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("restore-upload")), "atlas.zip", "application/zip", archive);

        assertThat(text(_get(Component.class, spec -> spec.withId("restore-facts")))).startsWith("atlas.zip: made ");
        _click(_get(Button.class, spec -> spec.withId("restore-cancel")));
        assertThat(_find(Component.class, spec -> spec.withId("restore-dialog"))).isEmpty();
        assertThat(reads.version()).isEqualTo(before);
    }
}
