package org.partnershipatlas.ui.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.app.Routes;
import org.partnershipatlas.security.Role;

/** The navigation is made of the entries the views declare, each shown only to its audience. */
class NavigationTest extends KaribuViewTest {
    private static final List<String> READING = List.of(Routes.ROOT, Routes.NETWORK, Routes.MAP, Routes.HEALTH_BOARDS,
            Routes.QUALITY, Routes.BROKERS, Routes.INTRODUCTIONS, Routes.WHAT_IF, Routes.HISTORY, Routes.STORIES,
            Routes.ABOUT, Routes.ACCESSIBILITY);

    @Autowired
    AuthenticationContext authentication;

    /** The entries of a frame made for whoever is signed in now (after sign-in the browser loads a new page). */
    private List<SideNavItem> items() {
        return _find(new MainLayout(authentication), SideNavItem.class);
    }

    private List<String> paths() {
        return items().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void aReader_seesTheReadingViews_inTheirDeclaredOrder_andNothingThatWrites() {
        assertThat(paths()).containsExactlyElementsOf(READING);
    }

    @Test
    void aSteward_seesTheDataView_butNotTheReturnsOfTheWholeNetwork() {
        signIn("steward", Set.of(Role.EDITOR), Set.of("dolen-cymru"));
        assertThat(paths()).contains(Routes.DATA).doesNotContain(Routes.RETURNS, Routes.USERS, Routes.BACKUPS);
    }

    @Test
    void anAdmin_seesEveryEntry_eachOnce() {
        signIn("admin", Set.of(Role.ADMIN, Role.EDITOR));
        var paths = paths();
        assertThat(paths).startsWith(READING.toArray(String[]::new))
                .endsWith(Routes.DATA, Routes.RETURNS, Routes.USERS, Routes.BACKUPS).doesNotHaveDuplicates();
        assertThat(items()).allSatisfy(item -> assertThat(item.getLabel()).doesNotStartWith("nav.")
                .doesNotStartWith("!"));
    }
}
