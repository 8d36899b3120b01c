package org.partnershipatlas;

import java.util.Locale;
import java.util.Set;

import com.github.mvysny.fakeservlet.FakeRequest;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Role;

/**
 * Browserless view tests (Karibu-Testing): the real Spring application on a real embedded Neo4j, with Vaadin's
 * server side mocked so that views are built, navigated to and clicked in plain JUnit. Look components up with
 * {@code LocatorJ._get}/{@code _find} and act with {@code _click}/{@code _setValue}.
 */
@AtlasSpringTest
public abstract class KaribuViewTest {
    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.partnershipatlas");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs the mock session in as {@code username} with {@code roles}, as a browser session's sign-in would. */
    protected static void signIn(String username, Set<Role> roles) {
        signIn(username, roles, Set.of());
    }

    /**
     * Signs the mocked browser session in (a real sign-in goes through Spring Security's filters, which Karibu does
     * not run): the principal and roles the views and the door see.
     */
    protected static void signIn(String name, Set<Role> roles, Set<String> stewardOf) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(name, "", Actor.authorities(roles, stewardOf));
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((p, role) -> auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    /** Navigates to {@code location} (path and query, e.g. {@code "network?select=x"}) and returns the view shown. */
    protected static <T> T navigate(String location, Class<T> view) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
        return view.cast(UI.getCurrent().getCurrentView());
    }
}
