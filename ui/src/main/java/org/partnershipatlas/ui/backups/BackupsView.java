package org.partnershipatlas.ui.backups;

import org.partnershipatlas.app.Routes;
import org.partnershipatlas.backups.BackupController;
import org.partnershipatlas.backups.BackupFailedException;
import org.partnershipatlas.backups.BackupService;
import org.partnershipatlas.backups.RestoreService;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.app.PayloadTooLargeException;
import org.partnershipatlas.app.ApiBodies;
import org.partnershipatlas.ui.layout.NavigationEntry;
import org.partnershipatlas.ui.layout.MainLayout;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.ConflictException;

/**
 * Backups, for admins ({@code /backups}): the stored backups (time, network version, size) to download or restore,
 * a backup made now, and a backup file uploaded to restore. Whether backups are encrypted is said at the top — and
 * when they are not, that they hold password hashes and contact details in the clear. A restore is always previewed
 * first — what it would add, change and remove, that the history goes back too, and how many users, tokens, returns,
 * registrations and stories take the place of the ones here — and made only when confirmed, through
 * {@link RestoreService} and so the one door. A restore that replaced the users signs the admin out: their account
 * may not be in the backup, or not with the same password or roles, so they sign in again with one that is. Anything
 * refused is shown in words at the top of the page (or in the dialog), and nothing has then changed.
 */
@NavigationEntry(path = Routes.BACKUPS, text = "nav.backups", icon = VaadinIcon.ARCHIVE, order = 160, audience = NavigationEntry.Audience.ADMINS)
@Route(value = Routes.BACKUPS, layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class BackupsView extends VerticalLayout implements HasDynamicTitle {
    static final String SOURCE = "Backups view";

    private final BackupService backups;
    private final RestoreService restores;
    private final NetworkReads reads;
    private final AuthenticationContext authentication;
    private final long maxBytes;
    private final Grid<BackupService.StoredBackup> grid = new Grid<>();
    private final Div problem = new Div();

    public BackupsView(BackupService backups, RestoreService restores, NetworkReads reads,
                       AuthenticationContext authentication, AtlasProperties properties) {
        this.backups = backups;
        this.restores = restores;
        this.reads = reads;
        this.authentication = authentication;
        this.maxBytes = properties.limits().maxImportBytes();
        setId("backups-view");
        configureProblem();
        configureGrid();
        add(new H2(getTranslation("backups.heading")), intro(properties.backup().interval()), encryption(), problem,
                toolbar(), grid,
                new H3(getTranslation("backups.upload.heading")), new Paragraph(getTranslation("backups.upload.intro")),
                upload());
        refresh();
    }

    private Paragraph intro(Duration interval) {
        String schedule = interval.isZero() ? getTranslation("backups.schedule-off")
                : getTranslation("backups.schedule", describe(interval));
        var intro = new Paragraph(getTranslation("backups.intro", backups.folder().toString(), schedule, backups.keep()));
        intro.setId("backups-intro");
        return intro;
    }

    /** Whether backups are encrypted; when not, a warning of what they then show to whoever has a copy. */
    private Paragraph encryption() {
        if (backups.encrypted()) {
            var encrypted = new Paragraph(getTranslation("backups.encrypted"));
            encrypted.setId("backups-encrypted");
            return encrypted;
        }
        var warning = new Paragraph(getTranslation("backups.unencrypted"));
        warning.setId("backups-unencrypted");
        warning.getElement().setAttribute("role", "note");
        warning.getStyle().set("color", "var(--lumo-error-text-color)");
        return warning;
    }

    private void configureProblem() {
        problem.setId("backups-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
    }

    private HorizontalLayout toolbar() {
        var now = new Button(getTranslation("backups.now"), VaadinIcon.ARCHIVE.create(), e -> backUpNow());
        now.setId("backup-now");
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new HorizontalLayout(now);
    }

    private void configureGrid() {
        grid.setId("backups-grid");
        grid.setAriaLabel(getTranslation("backups.heading"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(b -> RestoreDialog.TIME.format(b.createdAt())).setHeader(getTranslation("backups.time"))
                .setKey("time");
        grid.addColumn(BackupService.StoredBackup::networkVersion).setHeader(getTranslation("backups.version"))
                .setKey("version");
        grid.addColumn(b -> size(b.bytes())).setHeader(getTranslation("backups.size")).setKey("size");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("backups.actions")).setKey("actions");
        grid.setAllRowsVisible(true);
    }

    private HorizontalLayout actions(BackupService.StoredBackup backup) {
        var download = new Anchor(DownloadHandler.forFile(backups.file(backup.name()).toFile(), backup.name()),
                AttachmentType.DOWNLOAD, getTranslation("backups.download"));
        download.getElement().setAttribute("aria-label", getTranslation("backups.download") + " " + backup.name());
        download.addClassName("backup-download");
        var restore = new Button(getTranslation("backups.restore"), e -> previewStored(backup.name()));
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        restore.setAriaLabel(getTranslation("backups.restore") + " " + backup.name());
        restore.addClassName("restore-stored");
        var actions = new HorizontalLayout(download, restore);
        actions.setAlignItems(Alignment.CENTER);
        return actions;
    }

    private Upload upload() {
        var upload = new Upload(uploadHandler());
        upload.setId("restore-upload");
        upload.setAcceptedFileTypes(BackupController.ZIP, ".zip", ".enc", "application/octet-stream");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setUploadButton(new Button(getTranslation("backups.upload.button")));
        upload.setDropLabel(new Span(getTranslation("backups.upload.drop")));
        upload.addFileRejectedListener(e -> show(List.of(getTranslation("backups.upload.rejected", maxBytes))));
        return upload;
    }

    /** Reads the upload within the limit, then previews restoring it (on the UI's thread). */
    private UploadHandler uploadHandler() {
        return event -> {
            UI ui = event.getUI();
            String name = event.getFileName();
            byte[] archive;
            try (InputStream in = event.getInputStream()) {
                archive = ApiBodies.read(in, event.getFileSize(), maxBytes);
            } catch (PayloadTooLargeException e) {
                ui.access(() -> show(List.of(e.getMessage())));
                return;
            }
            ui.access(() -> preview(name, () -> restores.restore(archive, name, change(null), true, null),
                    (reason, base) -> restores.restore(archive, name, change(reason), false, base)));
        };
    }

    private void previewStored(String name) {
        preview(name, () -> restores.restoreStored(name, change(null), true, null),
                (reason, base) -> restores.restoreStored(name, change(reason), false, base));
    }

    /** One way to ask a restore: the dry run, and the real one against the previewed version. */
    private interface Commit {
        RestoreService.Restore restore(String reason, long baseVersion);
    }

    private interface DryRun {
        RestoreService.Restore preview();
    }

    private void preview(String name, DryRun dryRun, Commit commit) {
        clearProblem();
        RestoreService.Restore preview;
        try {
            preview = dryRun.preview();
        } catch (RuntimeException e) {
            refused(e);
            return;
        }
        long base = preview.outcome().preview().baseVersion();
        var dialog = new RestoreDialog(name, preview, reads.current().snapshot());
        dialog.onConfirm(reason -> {
            RestoreService.Restore done;
            try {
                done = commit.restore(reason, base);
            } catch (RuntimeException e) {
                dialog.refused(String.join(" ", messages(e)));
                return;
            }
            dialog.close();
            if (done.replacesRecords()) {
                notify(getTranslation("backups.restored-sign-in", done.outcome().result().version(),
                        done.outcome().backupBefore()), NotificationVariant.LUMO_SUCCESS);
                authentication.logout();
                return;
            }
            refresh();
            notify(getTranslation("backups.restored", done.outcome().result().version(),
                    done.outcome().backupBefore()), NotificationVariant.LUMO_SUCCESS);
        });
        dialog.open();
    }

    private void backUpNow() {
        clearProblem();
        try {
            var written = backups.write("made now by " + Actor.current().name() + " in the Backups view");
            refresh();
            notify(getTranslation("backups.written", written.name()), NotificationVariant.LUMO_SUCCESS);
        } catch (BackupFailedException e) {
            refused(e);
        }
    }

    private static Change change(String reason) {
        return Change.by(Actor.current(), SOURCE).withReason(reason);
    }

    private void refresh() {
        grid.setItems(backups.list());
    }

    private void refused(RuntimeException e) {
        show(messages(e));
    }

    /** What went wrong, in words: every error of an archive, or the one reason. */
    private List<String> messages(RuntimeException e) {
        if (e instanceof ValidationException invalid) {
            return invalid.errors().stream().map(ValidationError::toString).toList();
        }
        if (e instanceof ConflictException conflict && "stale-preview".equals(conflict.code())) {
            return List.of(getTranslation("backups.stale"));
        }
        if (e instanceof PayloadTooLargeException || e instanceof ConflictException || e instanceof BackupFailedException
                || e instanceof IllegalArgumentException || e instanceof NoSuchElementException
                || e instanceof AccessDeniedException) {
            return List.of(e.getMessage());
        }
        throw e;
    }

    private void show(List<String> messages) {
        problem.removeAll();
        problem.add(new Paragraph(getTranslation("backups.refused")));
        var list = new UnorderedList();
        messages.forEach(m -> list.add(new ListItem(m)));
        problem.add(list);
        problem.setVisible(true);
    }

    private void clearProblem() {
        problem.removeAll();
        problem.setVisible(false);
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 6000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    private String size(long bytes) {
        Locale locale = getLocale();
        if (bytes < 1_000_000) {
            return String.format(locale, "%.1f kB", bytes / 1_000.0);
        }
        return String.format(locale, "%.1f MB", bytes / 1_000_000.0);
    }

    private String describe(Duration interval) {
        if (interval.toDays() > 0 && interval.equals(Duration.ofDays(interval.toDays()))) {
            return getTranslation("backups.days", interval.toDays());
        }
        if (interval.toHours() > 0 && interval.equals(Duration.ofHours(interval.toHours()))) {
            return getTranslation("backups.hours", interval.toHours());
        }
        return getTranslation("backups.minutes", Math.max(1, interval.toMinutes()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backups.heading") + " · " + getTranslation("app.title");
    }
}
