package org.partnershipatlas.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A person who can sign in with a password, as stored ({@code (:User)}).
 *
 * @param username     unique, as typed at sign-in
 * @param passwordHash Spring Security's delegating encoding ({@code {bcrypt}…}); never the password
 * @param roles        {@code VIEWER}, {@code EDITOR}, {@code ADMIN}
 * @param stewardOf    organisation ids an editor may change (empty: any)
 * @param enabled      a disabled user cannot sign in
 * @param createdAt    when the account was made
 */
public record StoredUser(String username, String passwordHash, Set<String> roles, Set<String> stewardOf,
                         boolean enabled, Instant createdAt) {
    public StoredUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        roles = Set.copyOf(roles);
        stewardOf = Set.copyOf(stewardOf);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
