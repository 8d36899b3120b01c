package org.partnershipatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.harness.Neo4j;

import org.partnershipatlas.store.ReturnStore.Invitation;
import org.partnershipatlas.store.ReturnStore.Registration;
import org.partnershipatlas.store.ReturnStore.Round;
import org.partnershipatlas.store.ReturnStore.Status;

/**
 * Return rounds on a real Neo4j: an invitation moves NOT_STARTED → DRAFT → SUBMITTED → REVIEWED and no further; a
 * revoked invitation takes no draft or submission until reissued; a token hash is unique; a registration is
 * reviewed once.
 */
class ReturnStoreTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static Driver driver;
    private static ReturnStore store;

    @BeforeAll
    static void start() {
        driver = TestNeo4j.empty();
        store = new ReturnStore(driver, null);
        store.initialise();
    }

    private static Invitation invitation(String id, String round, String organisation, String hash) {
        return new Invitation(id, round, organisation, hash, null, Status.NOT_STARTED, NOW, null, null, null, null, null,
                null, null, null, null, null);
    }

    @Test
    void anInvitation_goesFromNotStartedToReviewed_andStaysThere() {
        store.createRound(new Round("r1", "2026 return", LocalDate.of(2027, 1, 31), NOW, "admin"),
                List.of(invitation("i1", "r1", "betsi", "hash-1"), invitation("i2", "r1", "cardiff", "hash-2")));
        assertThat(store.round("r1")).hasValueSatisfying(r -> assertThat(r.title()).isEqualTo("2026 return"));
        assertThat(store.invitations("r1")).extracting(Invitation::organisation).containsExactly("betsi", "cardiff");
        assertThat(store.invitationByToken("hash-1")).hasValueSatisfying(i -> assertThat(i.id()).isEqualTo("i1"));

        assertThat(store.saveDraft("i1", "{\"a\": 1}")).isTrue();
        assertThat(store.invitation("i1").orElseThrow().status()).isEqualTo(Status.DRAFT);
        assertThat(store.submit("i1", "{\"a\": 2}", NOW)).isTrue();
        assertThat(store.saveDraft("i1", "{\"a\": 3}")).as("a draft does not replace what was sent").isFalse();
        assertThat(store.submit("i1", "{\"a\": 4}", NOW)).as("sending again before review replaces it").isTrue();
        assertThat(store.submitted()).extracting(Invitation::id).containsExactly("i1");
        assertThat(store.review("i1", "editor", null, "add:0", 7L, NOW)).isTrue();
        assertThat(store.review("i1", "editor", null, "add:0", 8L, NOW)).as("reviewed once").isFalse();
        assertThat(store.submit("i1", "{}", NOW)).isFalse();
        Invitation reviewed = store.invitation("i1").orElseThrow();
        assertThat(reviewed.status()).isEqualTo(Status.REVIEWED);
        assertThat(reviewed.submission()).isEqualTo("{\"a\": 4}");
        assertThat(reviewed.changeId()).isEqualTo(7L);
        assertThat(store.accepted()).extracting(Invitation::id).contains("i1");
    }

    @Test
    void aRevokedInvitation_takesNothingUntilReissued_andTokenHashesAreUnique() {
        store.createRound(new Round("r2", "Revocation", LocalDate.of(2027, 1, 31), NOW, "admin"),
                List.of(invitation("i3", "r2", "powys", "hash-3")));
        assertThat(store.revoke("i3", NOW)).isTrue();
        assertThat(store.saveDraft("i3", "{}")).isFalse();
        assertThat(store.submit("i3", "{}", NOW)).isFalse();
        assertThat(store.reissue("i3", "hash-3b", NOW)).isTrue();
        assertThat(store.invitationByToken("hash-3")).isEmpty();
        assertThat(store.invitation("i3").orElseThrow().revoked()).isFalse();
        assertThat(store.saveDraft("i3", "{}")).isTrue();
        assertThatThrownBy(() -> store.createRound(new Round("r3", "Clash", LocalDate.of(2027, 1, 31), NOW, "admin"),
                List.of(invitation("i4", "r3", "hywel-dda", "hash-3b")))).isInstanceOf(RuntimeException.class);
        assertThat(store.round("r3")).as("the round is not half written").isEmpty();
    }

    @Test
    void aRejectedReturn_isNotSelfReported_andARegistrationIsReviewedOnce() {
        store.createRound(new Round("r4", "Rejection", LocalDate.of(2027, 1, 31), NOW, "admin"),
                List.of(invitation("i5", "r4", "velindre", "hash-5")));
        store.submit("i5", "{}", NOW);
        assertThat(store.review("i5", "editor", "duplicate", null, null, NOW)).isTrue();
        assertThat(store.accepted()).extracting(Invitation::id).doesNotContain("i5");

        store.createRegistration(new Registration("g1", NOW, "{\"name\": \"x\"}", "PENDING", null, null, null, null, null));
        assertThat(store.registrations("PENDING")).extracting(Registration::id).contains("g1");
        assertThat(store.reviewRegistration("g1", "ACCEPTED", "editor", null, "x", 9L, NOW)).isTrue();
        assertThat(store.reviewRegistration("g1", "REJECTED", "editor", "no", null, null, NOW)).isFalse();
        assertThat(store.registration("g1").orElseThrow().status()).isEqualTo("ACCEPTED");
    }
}
