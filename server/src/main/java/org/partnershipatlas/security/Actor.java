package org.partnershipatlas.security;

import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting, as the one door for writes needs to know it: a name for the history, the roles (each including
 * those below it) and, for a steward, the organisations they may change. Built from the signed-in
 * {@link Authentication} — a form or OpenID Connect sign-in, HTTP Basic, or an API token — whose authorities are
 * {@code ROLE_*} and one {@code STEWARD_<organisation id>} per stewarded organisation.
 *
 * @param name      user name, {@code token:<name>} for an API token, {@code system} for the application itself
 * @param roles     effective roles; empty for an anonymous reader
 * @param stewardOf organisations an editor may change; empty means any (not a steward)
 */
public record Actor(String name, Set<Role> roles, Set<String> stewardOf) {
    public static final String STEWARD_PREFIX = "STEWARD_";
    /** The application itself: seeding an empty store on first start. */
    public static final Actor SYSTEM = new Actor("system", EnumSet.allOf(Role.class), Set.of());
    public static final Actor ANONYMOUS = new Actor("anonymous", Set.of(), Set.of());

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        stewardOf = Set.copyOf(new TreeSet<>(stewardOf));
    }

    /**
     * The actor of the current request or Vaadin session (anonymous when nobody is signed in). The request's own
     * principal is asked first (the Vaadin request in the UI; the Spring MVC request in the API: both are servlet
     * requests that Spring's request context holds) — it is what the request's filter chain signed in, whatever
     * security context holder is installed globally — and the security context holder otherwise (a push from the
     * server, or a request the chain left unsigned).
     */
    public static Actor current() {
        return of(currentAuthentication());
    }

    /** The authentication of the current request or Vaadin session, as {@link #current()} finds it (or {@code null}). */
    public static Authentication currentAuthentication() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getUserPrincipal() instanceof Authentication signedIn) {
            return signedIn;
        }
        return SecurityContextHolder.getContext().getAuthentication();
    }

    public static Actor of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return new Actor(authentication.getName(), roles(authentication.getAuthorities()),
                stewardship(authentication.getAuthorities()));
    }

    /** Effective roles from authorities, the hierarchy applied. */
    public static Set<Role> roles(Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority a : authorities) {
            for (Role role : Role.values()) {
                if (role.authority().equals(a.getAuthority())) {
                    roles.addAll(role.included());
                }
            }
        }
        return roles;
    }

    private static Set<String> stewardship(Collection<? extends GrantedAuthority> authorities) {
        Set<String> ids = new TreeSet<>();
        for (GrantedAuthority a : authorities) {
            if (a.getAuthority() != null && a.getAuthority().startsWith(STEWARD_PREFIX)) {
                ids.add(a.getAuthority().substring(STEWARD_PREFIX.length()));
            }
        }
        return ids;
    }

    /**
     * The authorities for roles and stewardship, as users, tokens and OpenID Connect sign-ins get them: each role
     * with the roles it includes (so that an admin passes a check for editors), and one per stewarded organisation.
     */
    public static Set<GrantedAuthority> authorities(Collection<Role> roles, Collection<String> stewardOf) {
        Set<GrantedAuthority> result = new LinkedHashSet<>();
        roles.forEach(r -> r.included().forEach(i -> result.add(new SimpleGrantedAuthority(i.authority()))));
        stewardOf.forEach(id -> result.add(new SimpleGrantedAuthority(STEWARD_PREFIX + id)));
        return result;
    }

    public boolean isAnonymous() {
        return roles.isEmpty() && this != SYSTEM;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** An editor limited to named organisations (an admin never is). */
    public boolean isSteward() {
        return !stewardOf.isEmpty() && !has(Role.ADMIN);
    }

    /** Whether this actor may change the organisation with this id. */
    public boolean mayChangeOrganisation(String id) {
        return has(Role.EDITOR) && (!isSteward() || stewardOf.contains(id));
    }

    /** Whether this actor may change a link between these two organisations. */
    public boolean mayChangeLink(String from, String to) {
        return has(Role.EDITOR) && (!isSteward() || stewardOf.contains(from) || stewardOf.contains(to));
    }
}
