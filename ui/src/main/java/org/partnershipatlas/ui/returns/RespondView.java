package org.partnershipatlas.ui.returns;

import org.partnershipatlas.app.Routes;
import org.partnershipatlas.texts.ErrorWords;
import org.partnershipatlas.texts.ReaderWords;
import com.vaadin.flow.component.html.H2;
import org.partnershipatlas.returns.ReturnsService;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.app.GoneException;
import org.partnershipatlas.ui.components.AtlasI18NProvider;
import org.partnershipatlas.ui.components.LanguageSwitch;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.PublicPage;
import org.partnershipatlas.store.ReturnStore.Status;
import org.partnershipatlas.writes.ConflictException;
import org.partnershipatlas.writes.NotFoundException;

/**
 * The partnership return form ({@code /respond/<token>}): no sign-in — the private link's token is the key. In
 * English or Welsh ({@code ?lang=cy}, or the switch). The form is {@link ReturnForm}; this page finds the return, saves
 * drafts, submits, and says plainly what happened: an error summary (announced to screen readers) above the form and
 * each error at its field, or a thank-you.
 */
@Route(Routes.RESPOND)
@AnonymousAllowed
@PublicPage
public class RespondView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    private final ReturnsService returns;
    private final NetworkReads reads;
    private final Div summary = new Div();
    private String token;
    private ReturnForm form;

    public RespondView(ReturnsService returns, NetworkReads reads) {
        this.returns = returns;
        this.reads = reads;
        setId("respond-view");
        setMaxWidth("60em");
        getStyle().set("margin", "0 auto");
        summary.setId("respond-errors");
        summary.getElement().setAttribute("role", "alert");
        summary.getElement().setAttribute("aria-live", "assertive");
        summary.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        var lang = event.getLocation().getQueryParameters().getParameters().getOrDefault("lang", List.of());
        if (!lang.isEmpty()) {
            Locale locale = "cy".equals(lang.get(0)) ? AtlasI18NProvider.WELSH : AtlasI18NProvider.ENGLISH;
            VaadinSession.getCurrent().setLocale(locale);
            UI.getCurrent().setLocale(locale);
        }
        token = parameter;
        removeAll();
        var top = new HorizontalLayout(new H1(getTranslation("app.title")), new LanguageSwitch());
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(top);
        ReturnsService.Open open;
        try {
            open = returns.byToken(token);
        } catch (NotFoundException e) {
            add(message("respond.unknown"));
            return;
        } catch (GoneException e) {
            add(message("respond.closed"));
            return;
        }
        var heading = new H2(getTranslation("respond.heading", open.round().title(),
                open.organisation().name()));
        heading.setId("respond-heading");
        add(heading, new Paragraph(getTranslation("respond.intro", ReaderWords.date(open.round().closes(), getLocale()))));
        if (open.invitation().status() == Status.REVIEWED) {
            add(message("respond.reviewed"));
            return;
        }
        if (open.invitation().status() == Status.SUBMITTED) {
            add(message("respond.submitted-already"));
        }
        form = new ReturnForm(open.organisation(), open.links(), reads.current().snapshot());
        if (open.invitation().draft() != null) {
            form.fill(ReturnsService.tree(open.invitation().draft()));
        }
        var save = new Button(getTranslation("respond.save-draft"), e -> saveDraft());
        save.setId("respond-save");
        var submit = new Button(getTranslation("respond.submit"), e -> submit());
        submit.setId("respond-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(summary, form, new HorizontalLayout(save, submit), new Paragraph(getTranslation("respond.privacy")));
    }

    private Paragraph message(String key) {
        var p = new Paragraph(getTranslation(key));
        p.setId("respond-message");
        return p;
    }

    private void saveDraft() {
        try {
            returns.saveDraft(token, form.json());
            summary.removeAll();
            Notification.show(getTranslation("respond.draft-saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConflictException e) {
            showSummary(List.of(new ValidationError(null, null, null, getTranslation("respond.already-reviewed"))));
        } catch (NotFoundException | GoneException e) {
            showSummary(List.of(new ValidationError(null, null, null, getTranslation("respond.closed"))));
        }
    }

    private void submit() {
        try {
            var body = form.json();
            returns.submit(token, body);
            removeAll();
            var thanks = new Paragraph(getTranslation("respond.thanks"));
            thanks.setId("respond-thanks");
            thanks.getElement().setAttribute("role", "status");
            add(new H1(getTranslation("app.title")), thanks);
        } catch (ValidationException e) {
            showSummary(form.showErrors(e.errors()), e.errors().size());
        } catch (ConflictException e) {
            showSummary(List.of(new ValidationError(null, null, null, getTranslation("respond.already-reviewed"))));
        } catch (NotFoundException | GoneException e) {
            showSummary(List.of(new ValidationError(null, null, null, getTranslation("respond.closed"))));
        }
    }

    private void showSummary(List<ValidationError> left) {
        showSummary(left, left.size());
    }

    /** "N problems: fix the fields marked below", then the problems no field took, located. */
    private void showSummary(List<ValidationError> left, int total) {
        summary.removeAll();
        summary.add(new Paragraph(getTranslation("respond.errors", total)));
        if (!left.isEmpty()) {
            var list = new UnorderedList();
            for (ValidationError e : left) {
                list.add(new ListItem(e.location() == null ? e.message()
                        : ErrorWords.line(e, this::getTranslation, getLocale())));
            }
            summary.add(list);
        }
        summary.getElement().callJsFunction("scrollIntoView");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("respond.title") + " · " + getTranslation("app.title");
    }
}
