package org.partnershipatlas.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An API token for scripts, as stored ({@code (:ApiToken)}): only the SHA-256 of the secret is kept.
 *
 * @param id        public identifier (listing, revoking)
 * @param name      what it is for; history names the token's writes {@code token:<name>}
 * @param hash      hex SHA-256 of the secret
 * @param roles     as a user's
 * @param stewardOf as a user's
 * @param createdAt when it was made
 * @param createdBy who made it: the person (a user name, or the name an OpenID Connect sign-in gave), also when
 *                  they made it with another token of theirs
 * @param revokedAt when it was revoked, or {@code null}
 * @param makerExternal whether its maker signed in through OpenID Connect (not a user of this app, so not to be
 *                  found among them); otherwise the maker must still be an enabled user for the token to work
 */
public record StoredToken(String id, String name, String hash, Set<String> roles, Set<String> stewardOf,
                          Instant createdAt, String createdBy, Instant revokedAt, boolean makerExternal) {

    /** A token made by a user of this app. */
    public StoredToken(String id, String name, String hash, Set<String> roles, Set<String> stewardOf,
                       Instant createdAt, String createdBy, Instant revokedAt) {
        this(id, name, hash, roles, stewardOf, createdAt, createdBy, revokedAt, false);
    }

    public StoredToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hash, "hash");
        roles = Set.copyOf(roles);
        stewardOf = Set.copyOf(stewardOf);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
