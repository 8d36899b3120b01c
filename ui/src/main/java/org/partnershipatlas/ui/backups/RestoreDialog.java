package org.partnershipatlas.ui.backups;

import org.partnershipatlas.backups.AppRecords;
import org.partnershipatlas.backups.BackupArchive;
import org.partnershipatlas.backups.BackupManifest;
import org.partnershipatlas.backups.RestoreService;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.ImportPreview;

/**
 * The confirmation before a restore: what the backup is, what it would change (organisations and links added,
 * changed and removed, by name), that the history is replaced too and that a backup of the present is written
 * first, how many users, tokens, returns, registrations and stories replace the ones here (and that the admin then
 * signs in again) or that they stay (a format {@code /1} backup); a reason for the history; Restore or Cancel. The
 * view does the restoring: this dialog only asks.
 */
class RestoreDialog extends Dialog {
    /** Names listed per kind of change; the rest are counted. */
    static final int NAMES_SHOWN = 10;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final Div problem = new Div();

    private Consumer<String> confirm = reason -> { };

    /**
     * @param preview the dry run of restoring the archive
     * @param current the network as it is now (names of what would be removed)
     */
    RestoreDialog(String fileName, RestoreService.Restore preview, NetworkSnapshot current) {
        setId("restore-dialog");
        setHeaderTitle(getTranslation("backups.restore.title"));
        setWidth("min(46rem, 95vw)");
        BackupManifest manifest = preview.manifest();
        ImportPreview changes = preview.outcome().preview();
        Names names = new Names(preview.contents(), current);

        var facts = new Paragraph(getTranslation("backups.restore.facts", fileName, TIME.format(manifest.createdAt()),
                manifest.networkVersion(), preview.changes()));
        facts.setId("restore-facts");
        var summary = new Div();
        summary.setId("restore-preview");
        if (changes.changesNothing()) {
            summary.add(new Paragraph(getTranslation("backups.restore.same-network")));
        } else {
            section(summary, "backups.restore.added", changes.added().organisations(), names::organisation,
                    changes.added().links(), names::link);
            section(summary, "backups.restore.changed", ids(changes.changed().organisations()), names::organisation,
                    ids(changes.changed().links()), names::link);
            section(summary, "backups.restore.removed", changes.removed().organisations(), names::organisation,
                    changes.removed().links(), names::link);
        }
        var warning = new Paragraph(getTranslation("backups.restore.warning"));
        warning.addClassName("restore-warning");
        var records = records(preview.contents().records());
        records.setId("restore-records");
        var reason = new TextField(getTranslation("backups.restore.reason"));
        reason.setId("restore-reason");
        reason.setWidthFull();
        reason.setMaxLength(Change.MAX_REASON_LENGTH);
        problem.setId("restore-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        add(facts, summary, warning, records, reason, problem);

        var restore = new Button(getTranslation("backups.restore.confirm"), e -> confirm.accept(reason.getValue()));
        restore.setId("restore-confirm");
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var cancel = new Button(getTranslation("backups.cancel"), e -> close());
        cancel.setId("restore-cancel");
        getFooter().add(cancel, restore);
    }

    /** What else the restore replaces (format {@code /2}) or leaves (format {@code /1}). */
    private Paragraph records(AppRecords records) {
        if (records == null) {
            return new Paragraph(getTranslation("backups.restore.records-kept"));
        }
        var paragraph = new Paragraph(getTranslation("backups.restore.records", records.users().size(),
                records.tokens().size(), records.rounds().size(), records.invitations().size(),
                records.registrations().size(), records.stories().size()));
        paragraph.addClassName("restore-warning");
        return paragraph;
    }

    /** What Restore does, with the reason typed. */
    void onConfirm(Consumer<String> action) {
        this.confirm = action;
    }

    /** Shows why the restore was refused, leaving the dialog open. */
    void refused(String message) {
        problem.setText(message);
    }

    private void section(Div into, String key, List<String> organisations, Function<String, String> organisationName,
                         List<String> links, Function<String, String> linkName) {
        if (organisations.isEmpty() && links.isEmpty()) {
            return;
        }
        into.add(new H4(getTranslation(key, organisations.size(), links.size())));
        if (!organisations.isEmpty()) {
            into.add(new Paragraph(getTranslation("common.organisations") + ": " + listed(organisations, organisationName)));
        }
        if (!links.isEmpty()) {
            into.add(new Paragraph(getTranslation("common.links") + ": " + listed(links, linkName)));
        }
    }

    private String listed(List<String> ids, Function<String, String> name) {
        String shown = ids.stream().limit(NAMES_SHOWN).map(name).collect(Collectors.joining("; "));
        return ids.size() <= NAMES_SHOWN ? shown : shown + " " + getTranslation("backups.restore.more", ids.size() - NAMES_SHOWN);
    }

    private static List<String> ids(List<ImportPreview.Changed> changed) {
        return changed.stream().map(ImportPreview.Changed::id).toList();
    }

    /** Names of organisations and links, from the backup first and then from the network now. */
    private static final class Names {
        private final Map<String, Organisation> organisations = new HashMap<>();
        private final Map<String, Link> links = new HashMap<>();

        Names(BackupArchive.Contents archive, NetworkSnapshot current) {
            current.organisations().forEach(o -> organisations.put(o.id(), o));
            current.links().forEach(l -> links.put(l.id(), l));
            archive.network().organisations().forEach(o -> organisations.put(o.value().id(), o.value()));
            archive.network().links().forEach(l -> links.put(l.value().id(), l.value()));
        }

        String organisation(String id) {
            Organisation o = organisations.get(id);
            return o == null ? id : o.name();
        }

        String link(String id) {
            Link l = links.get(id);
            return l == null ? id : organisation(l.from()) + " – " + organisation(l.to());
        }
    }
}
