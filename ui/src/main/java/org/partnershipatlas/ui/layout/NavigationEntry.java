package org.partnershipatlas.ui.layout;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.vaadin.flow.component.icon.VaadinIcon;

import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Role;

/**
 * A view's entry in the navigation, declared by the view itself: a feature brings its own entry, and
 * {@link MainLayout} lists every registered route that has one, in {@link #order()}, to those in its
 * {@link #audience()}. The layout never names the views it lists.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NavigationEntry {
    /** The path the entry opens (one of {@code org.partnershipatlas.app.Routes}). */
    String path();

    /** The message key of the entry's words ({@code nav.network}). */
    String text();

    VaadinIcon icon();

    /** Where it stands in the list: lower first. */
    int order();

    Audience audience() default Audience.EVERYONE;

    /** Who sees an entry (the view itself still checks who may open it). */
    enum Audience {
        EVERYONE,
        EDITORS,
        /** Editors who coordinate the whole network: not stewards of a few organisations. */
        COORDINATORS,
        ADMINS;

        boolean includes(Actor actor) {
            return switch (this) {
                case EVERYONE -> true;
                case EDITORS -> actor.has(Role.EDITOR);
                case COORDINATORS -> actor.has(Role.EDITOR) && !actor.isSteward();
                case ADMINS -> actor.has(Role.ADMIN);
            };
        }
    }
}
