package org.partnershipatlas.ui.security;

import org.partnershipatlas.security.PublicPage;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;

/**
 * When reading is not public, anonymous visitors may open only {@link PublicPage}s: every other view sends them to
 * sign in. Otherwise it has no opinion, and the views' own annotations ({@code @AnonymousAllowed},
 * {@code @RolesAllowed}) decide.
 */
class PublicReadAccessChecker implements NavigationAccessChecker {
    private final boolean publicRead;

    PublicReadAccessChecker(boolean publicRead) {
        this.publicRead = publicRead;
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        if (publicRead || context.getPrincipal() != null || context.isErrorHandling()
                || context.getNavigationTarget().isAnnotationPresent(PublicPage.class)) {
            return context.neutral();
        }
        return context.deny("reading needs sign-in (atlas.security.public-read=false)");
    }
}
