package org.partnershipatlas.users;

import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import org.partnershipatlas.app.RequestChecks;
import org.partnershipatlas.model.Ids;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.ApiTokens;
import org.partnershipatlas.security.Passwords;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.security.Roles;
import org.partnershipatlas.store.AccountStore;
import org.partnershipatlas.store.StoredToken;
import org.partnershipatlas.store.StoredUser;
import org.partnershipatlas.store.UserNames;
import org.partnershipatlas.writes.ConflictException;
import org.partnershipatlas.writes.NotFoundException;

/**
 * Managing who may sign in (admins only; the controllers and the Users view are guarded, and every method checks
 * again): users with roles and stewardship, disabling, password resets, and API tokens. Input is checked like any
 * other — every error with its field — and names are kept verbatim, as text.
 */
@Service
public class UserAdministration {
    private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);
    static final int MAX_TOKEN_NAME_LENGTH = 100;
    static final int MAX_STEWARDSHIP = 500;

    private final AccountStore accounts;
    private final Passwords passwords;
    private final ApiTokens tokens;
    private final NetworkReads reads;

    public UserAdministration(AccountStore accounts, Passwords passwords, ApiTokens tokens, NetworkReads reads) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.reads = reads;
    }

    /** A user as shown to admins: never the password hash. */
    public record UserView(String username, Set<Role> roles, Set<String> stewardOf, boolean enabled, Instant createdAt) {
        static UserView of(StoredUser u) {
            return new UserView(u.username(), Roles.parse(u.roles()), u.stewardOf(), u.enabled(), u.createdAt());
        }
    }

    /** An API token as listed: never its secret or hash. */
    public record TokenView(String id, String name, Set<Role> roles, Set<String> stewardOf, Instant createdAt,
                            String createdBy, @Schema(nullable = true) Instant revokedAt) {
        static TokenView of(StoredToken t) {
            return new TokenView(t.id(), t.name(), Roles.parse(t.roles()), t.stewardOf(), t.createdAt(),
                    t.createdBy(), t.revokedAt());
        }
    }

    /** A change to a user; {@code null} fields stay as they are. */
    public record UserUpdate(String password, Collection<String> roles, Collection<String> stewardOf, Boolean enabled) {
    }

    public List<UserView> users(Actor actor) {
        requireAdmin(actor);
        return accounts.users().stream().map(UserView::of).toList();
    }

    public Optional<UserView> user(Actor actor, String username) {
        requireAdmin(actor);
        return accounts.user(username).map(UserView::of);
    }

    public UserView create(Actor actor, String username, String password, Collection<String> roles,
                           Collection<String> stewardOf) {
        requireAdmin(actor);
        Errors errors = new Errors();
        String name = checkUsername(username, errors);
        checkPassword(password, errors);
        Set<Role> parsedRoles = checkRoles(roles, errors, true);
        Set<String> stewardship = checkStewardship(stewardOf, errors);
        if (name != null) {
            accounts.userByKey(name).ifPresent(existing -> errors.add("username", "username", name,
                    existing.username().equals(name) ? "a user named \"" + name + "\" already exists"
                            : "\"" + name + "\" is the same name as the user \"" + existing.username()
                            + "\" (names that differ only in case or character width are one name)"));
        }
        errors.throwIfAny();
        var user = new StoredUser(name, passwords.encode(password), names(parsedRoles), stewardship, true, Instant.now());
        accounts.createUser(user);
        log.info("User \"{}\" created by {} with roles {} and stewardship {}", RequestChecks.abbreviate(name),
                actor.name(), parsedRoles, stewardship);
        return UserView.of(user);
    }

    public UserView update(Actor actor, String username, UserUpdate update) {
        requireAdmin(actor);
        StoredUser user = accounts.user(username).orElseThrow(() -> new NotFoundException("user", username));
        Errors errors = new Errors();
        if (update.password() != null) {
            checkPassword(update.password(), errors);
        }
        Set<Role> roles = update.roles() == null ? Roles.parse(user.roles()) : checkRoles(update.roles(), errors, true);
        Set<String> stewardship = update.stewardOf() == null ? user.stewardOf() : checkStewardship(update.stewardOf(), errors);
        errors.throwIfAny();
        boolean enabled = update.enabled() == null ? user.enabled() : update.enabled();
        if (user.enabled() && Roles.parse(user.roles()).contains(Role.ADMIN) && (!enabled || !roles.contains(Role.ADMIN))) {
            requireAnotherAdmin(user.username());
        }
        var updated = new StoredUser(user.username(),
                update.password() == null ? user.passwordHash() : passwords.encode(update.password()),
                names(roles), stewardship, enabled, user.createdAt());
        accounts.updateUser(updated);
        log.info("User \"{}\" changed by {}: roles {}, stewardship {}, enabled {}{}", RequestChecks.abbreviate(username),
                actor.name(), roles, stewardship, enabled, update.password() == null ? "" : ", password reset");
        return UserView.of(updated);
    }

    /** Disables a user (kept for the history; may be enabled again). */
    public UserView disable(Actor actor, String username) {
        return update(actor, username, new UserUpdate(null, null, null, false));
    }

    private void requireAnotherAdmin(String leaving) {
        boolean another = accounts.users().stream().anyMatch(u -> !u.username().equals(leaving) && u.enabled()
                && Roles.parse(u.roles()).contains(Role.ADMIN));
        if (!another) {
            throw new ConflictException("last-admin", "\"" + leaving + "\" is the only enabled admin; make another "
                    + "admin first", Map.of("username", leaving));
        }
    }

    // --- tokens --------------------------------------------------------------------------------------------------

    public List<TokenView> tokens(Actor actor) {
        requireAdmin(actor);
        return tokens.list().stream().map(TokenView::of).toList();
    }

    /** A new token and its secret, which is shown once. */
    public record IssuedToken(TokenView token, String secret) {
    }

    public IssuedToken createToken(Actor actor, String name, Collection<String> roles, Collection<String> stewardOf) {
        requireAdmin(actor);
        Errors errors = new Errors();
        String cleanName = name == null ? null : name.strip();
        if (cleanName == null || cleanName.isEmpty() || cleanName.length() > MAX_TOKEN_NAME_LENGTH
                || cleanName.chars().anyMatch(Character::isISOControl)) {
            errors.add("name", "name", name, "a token needs a name of 1-" + MAX_TOKEN_NAME_LENGTH
                    + " characters without control characters");
        }
        Set<Role> parsedRoles = checkRoles(roles, errors, true);
        Set<String> stewardship = checkStewardship(stewardOf, errors);
        errors.throwIfAny();
        Authentication signedIn = Actor.currentAuthentication();
        ApiTokens.Maker maker = signedIn != null && actor.name().equals(signedIn.getName())
                ? ApiTokens.Maker.of(signedIn) : new ApiTokens.Maker(actor.name(), false);
        ApiTokens.Issued issued = tokens.create(cleanName, parsedRoles, stewardship, maker);
        return new IssuedToken(TokenView.of(issued.token()), issued.secret());
    }

    public void revokeToken(Actor actor, String id) {
        requireAdmin(actor);
        if (!tokens.revoke(id, actor.name())) {
            throw new NotFoundException("token", id);
        }
    }

    // --- checks ----------------------------------------------------------------------------------------------------

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("managing users needs the ADMIN role");
        }
    }

    static String checkUsername(String username, Errors errors) {
        String problem = UserNames.problem(username);
        if (problem != null) {
            errors.add("username", "username", username, problem);
            return null;
        }
        return username.strip();
    }

    private static void checkPassword(String password, Errors errors) {
        String problem = Passwords.problem(password);
        if (problem != null) {
            errors.add("password", "password", null, problem);
        }
    }

    private static Set<Role> checkRoles(Collection<String> names, Errors errors, boolean required) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                var role = Roles.find(name);
                if (role.isEmpty()) {
                    errors.add("roles", "roles", name, "\"" + RequestChecks.abbreviate(name)
                            + "\" is not one of VIEWER, EDITOR, ADMIN");
                } else {
                    roles.add(role.get());
                }
            }
        }
        if (required && roles.isEmpty() && (names == null || names.isEmpty())) {
            errors.add("roles", "roles", null, "give at least one role: VIEWER, EDITOR or ADMIN");
        }
        return roles;
    }

    private Set<String> checkStewardship(Collection<String> ids, Errors errors) {
        if (ids == null || ids.isEmpty()) {
            return Set.of();
        }
        if (ids.size() > MAX_STEWARDSHIP) {
            errors.add("stewardOf", "stewardOf", ids.size() + " ids", "at most " + MAX_STEWARDSHIP + " organisations");
            return Set.of();
        }
        NetworkSnapshot network = reads.current().snapshot();
        Set<String> result = new LinkedHashSet<>();
        for (String id : ids) {
            if (!Ids.isValidId(id)) {
                errors.add("stewardOf", "stewardOf", id, "not a valid organisation id");
            } else if (network.organisation(id).isEmpty()) {
                errors.add("stewardOf", "stewardOf", id, "unknown organisation \"" + id + "\"");
            } else {
                result.add(id);
            }
        }
        return result;
    }

    private static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toSet());
    }
}
