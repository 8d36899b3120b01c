package org.partnershipatlas.ui.returns;

import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.app.Routes;
import org.partnershipatlas.returns.PublicUrl;
import org.partnershipatlas.returns.ReturnsService;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.partnershipatlas.ui.components.CsvDownload;
import org.partnershipatlas.ui.layout.MainLayout;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.store.ReturnStore.Invitation;
import org.partnershipatlas.store.ReturnStore.Round;
import org.partnershipatlas.store.ReturnStore.Status;
import org.partnershipatlas.writes.NotFoundException;

/**
 * One return round ({@code /returns/<id>}): every organisation asked and where its return stands — not started, a
 * draft, sent, reviewed — with review for what was sent, and, for admins, reminders, a new link or a revoked one.
 */
@Route(value = Routes.RETURNS + "/:id", layout = MainLayout.class)
@RolesAllowed("EDITOR")
public class RoundView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ReturnsService returns;
    private final NetworkReads reads;
    private final PublicUrl publicUrl;
    private final Grid<Invitation> grid = new Grid<>();
    private Round round;

    public RoundView(ReturnsService returns, NetworkReads reads, PublicUrl publicUrl) {
        this.returns = returns;
        this.reads = reads;
        this.publicUrl = publicUrl;
        setId("round-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Actor actor = Actor.current();
        if (actor.isSteward()) {
            add(new Paragraph(getTranslation("returns.reviewer-only")));
            return;
        }
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            round = returns.round(id);
        } catch (NotFoundException e) {
            var missing = new Paragraph(getTranslation("returns.round-missing"));
            missing.setId("round-missing");
            add(missing);
            return;
        }
        var heading = new H2(round.title());
        heading.setId("round-heading");
        add(heading, new Paragraph(getTranslation("returns.closes") + " "
                + ReaderWords.date(round.closes(), getLocale())));
        if (actor.has(Role.ADMIN)) {
            var remind = new Button(getTranslation("returns.remind"), e -> {
                int sent = returns.remind(Actor.current(), round.id());
                Notification.show(getTranslation("returns.reminded", sent));
                refresh();
            });
            remind.setId("round-remind");
            remind.setEnabled(ReturnsService.isOpen(round));
            add(remind);
        }
        grid.removeAllColumns();
        grid.setId("round-organisations");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        NetworkSnapshot network = reads.current().snapshot();
        grid.addColumn(i -> network.organisation(i.organisation()).map(Organisation::name).orElse(i.organisation()))
                .setHeader(getTranslation("common.organisation")).setFlexGrow(3).setSortable(true);
        grid.addColumn(i -> getTranslation("returns.status." + i.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                + (i.revoked() ? " (" + getTranslation("returns.revoked") + ")" : "")).setHeader(getTranslation("returns.status"))
                .setFlexGrow(2);
        grid.addColumn(i -> ReaderWords.dateTime(i.submittedAt(), getLocale()))
                .setHeader(getTranslation("returns.submitted"));
        grid.addComponentColumn(i -> actions(i, actor)).setFlexGrow(3).setKey("actions");
        add(grid);
        refresh();
    }

    private HorizontalLayout actions(Invitation i, Actor actor) {
        var box = new HorizontalLayout();
        if (i.submission() != null) {
            var review = new Button(getTranslation("returns.review"), e ->
                    new ReviewDialog(returns, returns.submission(i.id(), Actor.current()),
                            id -> reads.current().snapshot().organisation(id)
                                    .map(o -> o.name()).orElse(id), this::refresh).open());
            review.setId("review-" + i.id());
            review.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    i.status() == Status.SUBMITTED ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            box.add(review);
        }
        if (actor.has(Role.ADMIN) && i.status() != Status.REVIEWED && ReturnsService.isOpen(round)) {
            var reissue = new Button(getTranslation("returns.reissue"), e -> showLink(returns.reissue(Actor.current(), i.id())));
            reissue.setId("reissue-" + i.id());
            reissue.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            box.add(reissue);
            if (!i.revoked()) {
                var revoke = new Button(getTranslation("returns.revoke"), e -> {
                    returns.revoke(Actor.current(), i.id());
                    refresh();
                });
                revoke.setId("revoke-" + i.id());
                revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                box.add(revoke);
            }
        }
        return box;
    }

    private void showLink(ReturnsService.Issued issued) {
        var d = new Dialog();
        d.setId("reissued-dialog");
        String name = reads.current().snapshot().organisation(issued.organisation()).map(Organisation::name)
                .orElse(issued.organisation());
        d.setHeaderTitle(getTranslation("returns.reissued", name));
        var url = new TextField(getTranslation("returns.link"));
        url.setValue(issued.url());
        url.setReadOnly(true);
        url.setWidth("48em");
        url.setId("reissued-url");
        d.add(new Paragraph(getTranslation(publicUrl.isSet() ? "returns.copy-links" : "returns.no-public-url")), url,
                CsvDownload.link(getTranslation("returns.csv"), "return-link.csv", List.of("organisation", "name", "url"),
                        () -> List.of(List.of(issued.organisation(), name, issued.url()))));
        d.getFooter().add(new Button("OK", e -> d.close()));
        d.open();
        refresh();
    }

    private void refresh() {
        if (round != null) {
            grid.setItems(returns.invitations(round.id()));
        }
    }


    @Override
    public String getPageTitle() {
        return (round == null ? getTranslation("returns.heading") : round.title()) + " · " + getTranslation("app.title");
    }
}
