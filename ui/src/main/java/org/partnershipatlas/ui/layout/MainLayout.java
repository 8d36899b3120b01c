package org.partnershipatlas.ui.layout;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.partnershipatlas.ui.components.LanguageSwitch;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteConfiguration;

import org.partnershipatlas.security.Actor;
import org.partnershipatlas.ui.presentation.PresentationBar;
import org.partnershipatlas.ui.presentation.SaveViewButton;
import org.partnershipatlas.stories.StoriesService;
import org.partnershipatlas.security.Role;

/**
 * The frame of every view: the title, who is signed in (with sign-out) or a sign-in link, the language switch and
 * the navigation. Each view declares its own entry ({@link NavigationEntry}); the layout lists the registered views'
 * entries without depending on the views, and entries for a role appear only to those who have it. Its style sheets
 * hold for every view in it: on paper only the content, whole ({@code css/print.css}); on a phone nothing wider than
 * the screen ({@code css/phone.css}).
 */
@AnonymousAllowed
@StyleSheet("context://css/print.css")
@StyleSheet("context://css/phone.css")
@StyleSheet("context://css/presentation.css")
public class MainLayout extends AppLayout implements AfterNavigationObserver {
    private final PresentationBar presentation = new PresentationBar();

    public MainLayout(AuthenticationContext authentication) {
        var title = new Span(getTranslation("app.title"));
        title.addClassName("atlas-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        Actor actor = Actor.current();
        var header = new HorizontalLayout(new DrawerToggle(), title);
        if (StoriesService.mayEdit(actor)) {
            header.add(new SaveViewButton());
        }
        header.add(account(actor, authentication), new LanguageSwitch());
        header.setId("atlas-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        entries().stream().filter(entry -> entry.audience().includes(actor))
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.text()), entry.path(),
                        entry.icon().create())));
        addToDrawer(nav);
        // Not in a slot: AppLayout puts it beside the view, where its fixed position keeps it at the window's foot.
        getElement().appendChild(presentation.getElement());
    }

    /**
     * A story being played shows each step's view with its narrative beside it: the header, the navigation and the
     * view's controls make way ({@code presenting}, css/presentation.css).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        presentation.update(UI.getCurrent());
        if (presentation.isVisible()) {
            setDrawerOpened(false);
        }
        getElement().getClassList().set("presenting", presentation.isVisible());
        // After the view, so that on a narrow window, where it is in the page's flow, the narrative comes below it.
        if (presentation.isVisible()) {
            getElement().appendChild(presentation.getElement());
        }
    }

    /** "Signed in as …" with a sign-out button, or a sign-in link. Names are shown as text, never as markup. */
    private HorizontalLayout account(Actor actor, AuthenticationContext authentication) {
        var box = new HorizontalLayout();
        box.setId("account");
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        if (actor.isAnonymous()) {
            var signIn = new Anchor("login", getTranslation("account.sign-in"));
            signIn.setId("sign-in");
            box.add(signIn);
            return box;
        }
        var who = new Span(getTranslation("account.signed-in-as", actor.name()));
        who.setId("signed-in-as");
        var signOut = new Button(getTranslation("account.sign-out"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        box.add(who, signOut);
        return box;
    }

    /** Every registered view's own navigation entry, in order. */
    static List<NavigationEntry> entries() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(route -> route.getNavigationTarget().getAnnotation(NavigationEntry.class))
                .filter(Objects::nonNull).distinct()
                .sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }
}
