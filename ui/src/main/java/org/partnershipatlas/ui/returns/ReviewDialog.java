package org.partnershipatlas.ui.returns;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.partnershipatlas.store.ReturnStore;
import org.partnershipatlas.returns.ReturnsService;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.ConflictException;
import org.partnershipatlas.writes.ImportPreview;

/**
 * One submission under review: who sent it, and each item as what it would add or change in the register, ticked
 * to accept. "Accept the ticked items" or "Accept all" make one change through the door; "Reject" needs a reason.
 */
class ReviewDialog extends Dialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private final Map<String, Checkbox> ticks = new LinkedHashMap<>();
    private final Paragraph error = new Paragraph();

    ReviewDialog(ReturnsService returns, ReturnsService.Submission s, Runnable done) {
        setId("review-dialog");
        setWidth("60em");
        setHeaderTitle(getTranslation("returns.review-heading", s.organisation() == null ? s.invitation().organisation()
                : s.organisation().name()));
        add(new Paragraph(s.round().title() + " · " + getTranslation("returns.submitted") + " "
                + (s.invitation().submittedAt() == null ? "" : WHEN.format(s.invitation().submittedAt()))));
        if (s.contact() != null) {
            add(new Paragraph(getTranslation("returns.contact") + ": " + s.contact().name() + ", " + s.contact().role()
                    + (s.contact().email() == null ? "" : " <" + s.contact().email() + ">")));
        }
        if (!s.problems().isEmpty()) {
            var list = new UnorderedList();
            s.problems().forEach(p -> list.add(new ListItem((p.location() == null ? "" : p.location() + ": ") + p.message())));
            add(new Paragraph(getTranslation("returns.problems")), list);
        }
        var items = new Div();
        items.setId("review-items");
        for (ReturnsService.ReviewItem item : s.items()) {
            var box = new Checkbox(item.summary(), true);
            box.setId("item-" + item.id().replaceAll("[^a-z0-9-]", "-"));
            ticks.put(item.id(), box);
            var row = new Div(box, diff(item.preview()));
            row.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            items.add(row);
        }
        add(new Paragraph(getTranslation("returns.items")), items);
        error.setId("review-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(error);

        var reason = new TextArea(getTranslation("returns.reject-reason"));
        reason.setId("review-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        add(reason);

        var acceptSelected = new Button(getTranslation("returns.accept-selected"), e -> accept(returns, s, false, done));
        acceptSelected.setId("review-accept-selected");
        var acceptAll = new Button(getTranslation("returns.accept-all"), e -> accept(returns, s, true, done));
        acceptAll.setId("review-accept-all");
        acceptAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reject = new Button(getTranslation("returns.reject"), e -> {
            try {
                returns.reject(s.invitation().id(), reason.getValue(), Actor.current());
                close();
                done.run();
            } catch (ValidationException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ex.errors().get(0).message());
            } catch (ConflictException ex) {
                error.setText(ex.getMessage());
            }
        });
        reject.setId("review-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        boolean open = s.invitation().status() == ReturnStore.Status.SUBMITTED;
        acceptSelected.setEnabled(open && s.problems().isEmpty());
        acceptAll.setEnabled(open && s.problems().isEmpty());
        reject.setEnabled(open);
        getFooter().add(new Button(getTranslation("data.cancel"), e -> close()), reject, acceptSelected, acceptAll);
    }

    private void accept(ReturnsService returns, ReturnsService.Submission s, boolean all, Runnable done) {
        var chosen = new LinkedHashSet<String>();
        if (!all) {
            ticks.forEach((id, box) -> {
                if (box.getValue()) {
                    chosen.add(id);
                }
            });
            if (chosen.isEmpty()) {
                error.setText(getTranslation("returns.nothing-ticked"));
                return;
            }
        }
        try {
            Long change = returns.accept(s.invitation().id(), chosen, Change.by(Actor.current(), "return review"));
            Notification.show(change == null ? getTranslation("returns.accepted-nothing")
                    : getTranslation("returns.accepted", change)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            done.run();
        } catch (ValidationException e) {
            error.setText(e.errors().stream().map(ValidationError::toString).collect(Collectors.joining(" · ")));
        } catch (ConflictException e) {
            error.setText(e.getMessage());
        }
    }

    /** What an item would do, field by field: the same words as an import's preview. */
    static Div diff(ImportPreview p) {
        var d = new Div();
        d.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin-left", "2.2em")
                .set("color", "var(--lumo-secondary-text-color)");
        p.added().organisations().forEach(id -> d.add(line("+ " + getText("data.added") + ": " + id)));
        p.added().links().forEach(id -> d.add(line("+ " + getText("data.added") + ": " + id)));
        for (var list : List.of(p.changed().organisations(), p.changed().links())) {
            for (ImportPreview.Changed c : list) {
                c.fields().forEach((field, change) -> d.add(line("~ " + c.id() + " · " + field + ": "
                        + text(change.from()) + " → " + text(change.to()))));
            }
        }
        return d;
    }

    private static String getText(String key) {
        var ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key);
    }

    private static Div line(String text) {
        return new Div(new Span(text));
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return "—";
        }
        String s = n.isTextual() ? n.asText() : n.toString();
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
