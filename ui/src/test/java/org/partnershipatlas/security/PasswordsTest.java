package org.partnershipatlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.app.AtlasProperties;

class PasswordsTest {

    @Test
    void newHashes_carryTheConfiguredWork_andOldOnesStillMatch() {
        String atDefault = new Passwords().encode("a-long-enough-password");
        String cheap = new Passwords(4).encode("a-long-enough-password");
        assertThat(atDefault).startsWith("{bcrypt}$2a$10$");
        assertThat(cheap).startsWith("{bcrypt}$2a$04$");
        assertThat(new Passwords(4).matches("a-long-enough-password", atDefault)).isTrue();
        assertThat(new Passwords().matches("a-long-enough-password", cheap)).isTrue();
        assertThat(new Passwords().matches("another-long-password", cheap)).isFalse();
        assertThat(new Passwords().upgradeEncoding(cheap)).as("a cheaper hash is known to be cheaper").isTrue();
    }

    @Test
    void onlyBcryptHashes_areAccepted() {
        assertThat(new Passwords().matches("a-long-enough-password", "{noop}a-long-enough-password")).isFalse();
    }

    @Test
    void aWorkFactorOutsideBcryptsRange_isRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> new AtlasProperties.Security(true, "", null, null, 3))
                .hasMessageContaining("atlas.security.password-work");
        assertThatThrownBy(() -> new AtlasProperties.Security(true, "", null, null, 32))
                .hasMessageContaining("atlas.security.password-work");
    }
}
