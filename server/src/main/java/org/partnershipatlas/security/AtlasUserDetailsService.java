package org.partnershipatlas.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import org.partnershipatlas.store.AccountStore;
import org.partnershipatlas.store.StoredUser;

/** Users kept in Neo4j ({@code (:User)}), for the sign-in form and HTTP Basic. */
@Service
class AtlasUserDetailsService implements UserDetailsService {
    private final AccountStore accounts;

    AtlasUserDetailsService(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.length() > Passwords.MAX_USERNAME_LENGTH) {
            throw new UsernameNotFoundException("no such user");
        }
        // The name as typed finds the user whose name it is the same as ("Admin" signs in as "admin").
        StoredUser user = accounts.userByKey(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .disabled(!user.enabled())
                .authorities(Actor.authorities(Roles.parse(user.roles()), user.stewardOf()))
                .build();
    }
}
