package org.partnershipatlas.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Partnership returns and public registrations, beside the network but not part of it (they do not raise the
 * network version; what is accepted from them enters the network through the application's one door): {@code
 * (:ReturnRound)}, one {@code (:ReturnInvitation)} per organisation asked — its token kept only as a SHA-256, its draft,
 * its submission and its review — and {@code (:Registration)}. Parameterised Cypher only.
 */
public class ReturnStore {
    private static final List<String> SCHEMA = List.of(
            "CREATE CONSTRAINT return_round_id IF NOT EXISTS FOR (r:ReturnRound) REQUIRE r.id IS UNIQUE",
            "CREATE CONSTRAINT return_invitation_id IF NOT EXISTS FOR (i:ReturnInvitation) REQUIRE i.id IS UNIQUE",
            "CREATE CONSTRAINT return_invitation_token IF NOT EXISTS FOR (i:ReturnInvitation) REQUIRE i.tokenHash IS UNIQUE",
            "CREATE CONSTRAINT registration_id IF NOT EXISTS FOR (r:Registration) REQUIRE r.id IS UNIQUE");

    private final Driver driver;
    private final String database;

    public ReturnStore(Driver driver, String database) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.database = database;
    }

    private Session session() {
        return database == null ? driver.session() : driver.session(SessionConfig.forDatabase(database));
    }

    public void initialise() {
        try (Session session = session()) {
            for (String statement : SCHEMA) {
                session.executeWrite(tx -> tx.run(statement).consume());
            }
        }
    }

    /** A round of returns as stored. */
    public record Round(String id, String title, LocalDate closes, Instant createdAt, String createdBy) {
    }

    /** Where an organisation's return stands. */
    public enum Status { NOT_STARTED, DRAFT, SUBMITTED, REVIEWED }

    /**
     * One organisation asked in a round: its token's hash, the contact to email, its draft and submission (JSON as
     * typed), and the review.
     */
    public record Invitation(String id, String round, String organisation, String tokenHash, String email,
                             Status status, Instant issuedAt, Instant revokedAt, Instant remindedAt, String draft,
                             String submission, Instant submittedAt, Instant reviewedAt, String reviewedBy,
                             String reviewNote, String acceptedItems, Long changeId) {
        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /**
     * An invitation with everything stored about it (a backup): also the hashes of the links sent with reminders,
     * which keep working beside the first ({@link #reminded}).
     *
     * @param reminderTokenHashes oldest first; empty when no reminder was sent (or the invitation was reissued since)
     */
    public record InvitationWithReminders(Invitation invitation, List<String> reminderTokenHashes) {
        public InvitationWithReminders {
            Objects.requireNonNull(invitation, "invitation");
            reminderTokenHashes = List.copyOf(reminderTokenHashes == null ? List.of() : reminderTokenHashes);
        }
    }

    /** A public registration of an organisation seeking a partner, waiting for review. */
    public record Registration(String id, Instant at, String data, String status, Instant reviewedAt,
                               String reviewedBy, String reviewNote, String organisation, Long changeId) {
    }

    // --- rounds ------------------------------------------------------------------------------------------------------

    public void createRound(Round round, List<Invitation> invitations) {
        try (Session session = session()) {
            session.executeWrite(tx -> {
                tx.run("""
                        CREATE (r:ReturnRound {id: $id, title: $title, closes: $closes, createdAt: $createdAt,
                                                createdBy: $createdBy})""",
                        Map.of("id", round.id(), "title", round.title(), "closes", round.closes(),
                                "createdAt", round.createdAt().atOffset(ZoneOffset.UTC), "createdBy", round.createdBy()))
                        .consume();
                for (Invitation i : invitations) {
                    tx.run("""
                            CREATE (i:ReturnInvitation {id: $id, round: $round, organisation: $organisation,
                                    tokenHash: $tokenHash, email: $email, status: 'NOT_STARTED', issuedAt: $issuedAt})""",
                            invitationParams(i)).consume();
                }
                return null;
            });
        }
    }

    private static Map<String, Object> invitationParams(Invitation i) {
        var p = new HashMap<String, Object>();
        p.put("id", i.id());
        p.put("round", i.round());
        p.put("organisation", i.organisation());
        p.put("tokenHash", i.tokenHash());
        p.put("email", i.email());
        p.put("issuedAt", i.issuedAt().atOffset(ZoneOffset.UTC));
        return p;
    }

    public List<Round> rounds() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("MATCH (r:ReturnRound) RETURN r {.*} AS r ORDER BY r.createdAt DESC")
                    .list(r -> toRound(r.get("r"))));
        }
    }

    public Optional<Round> round(String id) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("MATCH (r:ReturnRound {id: $id}) RETURN r {.*} AS r", Map.of("id", id))
                    .stream().findFirst().map(r -> toRound(r.get("r"))));
        }
    }

    private static Round toRound(Value r) {
        return new Round(r.get("id").asString(), r.get("title").asString(), r.get("closes").asLocalDate(),
                r.get("createdAt").asOffsetDateTime().toInstant(), r.get("createdBy").asString(null));
    }

    // --- invitations ---------------------------------------------------------------------------------------------------

    public List<Invitation> invitations(String round) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (i:ReturnInvitation {round: $round}) RETURN i {.*} AS i ORDER BY i.organisation""",
                    Map.of("round", round)).list(r -> toInvitation(r.get("i"))));
        }
    }

    public Optional<Invitation> invitation(String id) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("MATCH (i:ReturnInvitation {id: $id}) RETURN i {.*} AS i",
                    Map.of("id", id)).stream().findFirst().map(r -> toInvitation(r.get("i"))));
        }
    }

    public Optional<Invitation> invitationByToken(String tokenHash) {
        try (Session session = session()) {
            // The current link by its index; else a reminder's link (a round has a few dozen invitations).
            return session.executeRead(tx -> tx.run("MATCH (i:ReturnInvitation {tokenHash: $hash}) RETURN i {.*} AS i",
                    Map.of("hash", tokenHash)).stream().findFirst()
                    .or(() -> tx.run("""
                            MATCH (i:ReturnInvitation) WHERE $hash IN coalesce(i.reminderTokenHashes, [])
                            RETURN i {.*} AS i""", Map.of("hash", tokenHash)).stream().findFirst())
                    .map(r -> toInvitation(r.get("i"))));
        }
    }

    /** Invitations submitted and waiting for review, oldest first (the review queue). */
    public List<Invitation> submitted() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (i:ReturnInvitation {status: 'SUBMITTED'}) RETURN i {.*} AS i ORDER BY i.submittedAt""")
                    .list(r -> toInvitation(r.get("i"))));
        }
    }

    /**
     * Returns reviewed and accepted, whole or in part — also those accepted with nothing to change, such as "we have
     * no links" (evidence: self-reported). A rejected return keeps no accepted items.
     */
    public List<Invitation> accepted() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (i:ReturnInvitation {status: 'REVIEWED'}) WHERE i.acceptedItems IS NOT NULL
                    RETURN i {.*} AS i ORDER BY i.reviewedAt""").list(r -> toInvitation(r.get("i"))));
        }
    }

    /**
     * Saves a draft unless the return was already submitted or reviewed. @return whether it was saved
     */
    public boolean saveDraft(String id, String draft) {
        return update("""
                MATCH (i:ReturnInvitation {id: $id}) WHERE i.status IN ['NOT_STARTED', 'DRAFT'] AND i.revokedAt IS NULL
                SET i.draft = $draft, i.status = 'DRAFT'
                RETURN count(i) AS n""", Map.of("id", id, "draft", draft));
    }

    /** Submits (again, until it is reviewed). @return whether it was accepted for review */
    public boolean submit(String id, String submission, Instant at) {
        return update("""
                MATCH (i:ReturnInvitation {id: $id}) WHERE i.status <> 'REVIEWED' AND i.revokedAt IS NULL
                SET i.submission = $submission, i.draft = $submission, i.status = 'SUBMITTED', i.submittedAt = $at
                RETURN count(i) AS n""", Map.of("id", id, "submission", submission, "at", at.atOffset(ZoneOffset.UTC)));
    }

    public boolean review(String id, String reviewer, String note, String acceptedItems, Long changeId, Instant at) {
        var p = new HashMap<String, Object>();
        p.put("id", id);
        p.put("reviewer", reviewer);
        p.put("note", note);
        p.put("items", acceptedItems);
        p.put("changeId", changeId);
        p.put("at", at.atOffset(ZoneOffset.UTC));
        return update("""
                MATCH (i:ReturnInvitation {id: $id}) WHERE i.status = 'SUBMITTED'
                SET i.status = 'REVIEWED', i.reviewedBy = $reviewer, i.reviewNote = $note, i.acceptedItems = $items,
                    i.changeId = $changeId, i.reviewedAt = $at
                RETURN count(i) AS n""", p);
    }

    public boolean revoke(String id, Instant at) {
        return update("""
                MATCH (i:ReturnInvitation {id: $id}) SET i.revokedAt = coalesce(i.revokedAt, $at) RETURN count(i) AS n""",
                Map.of("id", id, "at", at.atOffset(ZoneOffset.UTC)));
    }

    /** A new token for an invitation (the old one and any reminder's stop working); revocation is lifted. */
    public boolean reissue(String id, String tokenHash, Instant at) {
        return update("""
                MATCH (i:ReturnInvitation {id: $id})
                SET i.tokenHash = $hash, i.reminderTokenHashes = [], i.issuedAt = $at, i.revokedAt = null
                RETURN count(i) AS n""",
                Map.of("id", id, "hash", tokenHash, "at", at.atOffset(ZoneOffset.UTC)));
    }

    /**
     * A reminder went with a link of its own ({@code tokenHash}, a fresh token: the first is stored only hashed, so
     * it cannot be sent again); the invitation's earlier links keep working until the round closes or it is revoked.
     */
    public boolean reminded(String id, String tokenHash, Instant at) {
        return update("""
                MATCH (i:ReturnInvitation {id: $id})
                SET i.remindedAt = $at, i.reminderTokenHashes = coalesce(i.reminderTokenHashes, []) + $hash
                RETURN count(i) AS n""",
                Map.of("id", id, "hash", tokenHash, "at", at.atOffset(ZoneOffset.UTC)));
    }

    private boolean update(String statement, Map<String, Object> params) {
        try (Session session = session()) {
            return session.executeWrite(tx -> tx.run(statement, params).single().get("n").asLong() > 0);
        }
    }

    private static Invitation toInvitation(Value i) {
        return new Invitation(i.get("id").asString(), i.get("round").asString(), i.get("organisation").asString(),
                i.get("tokenHash").asString(), i.get("email").asString(null), Status.valueOf(i.get("status").asString()),
                instant(i.get("issuedAt")), instant(i.get("revokedAt")), instant(i.get("remindedAt")),
                i.get("draft").asString(null), i.get("submission").asString(null), instant(i.get("submittedAt")),
                instant(i.get("reviewedAt")), i.get("reviewedBy").asString(null), i.get("reviewNote").asString(null),
                i.get("acceptedItems").asString(null), i.get("changeId").isNull() ? null : i.get("changeId").asLong());
    }

    private static Instant instant(Value v) {
        return v.isNull() ? null : v.asOffsetDateTime().toInstant();
    }

    // --- all of them at once (a backup, a restore) ----------------------------------------------------------------------

    /** Every invitation of every round with its reminders' hashes, by round, organisation and id. */
    public List<InvitationWithReminders> allInvitations() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (i:ReturnInvitation) RETURN i {.*} AS i ORDER BY i.round, i.organisation, i.id""")
                    .list(r -> new InvitationWithReminders(toInvitation(r.get("i")),
                            NetworkRecords.strings(r.get("i").get("reminderTokenHashes")))));
        }
    }

    /**
     * Replaces every round, invitation and registration with these, in the caller's transaction (a restore, alongside
     * its network: {@link AlongsideWrite}). Each is stored with every field as the methods above leave it, so that
     * {@link #rounds()}, {@link #allInvitations()} and {@link #registrations registrations(null)} read back records
     * equal to these. Uniqueness is the constraints': a repeated id or token hash fails the transaction.
     */
    public void replaceAll(TransactionContext tx, List<Round> rounds, List<InvitationWithReminders> invitations,
                           List<Registration> registrations) {
        tx.run("MATCH (n) WHERE n:ReturnRound OR n:ReturnInvitation OR n:Registration DETACH DELETE n").consume();
        tx.run("UNWIND $rows AS row CREATE (r:ReturnRound) SET r = row",
                Map.of("rows", rounds.stream().map(ReturnStore::roundRow).toList())).consume();
        tx.run("UNWIND $rows AS row CREATE (i:ReturnInvitation) SET i = row",
                Map.of("rows", invitations.stream().map(ReturnStore::invitationRow).toList())).consume();
        tx.run("UNWIND $rows AS row CREATE (r:Registration) SET r = row",
                Map.of("rows", registrations.stream().map(ReturnStore::registrationRow).toList())).consume();
    }

    private static Map<String, Object> roundRow(Round r) {
        var row = new HashMap<String, Object>();
        row.put("id", r.id());
        row.put("title", r.title());
        row.put("closes", r.closes());
        row.put("createdAt", time(r.createdAt()));
        row.put("createdBy", r.createdBy());
        return row;
    }

    private static Map<String, Object> invitationRow(InvitationWithReminders kept) {
        Invitation i = kept.invitation();
        var row = new HashMap<String, Object>();
        row.put("id", i.id());
        row.put("round", i.round());
        row.put("organisation", i.organisation());
        row.put("tokenHash", i.tokenHash());
        row.put("reminderTokenHashes", kept.reminderTokenHashes().isEmpty() ? null : kept.reminderTokenHashes());
        row.put("email", i.email());
        row.put("status", i.status().name());
        row.put("issuedAt", time(i.issuedAt()));
        row.put("revokedAt", time(i.revokedAt()));
        row.put("remindedAt", time(i.remindedAt()));
        row.put("draft", i.draft());
        row.put("submission", i.submission());
        row.put("submittedAt", time(i.submittedAt()));
        row.put("reviewedAt", time(i.reviewedAt()));
        row.put("reviewedBy", i.reviewedBy());
        row.put("reviewNote", i.reviewNote());
        row.put("acceptedItems", i.acceptedItems());
        row.put("changeId", i.changeId());
        return row;
    }

    private static Map<String, Object> registrationRow(Registration r) {
        var row = new HashMap<String, Object>();
        row.put("id", r.id());
        row.put("at", time(r.at()));
        row.put("data", r.data());
        row.put("status", r.status());
        row.put("reviewedAt", time(r.reviewedAt()));
        row.put("reviewedBy", r.reviewedBy());
        row.put("reviewNote", r.reviewNote());
        row.put("organisation", r.organisation());
        row.put("changeId", r.changeId());
        return row;
    }

    /** An instant as stored (a UTC date-time), or {@code null}: {@code SET n = row} stores no property for it. */
    private static Object time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    // --- registrations -----------------------------------------------------------------------------------------------

    public void createRegistration(Registration r) {
        try (Session session = session()) {
            session.executeWrite(tx -> tx.run("""
                    CREATE (r:Registration {id: $id, at: $at, data: $data, status: 'PENDING'})""",
                    Map.of("id", r.id(), "at", r.at().atOffset(ZoneOffset.UTC), "data", r.data())).consume());
        }
    }

    public List<Registration> registrations(String status) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (r:Registration) WHERE $status IS NULL OR r.status = $status
                    RETURN r {.*} AS r ORDER BY r.at""", new HashMap<>(java.util.Collections.singletonMap("status", status)))
                    .list(x -> toRegistration(x.get("r"))));
        }
    }

    public Optional<Registration> registration(String id) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("MATCH (r:Registration {id: $id}) RETURN r {.*} AS r", Map.of("id", id))
                    .stream().findFirst().map(x -> toRegistration(x.get("r"))));
        }
    }

    public boolean reviewRegistration(String id, String status, String reviewer, String note, String organisation,
                                      Long changeId, Instant at) {
        var p = new HashMap<String, Object>();
        p.put("id", id);
        p.put("status", status);
        p.put("reviewer", reviewer);
        p.put("note", note);
        p.put("organisation", organisation);
        p.put("changeId", changeId);
        p.put("at", at.atOffset(ZoneOffset.UTC));
        return update("""
                MATCH (r:Registration {id: $id}) WHERE r.status = 'PENDING'
                SET r.status = $status, r.reviewedBy = $reviewer, r.reviewNote = $note, r.organisation = $organisation,
                    r.changeId = $changeId, r.reviewedAt = $at
                RETURN count(r) AS n""", p);
    }

    private static Registration toRegistration(Value r) {
        return new Registration(r.get("id").asString(), instant(r.get("at")), r.get("data").asString(),
                r.get("status").asString(), instant(r.get("reviewedAt")), r.get("reviewedBy").asString(null),
                r.get("reviewNote").asString(null), r.get("organisation").asString(null),
                r.get("changeId").isNull() ? null : r.get("changeId").asLong());
    }
}
