package org.partnershipatlas.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.users.UserAdministration;

/**
 * The people and scripts the role matrix tries every route as: anonymous, a viewer, a steward editor (of Dolen
 * Cymru only), an editor, an admin, a live API token and a revoked one. Created once per application context.
 */
public final class Principals {
    public static final String PASSWORD = "matrix-password-1";
    public static final String STEWARDED = "dolen-cymru";

    /** Who, with the Authorization header that signs them in (none for anonymous). */
    public record Principal(String name, String authorization, Set<Role> roles, Set<String> stewardOf) {
        public boolean anonymous() {
            return authorization == null;
        }

        public boolean revoked() {
            return name.equals("revoked token");
        }

        /** The Spring Security authentication a signed-in browser session would hold (for view tests). */
        public Authentication authentication() {
            return UsernamePasswordAuthenticationToken.authenticated(name, "", Actor.authorities(roles, stewardOf));
        }
    }

    private Principals() {
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Creates the matrix's users and tokens if missing; returns every principal by name. */
    public static synchronized Map<String, Principal> ensure(UserAdministration users) {
        var all = new LinkedHashMap<String, Principal>();
        all.put("anonymous", new Principal("anonymous", null, Set.of(), Set.of()));
        user(users, all, "matrix-viewer", Set.of(Role.VIEWER), Set.of(), "viewer");
        user(users, all, "matrix-steward", Set.of(Role.EDITOR), Set.of(STEWARDED), "steward editor");
        user(users, all, "matrix-editor", Set.of(Role.EDITOR), Set.of(), "editor");
        all.put("admin", new Principal("admin", basic("admin", AtlasSpringTest.ADMIN_PASSWORD),
                Set.of(Role.ADMIN), Set.of()));
        var live = users.createToken(TestWrites.FIRST_ADMIN, "matrix live token", List.of("EDITOR"), List.of());
        all.put("editor token", new Principal("editor token", "Bearer " + live.secret(), Set.of(Role.EDITOR), Set.of()));
        var revoked = users.createToken(TestWrites.FIRST_ADMIN, "matrix revoked token", List.of("ADMIN"), List.of());
        users.revokeToken(TestWrites.ADMIN, revoked.token().id());
        all.put("revoked token", new Principal("revoked token", "Bearer " + revoked.secret(), Set.of(), Set.of()));
        return all;
    }

    private static void user(UserAdministration users, Map<String, Principal> all, String username, Set<Role> roles,
                             Set<String> stewardOf, String label) {
        if (users.user(TestWrites.ADMIN, username).isEmpty()) {
            users.create(TestWrites.ADMIN, username, PASSWORD, roles.stream().map(Enum::name).toList(),
                    List.copyOf(stewardOf));
        }
        all.put(label, new Principal(label, basic(username, PASSWORD), roles, stewardOf));
    }
}
