package org.partnershipatlas;

import java.util.Locale;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

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
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    /**
     * Signs the mocked browser session in (a real sign-in goes through Spring Security's filters, which Karibu does
     * not run): the principal and roles the views and the door see.
     */
    protected static void signIn(String name, java.util.Set<org.partnershipatlas.security.Role> roles,
                                 java.util.Set<String> stewardOf) {
        var auth = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(name, "",
                org.partnershipatlas.security.Actor.authorities(roles, stewardOf));
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(auth);
        var request = (com.github.mvysny.fakeservlet.FakeRequest)
                com.vaadin.flow.server.VaadinServletRequest.getCurrent().getRequest();
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
