package org.partnershipatlas.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.stereotype.Service;

import org.partnershipatlas.app.SecretFile;
import org.partnershipatlas.store.AccountStore;
import org.partnershipatlas.store.StoredToken;

/**
 * API tokens for scripts ({@code Authorization: Bearer atlas_…}): 256 random bits, shown once when made; only their
 * SHA-256 is stored (a hash that fast is safe for secrets that random), so a stolen database does not give them
 * away. A revoked token is refused from the next request on.
 */
@Service
public class ApiTokens {
    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);
    public static final String PREFIX = "atlas_";

    private final AccountStore accounts;

    public ApiTokens(AccountStore accounts) {
        this.accounts = accounts;
    }

    /** A token as made: its stored record and the secret, which is never shown again. */
    public record Issued(StoredToken token, String secret) {
    }

    public Issued create(String name, Set<Role> roles, Set<String> stewardOf, String createdBy) {
        String secret = PREFIX + SecretFile.generate(32);
        var token = new StoredToken(SecretFile.generate(9), name, hash(secret),
                roles.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()), stewardOf,
                Instant.now(), createdBy, null);
        accounts.createToken(token);
        log.info("API token {} (\"{}\") made by {} with roles {} and stewardship {}", token.id(), name, createdBy,
                roles, stewardOf);
        return new Issued(token, secret);
    }

    public List<StoredToken> list() {
        return accounts.tokens();
    }

    /** @return whether a token with that id exists */
    public boolean revoke(String id, String by) {
        boolean found = accounts.revokeToken(id, Instant.now());
        if (found) {
            log.info("API token {} revoked by {}", id, by);
        }
        return found;
    }

    /** The authentication for a presented secret, if it is a live token. */
    public Optional<TokenAuthentication> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        return accounts.tokenByHash(hash(secret)).filter(t -> !t.revoked()).map(TokenAuthentication::new);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request signed in with a token: named {@code token:<name>} in the history. */
    public static final class TokenAuthentication extends AbstractAuthenticationToken {
        private final StoredToken token;

        TokenAuthentication(StoredToken token) {
            super(Actor.authorities(Roles.parse(token.roles()), token.stewardOf()));
            this.token = token;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return getName();
        }

        @Override
        public String getName() {
            return "token:" + token.name();
        }

        public String tokenId() {
            return token.id();
        }
    }
}
