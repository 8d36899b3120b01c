package org.partnershipatlas.security;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.app.SecretFile;
import org.partnershipatlas.store.AccountStore;
import org.partnershipatlas.store.StoredUser;

/**
 * On first start with no users, creates {@code admin} (role ADMIN): its password is
 * {@code atlas.security.admin-password} when set, otherwise generated, printed once to the log and written to
 * {@code <data-dir>/initial-admin-password} (readable by its owner only). Change it in the Users view and delete
 * the file.
 */
@Component
class InitialAdmin implements InitializingBean {
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    static final String USERNAME = "admin";
    static final String PASSWORD_FILE = "initial-admin-password";

    private final AccountStore accounts;
    private final Passwords passwords;
    private final AtlasProperties properties;

    InitialAdmin(AccountStore accounts, Passwords passwords, AtlasProperties properties) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (accounts.countUsers() > 0) {
            return;
        }
        String configured = properties.security().adminPassword();
        String password;
        if (configured != null && !configured.isBlank()) {
            password = configured;
            log.info("Created the first user \"{}\" with the password from atlas.security.admin-password", USERNAME);
        } else {
            password = SecretFile.generate(18);
            Path file = properties.dataDir().toAbsolutePath().resolve(PASSWORD_FILE);
            if (file.toFile().exists()) {
                file.toFile().delete();
            }
            SecretFile.writeNew(file, password);
            log.warn("Created the first user \"{}\" with the generated password {} (also in {}, readable by its owner "
                    + "only). Sign in, change it under Users, and delete the file.", USERNAME, password, file);
        }
        accounts.createUser(new StoredUser(USERNAME, passwords.encode(password), Set.of(Role.ADMIN.name()), Set.of(),
                true, Instant.now()));
    }
}
