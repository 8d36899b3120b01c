package org.partnershipatlas.ui.security;

import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Principals;
import org.partnershipatlas.security.PublicPage;
import org.partnershipatlas.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.users.UserAdministration;

/**
 * The role matrix of the Vaadin views: every registered route × {anonymous, viewer, steward editor, editor,
 * admin}. Sign-in is open to all; admin views only to admins; every other view to everyone when reading is public
 * and to signed-in users otherwise. A refused anonymous visitor lands on the sign-in view; a refused signed-in user
 * never sees the view.
 */
abstract class ViewRoleMatrix extends KaribuViewTest {
    @Autowired
    UserAdministration users;

    abstract boolean publicRead();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(Principals.Principal who) {
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        if (who.anonymous()) {
            SecurityContextHolder.clearContext();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
            return;
        }
        Authentication authentication = who.authentication();
        SecurityContextHolder.getContext().setAuthentication(authentication);
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    private boolean allowed(Class<?> view, Principals.Principal who) {
        if (view == LoginView.class || view.isAnnotationPresent(PublicPage.class)) {
            return true; // sign-in, the token-keyed return form, registration, the accessibility statement
        }
        if (view.getPackageName().equals("org.partnershipatlas.ui.embed")) {
            return publicRead();   // a partner's website has nobody signed in: embeds exist only when reading is public
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            return !who.anonymous() && List.of(roles.value()).stream()
                    .anyMatch(r -> Actor.roles(Actor.authorities(who.roles(), who.stewardOf())).contains(Role.valueOf(r)));
        }
        return publicRead() || !who.anonymous();
    }

    @Test
    void everyView_opensForExactlyThoseTheMatrixAllows() {
        Map<String, Principals.Principal> principals = Principals.ensure(users);
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        assertThat(routes).extracting(RouteData::getTemplate).contains("network", "users", "login");
        var table = new ArrayList<String>();
        for (RouteData route : routes) {
            for (Principals.Principal who : principals.values()) {
                if (who.authorization() != null && who.authorization().startsWith("Bearer")) {
                    continue; // API tokens do not sign in to the UI
                }
                signIn(who);
                UI.getCurrent().navigate(route.getTemplate());
                Class<?> shown = UI.getCurrent().getCurrentView().getClass();
                boolean allowed = allowed(route.getNavigationTarget(), who);
                String label = "/" + route.getTemplate() + " as " + who.name();
                if (allowed) {
                    assertThat(shown).as(label).isEqualTo(route.getNavigationTarget());
                } else {
                    assertThat(shown).as(label).isNotEqualTo(route.getNavigationTarget());
                    if (who.anonymous()) {
                        assertThat(shown).as(label + " is sent to sign in").isEqualTo(LoginView.class);
                    }
                }
                table.add(String.format("/%-15s %-15s %s", route.getTemplate(), who.name(), shown.getSimpleName()));
            }
        }
        System.out.println("View matrix (public-read=" + publicRead() + "):\n" + String.join("\n", table));
    }
}
