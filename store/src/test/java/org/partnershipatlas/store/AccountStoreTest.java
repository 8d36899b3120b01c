package org.partnershipatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

class AccountStoreTest {
    private static Driver driver;
    private static AccountStore accounts;

    @BeforeAll
    static void start() {
        driver = TestNeo4j.empty();
        accounts = new AccountStore(driver, null);
        accounts.initialise();
    }

    @Test
    void users_createReadUpdate_andNamesAreUnique() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        var user = new StoredUser("ann <script>", "{noop}x", Set.of("EDITOR"), Set.of("dolen-cymru"), true, now);
        accounts.createUser(user);
        assertThat(accounts.user("ann <script>")).contains(user);
        assertThatThrownBy(() -> accounts.createUser(user)).isInstanceOf(RuntimeException.class);

        var disabled = new StoredUser(user.username(), "{noop}y", Set.of("VIEWER"), Set.of(), false, now);
        assertThat(accounts.updateUser(disabled)).isTrue();
        assertThat(accounts.user(user.username())).contains(disabled);
        assertThat(accounts.updateUser(new StoredUser("nobody", "{noop}", Set.of(), Set.of(), true, now))).isFalse();
        assertThat(accounts.countUsers()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void tokens_areFoundByHashUntilRevoked() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        var token = new StoredToken("t1", "nightly import", "abc123", Set.of("EDITOR"), Set.of(), now, "admin", null);
        accounts.createToken(token);
        assertThat(accounts.tokenByHash("abc123")).contains(token);
        assertThat(accounts.revokeToken("t1", now.plusSeconds(5))).isTrue();
        assertThat(accounts.tokenByHash("abc123").orElseThrow().revoked()).isTrue();
        assertThat(accounts.revokeToken("no-such", now)).isFalse();
        assertThat(accounts.tokens()).extracting(StoredToken::id).contains("t1");
    }
}
