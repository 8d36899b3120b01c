package org.partnershipatlas.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Service;

import org.partnershipatlas.app.SecretFile;
import org.partnershipatlas.store.AccountStore;
import org.partnershipatlas.store.StoredToken;
import org.partnershipatlas.store.StoredUser;

/**
 * API tokens for scripts ({@code Authorization: Bearer atlas_…}): 256 random bits, shown once when made; only their
 * SHA-256 is stored (a hash that fast is safe for secrets that random), so a stolen database does not give them
 * away. A revoked token is refused from the next request on.
 *
 * <p>A token never outlives or outranks its maker: it acts with at most the roles and stewardship its maker has at
 * the time of use — the lower role of the two, and a steward maker's organisations only — and a token whose maker
 * is disabled or no longer exists is refused (401) like a revoked one. A token made with another token belongs to
 * the person who made that one. A maker who signed in through OpenID Connect is not a user of this app, so the app
 * cannot ask about them later: their tokens act with the roles they were given when made, until revoked.
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

    /** Who makes a token: the person behind the signed-in request (not a token's name), and how they signed in. */
    public record Maker(String name, boolean external) {
        /** The maker behind a request's authentication. */
        public static Maker of(Authentication authentication) {
            if (authentication instanceof TokenAuthentication token) {
                return new Maker(token.token.createdBy(), token.token.makerExternal());
            }
            return new Maker(authentication.getName(), authentication instanceof OAuth2AuthenticationToken);
        }
    }

    public Issued create(String name, Set<Role> roles, Set<String> stewardOf, Maker maker) {
        String secret = PREFIX + SecretFile.generate(32);
        var token = new StoredToken(SecretFile.generate(9), name, hash(secret),
                roles.stream().map(Enum::name).collect(Collectors.toSet()), stewardOf,
                Instant.now(), maker.name(), null, maker.external());
        accounts.createToken(token);
        log.info("API token {} (\"{}\") made by {} with roles {} and stewardship {}", token.id(), name, maker.name(),
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

    /**
     * The authentication for a presented secret, if it is a live token whose maker may still act: its roles and
     * stewardship capped by the maker's as they are now.
     */
    public Optional<TokenAuthentication> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        return accounts.tokenByHash(hash(secret)).filter(t -> !t.revoked()).flatMap(this::asMakerAllows);
    }

    private Optional<TokenAuthentication> asMakerAllows(StoredToken token) {
        Grant own = new Grant(Roles.parse(token.roles()), token.stewardOf());
        if (token.makerExternal()) {
            return Optional.of(new TokenAuthentication(token, own));
        }
        Optional<StoredUser> maker = token.createdBy() == null ? Optional.empty() : accounts.user(token.createdBy());
        if (maker.isEmpty() || !maker.get().enabled()) {
            log.info("API token {} refused: its maker {} is {}", token.id(), token.createdBy(),
                    maker.isEmpty() ? "no longer a user" : "disabled");
            return Optional.empty();
        }
        Grant makers = new Grant(Roles.parse(maker.get().roles()), maker.get().stewardOf());
        return Optional.of(new TokenAuthentication(token, own.cappedBy(makers)));
    }

    /**
     * Roles (with the hierarchy applied) and stewardship (empty: any organisation) that a principal acts with.
     */
    record Grant(Set<Role> roles, Set<String> stewardOf) {
        Grant {
            var all = EnumSet.noneOf(Role.class);
            roles.forEach(r -> all.addAll(r.included()));
            roles = Set.copyOf(all);
            stewardOf = Set.copyOf(stewardOf);
        }

        private Role top() {
            return roles.stream().max(Enum::compareTo).orElse(null);
        }

        private boolean steward() {
            return !stewardOf.isEmpty() && !roles.contains(Role.ADMIN);
        }

        /**
         * What this grant may do within {@code maker}'s: the lower of the two top roles; a steward maker's
         * organisations only (those both name, when both are stewards) — and no writing at all when that leaves none.
         */
        Grant cappedBy(Grant maker) {
            Role mine = top();
            Role theirs = maker.top();
            if (mine == null || theirs == null) {
                return new Grant(Set.of(), Set.of());
            }
            Role role = mine.compareTo(theirs) <= 0 ? mine : theirs;
            Set<String> stewardship = stewardOf;
            if (maker.steward() && role.compareTo(Role.EDITOR) >= 0) {
                role = Role.EDITOR;
                if (stewardOf.isEmpty()) {
                    stewardship = maker.stewardOf;
                } else {
                    var both = new TreeSet<>(stewardOf);
                    both.retainAll(maker.stewardOf);
                    stewardship = both;
                    if (both.isEmpty()) {
                        role = Role.VIEWER;
                    }
                }
            }
            return new Grant(Set.of(role), role == Role.VIEWER ? Set.of() : stewardship);
        }
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

        TokenAuthentication(StoredToken token, Grant grant) {
            super(Actor.authorities(grant.roles(), grant.stewardOf()));
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
