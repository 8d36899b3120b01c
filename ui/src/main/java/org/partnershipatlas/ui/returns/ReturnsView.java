package org.partnershipatlas.ui.returns;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;
import org.partnershipatlas.app.Routes;
import org.partnershipatlas.texts.ErrorWords;
import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.ui.components.ComponentWords;
import org.partnershipatlas.returns.PublicUrl;
import org.partnershipatlas.returns.RegistrationsService;
import org.partnershipatlas.returns.ReturnsService;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.partnershipatlas.ui.components.CsvDownload;
import org.partnershipatlas.ui.layout.NavigationEntry;
import org.partnershipatlas.ui.layout.MainLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.store.ReturnStore.Round;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.ConflictException;

/**
 * Partnership returns ({@code /returns}), for the register's editors: the rounds (admins open them), the review
 * queue of every round, and the public registrations waiting for review.
 */
@NavigationEntry(path = Routes.RETURNS, text = "nav.returns", icon = VaadinIcon.INBOX, order = 140, audience = NavigationEntry.Audience.COORDINATORS)
@Route(value = Routes.RETURNS, layout = MainLayout.class)
@RolesAllowed("EDITOR")
public class ReturnsView extends VerticalLayout implements HasDynamicTitle {
    private final ReturnsService returns;
    private final RegistrationsService registrations;
    private final NetworkReads reads;
    private final PublicUrl publicUrl;
    private final Grid<Round> rounds = new Grid<>();
    private final Grid<ReturnsService.Submission> queue = new Grid<>();
    private final Grid<RegistrationsService.Pending> pending = new Grid<>();

    public ReturnsView(ReturnsService returns, RegistrationsService registrations, NetworkReads reads, PublicUrl publicUrl) {
        this.returns = returns;
        this.registrations = registrations;
        this.reads = reads;
        this.publicUrl = publicUrl;
        setId("returns-view");
        add(new H2(getTranslation("returns.heading")), new Paragraph(getTranslation("returns.intro")));
        Actor actor = Actor.current();
        if (actor.isSteward()) {
            add(new Paragraph(getTranslation("returns.reviewer-only")));
            return;
        }
        if (actor.has(Role.ADMIN)) {
            var open = new Button(getTranslation("returns.open"), e -> openDialog());
            open.setId("returns-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(open);
        }
        rounds.setId("returns-rounds");
        rounds.addThemeVariants(GridVariant.LUMO_COMPACT);
        rounds.setAllRowsVisible(true);
        rounds.addComponentColumn(r -> {
            var open = new Anchor("returns/" + r.id(), r.title());
            // WCAG 2.2 target size: a compact row alone is shorter than 24 px, and the rows' links sit one above another
            open.getStyle().set("display", "inline-block").set("min-height", "24px").set("line-height", "24px");
            return open;
        }).setHeader(getTranslation("returns.title")).setFlexGrow(3);
        rounds.addColumn(r -> ReaderWords.date(r.closes(), getLocale())).setHeader(getTranslation("returns.closes"));
        rounds.addColumn(r -> {
            var invitations = returns.invitations(r.id());
            long sent = invitations.stream().filter(i -> i.submission() != null).count();
            return getTranslation("returns.summary", sent, invitations.size());
        }).setHeader(getTranslation("returns.status"));

        queue.setId("returns-queue");
        queue.addThemeVariants(GridVariant.LUMO_COMPACT);
        queue.setAllRowsVisible(true);
        queue.addColumn(s -> s.organisation() == null ? s.invitation().organisation() : s.organisation().name())
                .setHeader(getTranslation("common.organisation")).setFlexGrow(2);
        queue.addColumn(s -> s.round().title()).setHeader(getTranslation("returns.round"));
        queue.addColumn(s -> ReaderWords.dateTime(s.invitation().submittedAt(), getLocale()))
                .setHeader(getTranslation("returns.submitted"));
        queue.addComponentColumn(s -> {
            var b = new Button(getTranslation("returns.review"), e -> new ReviewDialog(returns, s, id -> reads.current().snapshot().organisation(id)
                    .map(Organisation::name).orElse(id), this::refresh).open());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.setId("review-" + s.invitation().id());
            return b;
        }).setKey("review");

        pending.setId("returns-registrations");
        pending.addThemeVariants(GridVariant.LUMO_COMPACT);
        pending.setAllRowsVisible(true);
        pending.addColumn(p -> p.checked() == null ? "?" : p.checked().organisation().name())
                .setHeader(getTranslation("common.organisation")).setFlexGrow(2);
        pending.addColumn(p -> p.checked() == null ? "" : p.checked().seeks()).setHeader(getTranslation("register.seeks"))
                .setFlexGrow(3);
        pending.addColumn(p -> ReaderWords.dateTime(p.registration().at(), getLocale())).setHeader(getTranslation("returns.submitted"));
        pending.addComponentColumn(p -> {
            var b = new Button(getTranslation("returns.review"), e -> registrationDialog(p).open());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.setId("registration-" + p.registration().id());
            return b;
        }).setKey("review");
        add(new H3(getTranslation("returns.queue")), queue, new H3(getTranslation("returns.registrations")), pending,
                new H3(getTranslation("returns.rounds")), rounds);
        refresh();
    }

    void refresh() {
        Actor actor = Actor.current();
        rounds.setItems(returns.rounds());
        queue.setItems(returns.queue(actor));
        pending.setItems(registrations.list("PENDING", actor));
    }

    private Dialog registrationDialog(RegistrationsService.Pending p) {
        var d = new Dialog();
        d.setId("registration-dialog");
        d.setWidth("48em");
        var c = p.checked();
        d.setHeaderTitle(getTranslation("returns.review-heading", c == null ? "?" : c.organisation().name()));
        if (c == null) {
            p.problems().forEach(e -> d.add(new Paragraph(ErrorWords.line(e, this::getTranslation, getLocale()))));
        } else {
            var o = c.organisation();
            d.add(new Paragraph(getTranslation("type." + ReturnLinkFields.token(o.type())) + " · "
                    + reads.current().snapshot().country(o.country())
                            .map(x -> ReaderWords.country(x, getLocale())).orElse(o.country())
                    + (o.city() == null ? "" : " · " + o.city()) + (o.website() == null ? "" : " · " + o.website())));
            if (o.description() != null) {
                var text = new Paragraph(o.description());
                text.getStyle().set("white-space", "pre-line");
                d.add(text);
            }
            d.add(new Paragraph(getTranslation("returns.contact") + ": " + c.contact().name()
                    + (c.contact().role() == null ? "" : ", " + c.contact().role()) + " <" + c.contact().email() + ">"));
        }
        var reason = new TextArea(getTranslation("returns.reject-reason"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setId("registration-reason");
        d.add(reason);
        var accept = new Button(getTranslation("returns.accept-all"), e -> {
            try {
                registrations.accept(p.registration().id(), Change.by(Actor.current(), "registration review"));
                Notification.show(getTranslation("returns.registration-accepted", c.organisation().name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                d.close();
                refresh();
            } catch (ValidationException | ConflictException ex) {
                d.add(new Paragraph(ex.getMessage()));
            }
        });
        accept.setId("registration-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setEnabled(c != null);
        var reject = new Button(getTranslation("returns.reject"), e -> {
            try {
                registrations.reject(p.registration().id(), reason.getValue(), Actor.current());
                d.close();
                refresh();
            } catch (ValidationException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ex.errors().get(0).message());
            } catch (ConflictException ex) {
                d.add(new Paragraph(ex.getMessage()));
            }
        });
        reject.setId("registration-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        d.getFooter().add(new Button(getTranslation("data.cancel"), e -> d.close()), reject, accept);
        return d;
    }

    // --- opening a round -------------------------------------------------------------------------------------------

    private void openDialog() {
        var d = new Dialog();
        d.setId("open-round-dialog");
        d.setHeaderTitle(getTranslation("returns.open-heading"));
        d.setWidth("52em");
        NetworkSnapshot network = reads.current().snapshot();
        var title = new TextField(getTranslation("returns.title"));
        title.setId("round-title");
        title.setWidthFull();
        title.setMaxLength(200);
        title.setValue(getTranslation("returns.default-title", String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear())));
        var closes = new DatePicker(getTranslation("returns.closes"));
        closes.setId("round-closes");
        closes.setMin(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        closes.setValue(LocalDate.now(ZoneOffset.UTC).plusWeeks(6));
        var chooser = new MultiSelectComboBox<Organisation>(getTranslation("returns.organisations"));
        chooser.setId("round-organisations");
        chooser.setWidthFull();
        chooser.setItems(network.organisations().stream().sorted(Comparator.comparing(Organisation::name)).toList());
        chooser.setItemLabelGenerator(Organisation::name);
        var defaults = returns.defaultInvitees().stream().map(id -> network.organisation(id).orElseThrow()).toList();
        chooser.setValue(new LinkedHashSet<>(defaults));
        var emails = new LinkedHashMap<String, TextField>();
        var emailGrid = new Grid<Organisation>();
        emailGrid.setId("round-emails");
        emailGrid.setAllRowsVisible(true);
        emailGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        emailGrid.addColumn(Organisation::name).setHeader(getTranslation("common.organisation")).setFlexGrow(2);
        emailGrid.addComponentColumn(o -> emails.computeIfAbsent(o.id(), k -> {
            var f = new TextField();
            f.setAriaLabel(getTranslation("returns.email") + ": " + o.name());
            f.setWidthFull();
            f.setMaxLength(254);
            return f;
        })).setHeader(getTranslation("returns.email")).setFlexGrow(2);
        emailGrid.setItems(defaults);
        chooser.addValueChangeListener(e -> emailGrid.setItems(e.getValue().stream()
                .sorted(Comparator.comparing(Organisation::name)).toList()));
        var error = new Paragraph();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("round-error");
        d.add(new VerticalLayout(title, closes, chooser, emailGrid, error));
        var open = new Button(getTranslation("returns.open"), e -> {
            var invitees = new ArrayList<ReturnsService.Invitee>();
            chooser.getValue().stream().sorted(Comparator.comparing(Organisation::name)).forEach(o -> {
                var f = emails.get(o.id());
                invitees.add(new ReturnsService.Invitee(o.id(), f == null || f.isEmpty() ? null : f.getValue().strip()));
            });
            try {
                var opened = returns.open(Actor.current(), title.getValue(), closes.getValue(), invitees);
                d.close();
                refresh();
                links(opened).open();
            } catch (ValidationException ex) {
                error.setText(ex.errors().stream().map(x -> ErrorWords.line(x, this::getTranslation, getLocale()))
                        .collect(Collectors.joining(" · ")));
            }
        });
        open.setId("round-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("data.cancel"), e -> d.close()), open);
        ComponentWords.apply(d);
        d.open();
    }


    /** The new links, shown once, with a CSV download. */
    Dialog links(ReturnsService.Opened opened) {
        var d = new Dialog();
        d.setId("round-links");
        d.setHeaderTitle(getTranslation("returns.opened") + ": " + opened.round().title());
        d.setWidth("60em");
        NetworkSnapshot network = reads.current().snapshot();
        Map<String, String> names = new LinkedHashMap<>();
        opened.invitations().forEach(i -> names.put(i.organisation(),
                network.organisation(i.organisation()).map(Organisation::name).orElse(i.organisation())));
        d.add(new Paragraph(getTranslation("returns.copy-links")));
        if (!publicUrl.isSet()) {
            d.add(new Paragraph(getTranslation("returns.no-public-url")));
        } else if (opened.invitations().stream().noneMatch(ReturnsService.Issued::emailed)) {
            d.add(new Paragraph(getTranslation("returns.smtp-off")));
        }
        var grid = new Grid<ReturnsService.Issued>();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(i -> names.get(i.organisation())).setHeader(getTranslation("common.organisation")).setFlexGrow(1);
        grid.addComponentColumn(i -> {
            var f = new TextField();
            f.setValue(i.url());
            f.setReadOnly(true);
            f.setWidthFull();
            f.setAriaLabel(getTranslation("returns.link") + ": " + names.get(i.organisation()));
            return f;
        }).setHeader(getTranslation("returns.link")).setFlexGrow(3).setKey("url");
        grid.setId("round-links-grid");
        grid.addColumn(i -> i.emailed() ? getTranslation("returns.emailed") : "").setHeader("");
        grid.setItems(opened.invitations());
        d.add(grid, CsvDownload.link(getTranslation("returns.csv"), "return-links.csv",
                List.of("organisation", "name", "url", "emailed"),
                () -> opened.invitations().stream().map(i -> List.of(i.organisation(), names.get(i.organisation()), i.url(),
                        String.valueOf(i.emailed()))).toList()));
        d.getFooter().add(new Button("OK", e -> d.close()));
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("returns.heading") + " · " + getTranslation("app.title");
    }

    static String describe(List<ValidationError> errors) {
        return errors.stream().map(e -> e.location() + ": " + e.message()).collect(Collectors.joining(" · "));
    }
}
