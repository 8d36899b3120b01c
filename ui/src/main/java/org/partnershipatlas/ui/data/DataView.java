package org.partnershipatlas.ui.data;

import org.partnershipatlas.app.Routes;
import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.model.Ids;
import org.partnershipatlas.ui.quality.AssessmentDialog;
import org.partnershipatlas.writes.NetworkWrites;
import org.springframework.security.access.AccessDeniedException;
import org.partnershipatlas.data.DataService;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.ui.layout.NavigationEntry;
import org.partnershipatlas.ui.layout.MainLayout;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.ui.components.LiveUpdates;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.ConflictException;
import org.partnershipatlas.writes.EditConflictException;
import org.partnershipatlas.writes.ImportPreview;

/**
 * Keeping the register ({@code /data}, editors and admins): organisations and links as searchable, sortable grids
 * with a form beside them (create, edit, delete — a steward sees and edits only their organisations and the links
 * that touch them), and importing a file with a preview before it is committed. Every save goes through the one door
 * for writes, with the same rules and messages as an import; an edit made against an older revision is refused and
 * both versions are shown side by side. {@code /data?organisation=<id>} or {@code ?link=<id>} opens one.
 */
@NavigationEntry(path = Routes.DATA, text = "nav.data", icon = VaadinIcon.EDIT, order = 130, audience = NavigationEntry.Audience.EDITORS)
@Route(value = Routes.DATA, layout = MainLayout.class)
@RolesAllowed("EDITOR")
public class DataView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final DataService data;
    private final NetworkWrites writesDoor;
    private final Grid<Organisation> organisations = new Grid<>();
    private final Grid<DataService.LinkRow> links = new Grid<>();
    private final TextField organisationFilter = new TextField();
    private final TextField linkFilter = new TextField();
    private final OrganisationForm organisationForm;
    private final LinkForm linkForm;
    private final TabSheet tabs = new TabSheet();

    public DataView(DataService data, AtlasProperties properties,
                    NetworkWrites writes, LiveUpdates live) {
        this.data = data;
        this.writesDoor = writes;
        setId("data-view");
        setSizeFull();
        organisationForm = new OrganisationForm(data.countries());
        linkForm = new LinkForm(data.allOrganisations(), data.themes());
        configureOrganisations();
        configureLinks();
        tabs.setId("data-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("data.tab.organisations"), organisationsTab());
        tabs.add(getTranslation("data.tab.links"), linksTab());
        tabs.add(getTranslation("data.tab.import"), new ImportPanel(data, properties.limits().maxImportBytes()));
        add(new H2(getTranslation("data.heading")), new Paragraph(getTranslation(
                Actor.current().isSteward() ? "data.intro-steward" : "data.intro")), tabs);
        closeForms();
        refresh();
        addAttachListener(e -> live.refreshOnChange(this, changed -> refresh()));
    }

    // --- organisations -------------------------------------------------------------------------------------------

    private void configureOrganisations() {
        organisations.setId("organisations-grid");
        organisations.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        organisations.addColumn(Organisation::name).setHeader(getTranslation("common.name")).setSortable(true)
                .setFlexGrow(3).setKey("name");
        organisations.addColumn(o -> getTranslation("type." + OrganisationForm.token(o.type())))
                .setHeader(getTranslation("data.field.type")).setSortable(true);
        organisations.addColumn(o -> o.country() == null ? "" : o.country()).setHeader(getTranslation("common.country"))
                .setSortable(true).setWidth("7em").setFlexGrow(0);
        organisations.addColumn(o -> getTranslation("confidence." + OrganisationForm.token(o.confidence())))
                .setHeader(getTranslation("common.confidence")).setSortable(true).setWidth("9em").setFlexGrow(0);
        organisations.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editOrganisation(e.getValue().id());
            }
        });
        organisationFilter.setId("organisation-filter");
        organisationFilter.setPlaceholder(getTranslation("data.filter"));
        organisationFilter.setAriaLabel(getTranslation("data.filter"));
        organisationFilter.setClearButtonVisible(true);
        organisationFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        organisationFilter.setValueChangeMode(ValueChangeMode.LAZY);
        organisationFilter.addValueChangeListener(e -> refresh());
        organisationForm.addSaveListener(e -> saveOrganisation(false));
        organisationForm.addDeleteListener(e -> deleteOrganisation());
        organisationForm.addCloseListener(e -> closeForms());
    }

    private Component organisationsTab() {
        var add = new Button(getTranslation("data.new-organisation"), VaadinIcon.PLUS.create(), e -> {
            organisations.asSingleSelect().clear();
            organisationForm.edit(new Drafts.OrganisationDraft(), 0, true);
            organisationForm.setVisible(true);
        });
        add.setId("new-organisation");
        add.setVisible(!Actor.current().isSteward());
        var content = new HorizontalLayout(organisations, organisationForm);
        content.setFlexGrow(2, organisations);
        content.setFlexGrow(1, organisationForm);
        content.setWidthFull();
        organisationForm.setWidth("34em");
        return new VerticalLayout(new HorizontalLayout(organisationFilter, add), content);
    }

    private void editOrganisation(String id) {
        data.organisation(id).ifPresentOrElse(stored -> {
            organisationForm.edit(Drafts.OrganisationDraft.of(stored.value()), stored.revision(), false);
            organisationForm.setVisible(true);
        }, () -> notify(getTranslation("data.gone", id), true));
    }

    private void saveOrganisation(boolean overwrite) {
        var draft = organisationForm.current();
        JsonNode json = draft.toJson();
        long revision = organisationForm.revision();
        try {
            data.saveOrganisation(json, organisationForm.creating(), revision, change(organisationForm));
            notify(getTranslation("data.saved", draft.getName()), false);
            closeForms();
            refresh();
        } catch (ValidationException e) {
            organisationForm.showErrors(e.errors());
        } catch (EditConflictException e) {
            conflict(e, json, () -> {
                organisationForm.edit(Drafts.OrganisationDraft.of(JsonSnapshotFormat.organisation(e.current())),
                        e.currentRevision(), false);
                saveOrganisationOver(json, e.currentRevision());
            }, () -> editOrganisation(e.key().id()));
        } catch (ConflictException | AccessDeniedException e) {
            organisationForm.showError(e.getMessage());
        }
    }

    /** "Save mine over theirs": the edit again, now against the revision just shown. */
    private void saveOrganisationOver(JsonNode json, long revision) {
        try {
            data.saveOrganisation(json, false, revision, change(organisationForm));
            notify(getTranslation("data.saved", json.path("name").asText()), false);
            closeForms();
            refresh();
        } catch (ValidationException e) {
            organisationForm.showErrors(e.errors());
        } catch (RuntimeException e) {
            organisationForm.showError(e.getMessage());
        }
    }

    private void deleteOrganisation() {
        String id = organisationForm.editedId();
        String name = organisationForm.current().getName();
        long revision = organisationForm.revision();
        try {
            data.deleteOrganisation(id, false, revision, change(organisationForm));
            notify(getTranslation("data.deleted", name), false);
            closeForms();
            refresh();
        } catch (ConflictException e) {
            if (!"has-links".equals(e.code())) {
                organisationForm.showError(e.getMessage());
                return;
            }
            int count = ((List<?>) e.details().get("links")).size();
            var confirm = new ConfirmDialog(getTranslation("data.delete-with-links-title"),
                    getTranslation("data.delete-with-links", name, count), getTranslation("data.delete-with-links-yes"),
                    yes -> {
                        try {
                            data.deleteOrganisation(id, true, revision, change(organisationForm));
                            notify(getTranslation("data.deleted", name), false);
                            closeForms();
                            refresh();
                        } catch (RuntimeException ex) {
                            organisationForm.showError(ex.getMessage());
                        }
                    }, getTranslation("data.cancel"), no -> { });
            confirm.setConfirmButtonTheme("error primary");
            confirm.setId("delete-with-links");
            confirm.open();
        } catch (EditConflictException e) {
            organisationForm.showError(e.getMessage());
        } catch (AccessDeniedException e) {
            organisationForm.showError(e.getMessage());
        }
    }

    // --- links ---------------------------------------------------------------------------------------------------

    private void configureLinks() {
        links.setId("links-grid");
        links.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        links.addColumn(DataService.LinkRow::fromName).setHeader(getTranslation("data.field.from")).setSortable(true)
                .setFlexGrow(2);
        links.addColumn(DataService.LinkRow::toName).setHeader(getTranslation("data.field.to")).setSortable(true)
                .setFlexGrow(2);
        links.addColumn(r -> getTranslation("kind." + OrganisationForm.token(r.link().kind())))
                .setHeader(getTranslation("data.field.kind")).setSortable(true);
        links.addColumn(r -> r.link().since() == null ? "" : String.valueOf(r.link().since()))
                .setHeader(getTranslation("data.field.since")).setSortable(true).setWidth("6em").setFlexGrow(0);
        links.addColumn(r -> getTranslation("status." + OrganisationForm.token(r.link().status())))
                .setHeader(getTranslation("data.field.status")).setSortable(true).setWidth("8em").setFlexGrow(0);
        links.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editLink(e.getValue().link().id());
            }
        });
        linkFilter.setId("link-filter");
        linkFilter.setPlaceholder(getTranslation("data.filter"));
        linkFilter.setAriaLabel(getTranslation("data.filter"));
        linkFilter.setClearButtonVisible(true);
        linkFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        linkFilter.setValueChangeMode(ValueChangeMode.LAZY);
        linkFilter.addValueChangeListener(e -> refresh());
        linkForm.addSaveListener(e -> saveLink());
        linkForm.addDeleteListener(e -> deleteLink());
        linkForm.addCloseListener(e -> closeForms());
        linkForm.onAssess(() -> {
            var current = linkForm.current();
            new AssessmentDialog(current.getId(),
                    (current.getFrom() == null ? "?" : current.getFrom().name()) + " — "
                            + (current.getTo() == null ? "?" : current.getTo().name()), writesDoor,
                    () -> {
                        notify(getTranslation("assess.saved"), false);
                        editLink(current.getId());
                    }).open();
        });
    }

    private Component linksTab() {
        var add = new Button(getTranslation("data.new-link"), VaadinIcon.PLUS.create(), e -> {
            links.asSingleSelect().clear();
            linkForm.setOrganisations(data.allOrganisations());
            linkForm.edit(new Drafts.LinkDraft(), 0, true);
            linkForm.setVisible(true);
        });
        add.setId("new-link");
        var content = new HorizontalLayout(links, linkForm);
        content.setFlexGrow(2, links);
        content.setFlexGrow(1, linkForm);
        content.setWidthFull();
        linkForm.setWidth("34em");
        return new VerticalLayout(new HorizontalLayout(linkFilter, add), content);
    }

    private void editLink(String id) {
        data.link(id).ifPresentOrElse(stored -> {
            var l = stored.value();
            var all = data.allOrganisations();
            Organisation from = all.stream().filter(o -> o.id().equals(l.from())).findFirst().orElse(null);
            Organisation to = all.stream().filter(o -> o.id().equals(l.to())).findFirst().orElse(null);
            linkForm.setOrganisations(all);
            linkForm.edit(Drafts.LinkDraft.of(l, from, to), stored.revision(), false);
            linkForm.setVisible(true);
        }, () -> notify(getTranslation("data.gone", id), true));
    }

    private void saveLink() {
        var draft = linkForm.current();
        JsonNode json = draft.toJson();
        try {
            data.saveLink(json, linkForm.creating(), linkForm.revision(), change(linkForm));
            notify(getTranslation("data.saved", linkName(draft)), false);
            closeForms();
            refresh();
        } catch (ValidationException e) {
            linkForm.showErrors(e.errors());
        } catch (EditConflictException e) {
            conflict(e, json, () -> {
                try {
                    data.saveLink(json, false, e.currentRevision(), change(linkForm));
                    closeForms();
                    refresh();
                } catch (ValidationException ex) {
                    linkForm.showErrors(ex.errors());
                } catch (RuntimeException ex) {
                    linkForm.showError(ex.getMessage());
                }
            }, () -> editLink(e.key().id()));
        } catch (ConflictException | AccessDeniedException e) {
            linkForm.showError(e.getMessage());
        }
    }

    private void deleteLink() {
        String id = linkForm.current().getId();
        String name = linkName(linkForm.current());
        try {
            data.deleteLink(id, linkForm.revision(), change(linkForm));
            notify(getTranslation("data.deleted", name), false);
            closeForms();
            refresh();
        } catch (RuntimeException e) {
            linkForm.showError(e.getMessage());
        }
    }

    // --- shared ----------------------------------------------------------------------------------------------------

    /** A link as people name it: its two organisations ("Dolen Cymru — Lesotho Ministry of Health"), not its id. */
    private static String linkName(Drafts.LinkDraft draft) {
        return (draft.getFrom() == null ? "?" : draft.getFrom().name()) + " — "
                + (draft.getTo() == null ? "?" : draft.getTo().name());
    }

    /**
     * Someone else changed what is being edited: who and when, and the two versions side by side; keep theirs (load
     * it) or save this edit over it.
     */
    private void conflict(EditConflictException e, JsonNode mine, Runnable saveMine, Runnable loadTheirs) {
        var dialog = new Dialog();
        dialog.setId("edit-conflict");
        dialog.setHeaderTitle(getTranslation("data.conflict-title"));
        dialog.add(new Paragraph(getTranslation("data.conflict", e.changedBy() == null ? "?" : e.changedBy(),
                e.changedAt() == null ? "?" : ReaderWords.dateTime(e.changedAt(), getLocale()))));
        if (e.current() == null) {
            dialog.add(new Paragraph(getTranslation("data.conflict-deleted")));
        } else {
            var table = new NativeTable();
            table.setId("conflict-fields");
            var head = table.getHead().addRow();
            head.addHeaderCell().setText(getTranslation("history.field"));
            head.addHeaderCell().setText(getTranslation("data.theirs"));
            head.addHeaderCell().setText(getTranslation("data.yours"));
            for (Map.Entry<String, ImportPreview.FieldChange> f : ImportPreview.fields(e.current(), mine).entrySet()) {
                var row = table.getBody().addRow();
                row.addDataCell().setText(f.getKey());
                row.addDataCell().setText(f.getValue().from() == null ? "—" : text(f.getValue().from()));
                row.addDataCell().setText(f.getValue().to() == null ? "—" : text(f.getValue().to()));
            }
            dialog.add(table);
        }
        var theirs = new Button(getTranslation("data.keep-theirs"), x -> {
            dialog.close();
            loadTheirs.run();
        });
        theirs.setId("keep-theirs");
        var overwrite = new Button(getTranslation("data.save-mine"), x -> {
            dialog.close();
            saveMine.run();
        });
        overwrite.setId("save-mine");
        overwrite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        overwrite.setEnabled(e.current() != null);
        dialog.getFooter().add(theirs, overwrite);
        dialog.open();
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : node.toString();
    }

    /** A form's edit, with the reason its editor gave (the history's "Why"). */
    private Change change(EntityForm form) {
        return Change.by(Actor.current(), "form").withReason(form.reason());
    }

    private void closeForms() {
        organisationForm.setVisible(false);
        linkForm.setVisible(false);
        organisations.asSingleSelect().clear();
        links.asSingleSelect().clear();
    }

    private void refresh() {
        Actor actor = Actor.current();
        String o = organisationFilter.getValue().strip().toLowerCase(Locale.ROOT);
        organisations.setItems(data.editableOrganisations(actor).stream()
                .filter(x -> o.isEmpty() || x.name().toLowerCase(Locale.ROOT).contains(o) || x.id().contains(o)).toList());
        String l = linkFilter.getValue().strip().toLowerCase(Locale.ROOT);
        links.setItems(data.editableLinks(actor).stream().filter(r -> l.isEmpty()
                || r.fromName().toLowerCase(Locale.ROOT).contains(l) || r.toName().toLowerCase(Locale.ROOT).contains(l)
                || r.link().id().contains(l)).toList());
    }

    private static void notify(String message, boolean error) {
        var n = Notification.show(message, error ? 6000 : 3000, Notification.Position.BOTTOM_START);
        if (error) {
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        query.getOrDefault("organisation", List.of()).stream().findFirst()
                .filter(Ids::isValidId).ifPresent(this::editOrganisation);
        query.getOrDefault("link", List.of()).stream().findFirst()
                .filter(Ids::isValidId).ifPresent(id -> {
                    tabs.setSelectedIndex(1);
                    editLink(id);
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("data.heading") + " · " + getTranslation("app.title");
    }

    OrganisationForm organisationForm() {
        return organisationForm;
    }

    LinkForm linkForm() {
        return linkForm;
    }

}
