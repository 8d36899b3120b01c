package org.partnershipatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.partnershipatlas.store.ReturnStore.Invitation;
import org.partnershipatlas.store.ReturnStore.InvitationWithReminders;
import org.partnershipatlas.store.ReturnStore.Registration;
import org.partnershipatlas.store.ReturnStore.Round;
import org.partnershipatlas.store.ReturnStore.Status;

/**
 * Users, tokens, returns, registrations and stories read in bulk from one database and written with
 * {@code replaceAll} into another (what a backup and a restore on a new machine do), on two real Neo4j: every node
 * comes back with exactly the properties it had — whatever the methods that made it stored, not only what the records
 * name — and a failure anywhere in the transaction leaves everything as it was.
 */
class BulkRecordsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00.123456789Z");
    private static final List<String> LABELS = List.of("User", "ApiToken", "ReturnRound", "ReturnInvitation",
            "Registration", "Story");
    private static Driver from;
    private static Driver to;

    @BeforeAll
    static void start() {
        from = TestNeo4j.empty();
        to = TestNeo4j.emptySecond();
        for (Driver driver : List.of(from, to)) {
            new AccountStore(driver, null).initialise();
            new ReturnStore(driver, null).initialise();
            new StoryStore(driver, null).initialise();
        }
        fillThroughEveryMethodThatWrites();
    }

    private static Invitation invitation(String id, String round, String organisation, String hash, String email) {
        return new Invitation(id, round, organisation, hash, email, Status.NOT_STARTED, NOW, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** One of everything, each moved through the states the application moves it through. */
    private static void fillThroughEveryMethodThatWrites() {
        var accounts = new AccountStore(from, null);
        accounts.createUser(new StoredUser("admin", "{bcrypt}$2a$10$admin", Set.of("ADMIN"), Set.of(), true, NOW));
        accounts.createUser(new StoredUser("ann", "{bcrypt}$2a$10$ann", Set.of("VIEWER", "EDITOR"),
                Set.of("dolen-cymru", "pont"), true, NOW.plusSeconds(1)));
        accounts.updateUser(new StoredUser("ann", "{bcrypt}$2a$10$ann2", Set.of("VIEWER", "EDITOR"),
                Set.of("dolen-cymru"), false, NOW.plusSeconds(1)));
        accounts.createToken(new StoredToken("t1", "nightly import", "hash-t1", Set.of("EDITOR"), Set.of(), NOW,
                "admin", null));
        accounts.createToken(new StoredToken("t2", "old script", "hash-t2", Set.of("VIEWER"), Set.of("pont"),
                NOW.plusSeconds(2), null, null));
        accounts.revokeToken("t2", NOW.plusSeconds(3));

        var returns = new ReturnStore(from, null);
        returns.createRound(new Round("r1", "2026 return", LocalDate.of(2027, 1, 31), NOW, "admin"), List.of(
                invitation("i1", "r1", "betsi", "hash-i1", "lead@betsi.example.org"),
                invitation("i2", "r1", "cardiff", "hash-i2", null),
                invitation("i3", "r1", "powys", "hash-i3", "powys@example.org"),
                invitation("i4", "r1", "velindre", "hash-i4", "v@example.org")));
        returns.createRound(new Round("r2", "Closed round", LocalDate.of(2026, 3, 1), NOW.minusSeconds(86_400), "bea"),
                List.of());
        returns.saveDraft("i1", "{\"contact\": {\"name\": \"Ann\"}}");
        returns.reminded("i1", "hash-i1-reminder-1", NOW.plusSeconds(60));
        returns.reminded("i1", "hash-i1-reminder-2", NOW.plusSeconds(120));
        returns.submit("i2", "{\"confirm\": [\"x\"]}", NOW.plusSeconds(5));
        returns.review("i2", "editor", "thanks", "confirm:x", 42L, NOW.plusSeconds(6));
        returns.revoke("i3", NOW.plusSeconds(7));
        returns.reminded("i4", "hash-i4-reminder", NOW.plusSeconds(8));
        returns.reissue("i4", "hash-i4b", NOW.plusSeconds(9));
        returns.createRegistration(new Registration("g1", NOW, "{\"contact\": {\"email\": \"rhys@example.org\"}}",
                "PENDING", null, null, null, null, null));
        returns.createRegistration(new Registration("g2", NOW.plusSeconds(1), "{\"name\": \"y\"}", "PENDING", null,
                null, null, null, null));
        returns.reviewRegistration("g2", "ACCEPTED", "editor", "welcome", "swansea-friends", 43L, NOW.plusSeconds(2));

        new StoryStore(from, null).create(new StoredStory("s1", "Lesotho since 1985", List.of(
                new StoredStory.Step("/network?country=LS", "It began.\nSecond line."),
                new StoredStory.Step("/map", "")), false, "ann", NOW));
    }

    private record Everything(List<StoredUser> users, List<StoredToken> tokens, List<Round> rounds,
                              List<InvitationWithReminders> invitations, List<Registration> registrations,
                              List<StoredStory> stories) {
        static Everything of(Driver driver) {
            var accounts = new AccountStore(driver, null);
            var returns = new ReturnStore(driver, null);
            return new Everything(accounts.users(), accounts.tokens(), returns.rounds(), returns.allInvitations(),
                    returns.registrations(null), new StoryStore(driver, null).stories());
        }

        void replaceAllIn(Driver driver) {
            try (Session session = driver.session()) {
                session.executeWrite(tx -> {
                    new AccountStore(driver, null).replaceAll(tx, users, tokens);
                    new ReturnStore(driver, null).replaceAll(tx, rounds, invitations, registrations);
                    new StoryStore(driver, null).replaceAll(tx, stories);
                    return null;
                });
            }
        }
    }

    /**
     * Every node of the six labels with every property it has, by label and key: lists sorted (roles are a set), and
     * an empty list left out — the stores read it exactly as no property (a reissued invitation's reminders).
     */
    private static Map<String, Object> raw(Driver driver) {
        var result = new TreeMap<String, Object>();
        try (Session session = driver.session()) {
            for (String label : LABELS) {
                session.run("MATCH (n:" + label + ") RETURN coalesce(n.id, n.username) AS key, n {.*} AS n").forEachRemaining(r -> {
                    var properties = new TreeMap<String, Object>();
                    r.get("n").asMap().forEach((k, v) -> {
                        if (!(v instanceof List<?> list)) {
                            properties.put(k, v);
                        } else if (!list.isEmpty()) {
                            properties.put(k, list.stream().map(String::valueOf).sorted().toList());
                        }
                    });
                    result.put(label + " " + r.get("key").asString(), properties);
                });
            }
        }
        return result;
    }

    @Test
    void replaceAll_inAnotherDatabase_givesBackEveryRecordAndEveryProperty_andReplacesWhatWasThere() {
        Everything everything = Everything.of(from);
        assertThat(everything.users()).hasSize(2);
        assertThat(everything.tokens()).extracting(StoredToken::revoked).containsExactly(false, true);
        assertThat(everything.invitations()).hasSize(4);
        assertThat(everything.invitations().get(0).reminderTokenHashes())
                .containsExactly("hash-i1-reminder-1", "hash-i1-reminder-2");
        // Something already in the second database, to be replaced.
        new AccountStore(to, null).createUser(new StoredUser("admin", "{bcrypt}fresh", Set.of("ADMIN"), Set.of(), true,
                Instant.now()));
        new StoryStore(to, null).create(new StoredStory("fresh", "Fresh", List.of(new StoredStory.Step("/", "")), true,
                "admin", Instant.now()));

        everything.replaceAllIn(to);

        assertThat(Everything.of(to)).isEqualTo(everything);
        assertThat(raw(to)).isEqualTo(raw(from));
        var returns = new ReturnStore(to, null);
        assertThat(returns.invitationByToken("hash-i1-reminder-2")).as("a reminder's link still works")
                .hasValueSatisfying(i -> assertThat(i.id()).isEqualTo("i1"));
        assertThat(returns.invitationByToken("hash-i4-reminder")).as("reissued: the old reminder's link stays dead")
                .isEmpty();
        assertThat(new AccountStore(to, null).tokenByHash("hash-t2").orElseThrow().revoked()).isTrue();
    }

    @Test
    void replaceAll_whenSomethingLaterInTheTransactionFails_changesNothing() {
        Everything before = Everything.of(from);
        Map<String, Object> rawBefore = raw(from);
        var repeated = new ArrayList<>(before.stories());
        repeated.add(before.stories().get(0));

        assertThatThrownBy(() -> new Everything(List.of(), List.of(), List.of(), List.of(), List.of(), repeated)
                .replaceAllIn(from)).isInstanceOf(RuntimeException.class);

        assertThat(Everything.of(from)).isEqualTo(before);
        assertThat(raw(from)).isEqualTo(rawBefore);
    }
}
