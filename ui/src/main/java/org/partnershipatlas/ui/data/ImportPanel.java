package org.partnershipatlas.ui.data;

import java.util.function.Function;
import org.partnershipatlas.model.Organisation;
import com.vaadin.flow.component.Component;
import org.springframework.security.access.AccessDeniedException;
import org.partnershipatlas.app.ApiBodies;
import org.partnershipatlas.data.DataService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MultiFileMemoryBuffer;

import org.partnershipatlas.texts.ChangeWords;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.ConflictException;
import org.partnershipatlas.writes.ImportPreview;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * Importing a file with a preview: upload a JSON snapshot or the spreadsheet CSVs, choose merge (or, for admins,
 * replace), see what would be added, changed field by field and removed — or every error with its file, line and
 * column — then commit or cancel. The commit is all-or-nothing and refused if the network changed since the preview.
 */
class ImportPanel extends VerticalLayout {
    private final DataService data;
    private final MultiFileMemoryBuffer files = new MultiFileMemoryBuffer();
    private final Upload upload = new Upload(files);
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final TextField reason = new TextField();
    private final Button preview = new Button();
    private final Button commit = new Button();
    private final Button cancel = new Button();
    private final Div result = new Div();
    private final List<String> uploaded = new ArrayList<>();
    private Prepared prepared;

    /** A previewed file, ready to commit against the version it was previewed at. */
    private record Prepared(Uploaded files, ImportMode mode, long baseVersion) {
    }

    /** The uploaded files by kind. */
    private record Uploaded(String json, byte[] jsonBytes, byte[] organisations, byte[] links, byte[] assessments,
                            String name, long bytes, String sha256) {
    }

    ImportPanel(DataService data, long maxBytes) {
        this.data = data;
        setId("import-panel");
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".json", ".csv", "application/json", "text/csv");
        upload.setMaxFiles(3);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.addSucceededListener(e -> {
            uploaded.add(e.getFileName());
            clearPreview();
        });
        upload.addFileRejectedListener(e -> show(new Paragraph(e.getErrorMessage())));
        mode.setId("import-mode");
        mode.setLabel(getTranslation("data.import-mode"));
        mode.setItems(Actor.current().has(Role.ADMIN) ? List.of(ImportMode.MERGE, ImportMode.REPLACE) : List.of(ImportMode.MERGE));
        mode.setItemLabelGenerator(m -> getTranslation("data.import-mode." + m.name().toLowerCase(Locale.ROOT)));
        mode.setValue(ImportMode.MERGE);
        mode.addValueChangeListener(e -> clearPreview());
        reason.setId("import-reason");
        reason.setLabel(getTranslation("history.reason"));
        reason.setWidth("30em");
        reason.setMaxLength(Change.MAX_REASON_LENGTH);
        preview.setText(getTranslation("data.preview"));
        preview.setId("import-preview");
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.addClickListener(e -> preview());
        commit.setText(getTranslation("data.commit"));
        commit.setId("import-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(e -> commit());
        cancel.setText(getTranslation("data.cancel"));
        cancel.setId("import-cancel");
        cancel.addClickListener(e -> {
            upload.clearFileList();
            uploaded.clear();
            clearPreview();
        });
        result.setId("import-result");
        result.setWidthFull();
        var actions = new HorizontalLayout(preview, commit, cancel);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("data.import-heading")), new Paragraph(getTranslation("data.import-help")), upload,
                mode, reason, actions, result);
        clearPreview();
    }

    private void clearPreview() {
        prepared = null;
        commit.setEnabled(false);
        result.removeAll();
    }

    private Uploaded files() {
        String json = null;
        byte[] jsonBytes = null;
        byte[] organisations = null;
        byte[] links = null;
        byte[] assessments = null;
        var names = new ArrayList<String>();
        long bytes = 0;
        var digests = new ArrayList<byte[]>();
        for (String name : uploaded) {
            byte[] content = read(name);
            names.add(name);
            bytes += content.length;
            digests.add(content);
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".json")) {
                json = name;
                jsonBytes = content;
            } else if (lower.contains("assessment")) {
                assessments = content;
            } else if (lower.contains("link")) {
                links = content;
            } else if (lower.contains("organisation") || lower.contains("organization")) {
                organisations = content;
            }
        }
        return new Uploaded(json, jsonBytes, organisations, links, assessments, String.join(" + ", names), bytes,
                ApiBodies.sha256(digests.toArray(byte[][]::new)));
    }

    private byte[] read(String name) {
        try (InputStream in = files.getInputStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NetworkWrites.ImportOutcome run(Uploaded f, ImportMode chosen, boolean dryRun, Long baseVersion) {
        var upload = new DataService.Upload(f.name(), f.bytes(), f.sha256());
        Change change = Change.by(Actor.current(), "import in the Data view").withReason(reason.getValue());
        if (f.jsonBytes() != null) {
            return data.importJson(f.jsonBytes(), chosen, upload, change, dryRun, baseVersion);
        }
        return data.importCsv(f.organisations(), f.links(), f.assessments(), chosen, upload, change, dryRun, baseVersion);
    }

    private void preview() {
        clearPreview();
        if (uploaded.isEmpty()) {
            show(new Paragraph(getTranslation("data.import-nothing")));
            return;
        }
        Uploaded f = files();
        if (f.jsonBytes() == null && f.organisations() == null) {
            show(new Paragraph(getTranslation("data.import-which")));
            return;
        }
        try {
            ImportPreview p = run(f, mode.getValue(), true, null).preview();
            prepared = new Prepared(f, mode.getValue(), p.baseVersion());
            commit.setEnabled(!p.changesNothing());
            showPreview(p);
        } catch (ValidationException e) {
            showErrors(e.errors(), e.getMessage());
        } catch (ConflictException | AccessDeniedException e) {
            show(new Paragraph(e.getMessage()));
        }
    }

    private void commit() {
        if (prepared == null) {
            return;
        }
        try {
            var outcome = run(prepared.files(), prepared.mode(), false, prepared.baseVersion());
            result.removeAll();
            var done = new Paragraph(getTranslation("data.import-done",
                    ChangeWords.summary(outcome.preview().summary(), this::getTranslation, getLocale()),
                    outcome.result() == null ? "—" : String.valueOf(outcome.result().changeId())));
            done.setId("import-done");
            show(done);
            prepared = null;
            commit.setEnabled(false);
            upload.clearFileList();
            uploaded.clear();
        } catch (ConflictException e) {
            prepared = null;
            commit.setEnabled(false);
            show(new Paragraph("stale-preview".equals(e.code()) ? getTranslation("data.import-stale") : e.getMessage()));
        } catch (ValidationException e) {
            showErrors(e.errors(), e.getMessage());
        } catch (AccessDeniedException e) {
            show(new Paragraph(e.getMessage()));
        }
    }

    private void show(Component c) {
        result.add(c);
    }

    private void showPreview(ImportPreview p) {
        var summary = new Paragraph(getTranslation("data.preview-summary",
                ChangeWords.summary(p.summary(), this::getTranslation, getLocale()), p.baseVersion()));
        summary.setId("import-summary");
        show(summary);
        list("data.added", p.added());
        list("data.removed", p.removed());
        if (p.changed().size() > 0) {
            show(new H4(getTranslation("data.changed")));
            var table = new NativeTable();
            table.setId("import-changed");
            var head = table.getHead().addRow();
            for (String h : List.of("history.entity", "history.field", "history.before", "history.after")) {
                head.addHeaderCell().setText(getTranslation(h));
            }
            Map<String, List<ImportPreview.Changed>> groups = new LinkedHashMap<>();
            groups.put(getTranslation("history.type.organisation"), p.changed().organisations());
            groups.put(getTranslation("history.type.link"), p.changed().links());
            int rows = 0;
            // Fields as words and values as people read them; organisations by their stored names (the file's ids
            // are the editor's own, so an organisation the network does not hold yet is named by its id).
            var network = data.current().snapshot();
            Function<String, String> names = id -> network.organisation(id)
                    .map(Organisation::name).orElse(id);
            for (var group : groups.entrySet()) {
                for (ImportPreview.Changed c : group.getValue()) {
                    String entity = group.getKey() + " " + (p.changed().organisations().contains(c) ? names.apply(c.id())
                            : network.link(c.id()).map(l -> names.apply(l.from()) + " — " + names.apply(l.to()))
                            .orElse(c.id()));
                    for (var f : c.fields().entrySet()) {
                        if (rows++ > 500) {
                            break;
                        }
                        var row = table.getBody().addRow();
                        row.addDataCell().setText(entity);
                        row.addDataCell().setText(ChangeWords.field(f.getKey(), this::getTranslation));
                        row.addDataCell().setText(ChangeWords.value(f.getKey(), f.getValue().from(), names,
                                this::getTranslation, getLocale()));
                        row.addDataCell().setText(ChangeWords.value(f.getKey(), f.getValue().to(), names,
                                this::getTranslation, getLocale()));
                    }
                }
            }
            show(table);
        }
    }

    private void list(String key, ImportPreview.Ids ids) {
        if (ids.size() == 0) {
            return;
        }
        show(new H4(getTranslation(key)));
        var text = new ArrayList<String>();
        ids.organisations().stream().limit(200).forEach(id -> text.add(getTranslation("history.type.organisation") + " " + id));
        ids.links().stream().limit(200).forEach(id -> text.add(getTranslation("history.type.link") + " " + id));
        var p = new Paragraph(String.join(", ", text) + (ids.size() > 400 ? " …" : ""));
        p.addClassName("import-ids");
        show(p);
    }

    private void showErrors(List<ValidationError> errors, String summary) {
        var heading = new H4(getTranslation("data.import-errors", errors.size()));
        heading.setId("import-errors-heading");
        show(heading);
        var grid = new Grid<ValidationError>();
        grid.setId("import-errors");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ValidationError::location).setHeader(getTranslation("data.where")).setFlexGrow(2);
        grid.addColumn(e -> e.value() == null ? "" : e.value()).setHeader(getTranslation("data.value"));
        grid.addColumn(ValidationError::message).setHeader(getTranslation("data.problem")).setFlexGrow(3);
        grid.setItems(errors);
        grid.setAllRowsVisible(true);
        show(grid);
    }
}
