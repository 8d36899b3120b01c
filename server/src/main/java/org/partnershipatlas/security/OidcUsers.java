package org.partnershipatlas.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.model.Ids;

/**
 * Sign-in through the organisation's OpenID Connect provider (NHS Wales staff: Microsoft Entra ID): roles come from
 * a configurable claim ({@code atlas.security.oidc.roles-claim}, e.g. Entra's app roles in {@code roles}), mapped by
 * {@code atlas.security.oidc.role-map.<value>=EDITOR} or by name; stewardship from another claim; the name in the
 * history from {@code atlas.security.oidc.username-claim}.
 */
public class OidcUsers extends OidcUserService {
    private static final Logger log = LoggerFactory.getLogger(OidcUsers.class);
    private final AtlasProperties.Oidc settings;

    public OidcUsers(AtlasProperties.Oidc settings) {
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        Set<Role> roles = roles(user.getClaims().get(settings.rolesClaim()));
        List<String> stewardOf = values(user.getClaims().get(settings.stewardClaim())).stream()
                .filter(Ids::isValidId).toList();
        String nameClaim = user.getClaims().containsKey(settings.usernameClaim()) ? settings.usernameClaim() : "sub";
        log.info("OpenID Connect sign-in of {} with roles {}", user.getClaims().get(nameClaim), roles);
        return new DefaultOidcUser(Actor.authorities(roles, stewardOf), user.getIdToken(), user.getUserInfo(), nameClaim);
    }

    Set<Role> roles(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values(claim)) {
            String mapped = settings.roleMap().getOrDefault(value, value);
            Roles.find(mapped).ifPresent(roles::add);
        }
        if (roles.isEmpty()) {
            Roles.find(settings.defaultRole()).ifPresent(roles::add);
        }
        return roles;
    }

    private static List<String> values(Object claim) {
        var result = new ArrayList<String>();
        if (claim instanceof Collection<?> many) {
            many.forEach(v -> result.add(String.valueOf(v)));
        } else if (claim instanceof String one) {
            for (String part : one.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    result.add(part);
                }
            }
        }
        return result;
    }
}
