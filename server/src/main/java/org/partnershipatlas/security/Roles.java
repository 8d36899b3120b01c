package org.partnershipatlas.security;

import java.util.Optional;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Role names as stored and as sent in the API, read leniently (case, surrounding space) and strictly (no others). */
public final class Roles {
    private Roles() {
    }

    /** The roles named; unknown names are skipped (stored data written by an older version). */
    public static Set<Role> parse(Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            find(name).ifPresent(roles::add);
        }
        return roles;
    }

    public static Optional<Role> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (Role role : Role.values()) {
            if (role.name().equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
