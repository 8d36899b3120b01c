package org.partnershipatlas.ui.returns;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.partnershipatlas.store.ReturnStore;
import org.partnershipatlas.texts.ErrorWords;
import org.partnershipatlas.returns.ReturnsService;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

import org.partnershipatlas.texts.ChangeWords;
import org.partnershipatlas.texts.ReaderWords;
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
    private final Map<String, Checkbox> ticks = new LinkedHashMap<>();
    private final Paragraph error = new Paragraph();

    /** @param names organisations by name, by id (the stored network) */
    ReviewDialog(ReturnsService returns, ReturnsService.Submission s, Function<String, String> names, Runnable done) {
        setId("review-dialog");
        setWidth("60em");
        setHeaderTitle(getTranslation("returns.review-heading", s.organisation() == null ? s.invitation().organisation()
                : s.organisation().name()));
        add(new Paragraph(s.round().title() + " · " + getTranslation("returns.submitted") + " "
                + ReaderWords.dateTime(s.invitation().submittedAt(), getLocale())));
        if (s.contact() != null) {
            add(new Paragraph(getTranslation("returns.contact") + ": " + s.contact().name() + ", " + s.contact().role()
                    + (s.contact().email() == null ? "" : " <" + s.contact().email() + ">")));
        }
        if (!s.problems().isEmpty()) {
            var list = new UnorderedList();
            s.problems().forEach(p -> list.add(new ListItem(ErrorWords.line(p,
                    this::getTranslation, getLocale()))));
            add(new Paragraph(getTranslation("returns.problems")), list);
        }
        var items = new Div();
        items.setId("review-items");
        Map<String, String> summaries = new LinkedHashMap<>();
        s.items().forEach(item -> summaries.put(item.id(), item.summary()));
        for (ReturnsService.ReviewItem item : s.items()) {
            var box = new Checkbox(itemSummary(item.summary(), summaries), true);
            box.setId("item-" + item.id().replaceAll("[^a-z0-9-]", "-"));
            ticks.put(item.id(), box);
            var row = new Div(box, diff(item.preview(), names));
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
                    : getTranslation("returns.accepted")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            done.run();
        } catch (ValidationException e) {
            error.setText(e.errors().stream().map(ValidationError::toString).collect(Collectors.joining(" · ")));
        } catch (ConflictException e) {
            error.setText(e.getMessage());
        }
    }

    /**
     * An item as the reviewer reads it: the return's English line ("confirm A – B", "end A – B in 2024", "add A – B
     * (a new organisation)", "self-assessment of the new link add[0]") in the reader's language, a new link named by
     * its ends rather than its place in the form.
     */
    private String itemSummary(String summary, Map<String, String> all) {
        for (var form : ITEM_FORMS.entrySet()) {
            Matcher m = form.getValue().matcher(summary);
            if (!m.matches()) {
                continue;
            }
            return switch (form.getKey()) {
                case "new-link-assessment" -> {
                    String added = all.getOrDefault("add:" + m.group(1), "");
                    Matcher a = ADDED.matcher(added);
                    yield getTranslation("returns.item.assessment", a.matches() ? a.group(1) : added);
                }
                case "end" -> getTranslation("returns.item.end", m.group(1), m.group(2));
                default -> getTranslation("returns.item." + form.getKey(), m.group(1));
            };
        }
        return summary;
    }

    private static final Pattern ADDED = Pattern.compile("add (.+?)(?: \\(a new organisation\\))?");
    private static final Map<String, Pattern> ITEM_FORMS = new LinkedHashMap<>();

    static {
        ITEM_FORMS.put("confirm", Pattern.compile("confirm (.+)"));
        ITEM_FORMS.put("correct", Pattern.compile("correct (.+)"));
        ITEM_FORMS.put("end", Pattern.compile("end (.+) in (\\S+)"));
        ITEM_FORMS.put("add-new", Pattern.compile("add (.+) \\(a new organisation\\)"));
        ITEM_FORMS.put("add", Pattern.compile("add (.+)"));
        ITEM_FORMS.put("new-link-assessment", Pattern.compile("self-assessment of the new link add\\[(\\d+)]"));
        ITEM_FORMS.put("assessment", Pattern.compile("self-assessment of (.+)"));
    }

    /**
     * What an item would do, field by field, in words: organisations and links by name, fields as words, values as
     * people read them (never JSON or ids).
     */
    static Div diff(ImportPreview p, Function<String, String> names) {
        var d = new Div();
        d.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin-left", "2.2em")
                .set("color", "var(--lumo-secondary-text-color)");
        var ui = UI.getCurrent();
        ChangeWords.Texts t = (key, args) -> ui == null ? key : ui.getTranslation(key, args);
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        // what is added is named by the item itself; a new organisation has no name in the network yet
        p.added().organisations().forEach(id -> d.add(line("+ " + t.get("data.added") + ": "
                + t.get("history.type.organisation"))));
        p.added().links().forEach(id -> d.add(line("+ " + t.get("data.added") + ": " + t.get("history.type.link"))));
        for (var list : List.of(p.changed().organisations(), p.changed().links())) {
            for (ImportPreview.Changed c : list) {
                c.fields().forEach((field, change) -> d.add(line("~ " + ChangeWords.field(field, t) + ": "
                        + ChangeWords.value(field, change.from(), names, t, locale) + " → "
                        + ChangeWords.value(field, change.to(), names, t, locale))));
            }
        }
        return d;
    }

    private static Div line(String text) {
        return new Div(new Span(text));
    }
}
