package org.partnershipatlas.ui.security;

import org.partnershipatlas.app.Routes;
import org.partnershipatlas.security.OidcProviders;
import org.partnershipatlas.security.PublicPage;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in ({@code /login}): Vaadin's {@code LoginForm} posting to Spring Security's form login, and — when an
 * OpenID Connect provider is configured — a link to sign in with it.
 */
@Route(Routes.LOGIN)
@AnonymousAllowed
@PublicPage
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final LoginForm form = new LoginForm();

    public LoginView(OidcProviders providers) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        add(new H1(getTranslation("login.title")), form);
        List<OidcProviders.Provider> list = providers.list();
        for (OidcProviders.Provider provider : list) {
            var link = new Anchor(provider.loginPath(), getTranslation("login.with", provider.name()));
            link.setRouterIgnore(true);
            link.addClassName("oidc-login");
            add(link);
        }
        add(new Paragraph(getTranslation("login.read-only-note")));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.form-title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error-title"));
        error.setMessage(getTranslation("login.error"));
        error.setUsername(getTranslation("login.username-required"));
        error.setPassword(getTranslation("login.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}
