package org.partnershipatlas.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may sign in and which scripts may call the API: {@code (:User)} and {@code (:ApiToken)} nodes, beside the
 * network but not part of it (they do not raise the network version). Parameterised Cypher only.
 */
public class AccountStore {
    private static final Logger log = LoggerFactory.getLogger(AccountStore.class);
    private static final List<String> SCHEMA = List.of(
            "CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE",
            "CREATE CONSTRAINT user_key IF NOT EXISTS FOR (u:User) REQUIRE u.key IS UNIQUE",
            "CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE",
            "CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE");

    private static final String READ_USERS = """
            MATCH (u:User)
            RETURN u {.*} AS u
            ORDER BY u.username
            """;
    private static final String READ_USER = """
            MATCH (u:User {username: $username})
            RETURN u {.*} AS u
            """;
    private static final String READ_USER_BY_KEY = """
            MATCH (u:User {key: $key})
            RETURN u {.*} AS u
            """;
    private static final String USERS_WITHOUT_KEY = "MATCH (u:User) WHERE u.key IS NULL RETURN u.username AS username";
    private static final String SET_KEY = "MATCH (u:User {username: $username}) SET u.key = $key";
    private static final String CREATE_USER = """
            CREATE (u:User {username: $username, key: $key, passwordHash: $passwordHash, roles: $roles,
                            stewardOf: $stewardOf, enabled: $enabled, createdAt: $createdAt})
            """;
    private static final String UPDATE_USER = """
            MATCH (u:User {username: $username})
            SET u.passwordHash = $passwordHash, u.roles = $roles, u.stewardOf = $stewardOf, u.enabled = $enabled
            RETURN count(u) AS updated
            """;
    private static final String COUNT_USERS = "MATCH (u:User) RETURN count(u) AS n";
    private static final String READ_TOKENS = """
            MATCH (t:ApiToken)
            RETURN t {.*} AS t
            ORDER BY t.createdAt
            """;
    private static final String READ_TOKEN_BY_HASH = """
            MATCH (t:ApiToken {hash: $hash})
            RETURN t {.*} AS t
            """;
    private static final String CREATE_TOKEN = """
            CREATE (t:ApiToken {id: $id, name: $name, hash: $hash, roles: $roles, stewardOf: $stewardOf,
                                createdAt: $createdAt, createdBy: $createdBy, makerExternal: $makerExternal})
            """;
    private static final String REVOKE_TOKEN = """
            MATCH (t:ApiToken {id: $id})
            SET t.revokedAt = coalesce(t.revokedAt, $at)
            RETURN count(t) AS revoked
            """;

    private static final String DELETE_ALL = "MATCH (n) WHERE n:User OR n:ApiToken DETACH DELETE n";
    private static final String CREATE_USERS = """
            UNWIND $rows AS row
            CREATE (u:User) SET u = row
            """;
    private static final String CREATE_TOKENS = """
            UNWIND $rows AS row
            CREATE (t:ApiToken) SET t = row
            """;

    private final Driver driver;
    private final String database;

    public AccountStore(Driver driver, String database) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.database = database;
    }

    private Session session() {
        return database == null ? driver.session() : driver.session(SessionConfig.forDatabase(database));
    }

    /**
     * Creates the constraints; users stored before names were compared by {@linkplain UserNames#key key} get theirs
     * first (two older names that are one name by key keep working, but the key constraint then waits until one is
     * renamed, and the log says so).
     */
    public void initialise() {
        try (Session session = session()) {
            List<String> unkeyed = session.executeRead(tx -> tx.run(USERS_WITHOUT_KEY).list(r -> r.get("username").asString()));
            for (String username : unkeyed) {
                session.executeWrite(tx -> tx.run(SET_KEY, Map.of("username", username, "key", UserNames.key(username)))
                        .consume());
            }
            for (String statement : SCHEMA) {
                try {
                    session.executeWrite(tx -> tx.run(statement).consume());
                } catch (ClientException e) {
                    if (!statement.contains("user_key")) {
                        throw e;
                    }
                    log.error("Two stored user names look alike (the same after NFKC and case folding); names are "
                            + "kept apart by the application until one is changed: {}", e.getMessage());
                }
            }
        }
    }

    /** The user whose name is the same as {@code name} by {@link UserNames#key} ("Admin" finds "admin"). */
    public Optional<StoredUser> userByKey(String name) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(READ_USER_BY_KEY, Map.of("key", UserNames.key(name))).stream()
                    .findFirst().map(r -> toUser(r.get("u"))));
        }
    }

    // --- users ---------------------------------------------------------------------------------------------------

    public List<StoredUser> users() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(READ_USERS).list(r -> toUser(r.get("u"))));
        }
    }

    public Optional<StoredUser> user(String username) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(READ_USER, Map.of("username", username)).stream().findFirst()
                    .map(r -> toUser(r.get("u"))));
        }
    }

    public long countUsers() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(COUNT_USERS).single().get("n").asLong());
        }
    }

    /** @throws org.neo4j.driver.exceptions.ClientException if the user name is taken (the constraint) */
    public void createUser(StoredUser user) {
        try (Session session = session()) {
            session.executeWrite(tx -> tx.run(CREATE_USER, userParams(user)).consume());
        }
    }

    /** @return whether a user with that name existed */
    public boolean updateUser(StoredUser user) {
        try (Session session = session()) {
            return session.executeWrite(tx -> tx.run(UPDATE_USER, userParams(user)).single().get("updated").asLong() > 0);
        }
    }

    private static Map<String, Object> userParams(StoredUser user) {
        var params = new HashMap<String, Object>();
        params.put("username", user.username());
        params.put("key", UserNames.key(user.username()));
        params.put("passwordHash", user.passwordHash());
        params.put("roles", List.copyOf(user.roles()));
        params.put("stewardOf", List.copyOf(user.stewardOf()));
        params.put("enabled", user.enabled());
        params.put("createdAt", user.createdAt().atOffset(ZoneOffset.UTC));
        return params;
    }

    private static StoredUser toUser(Value u) {
        return new StoredUser(u.get("username").asString(), u.get("passwordHash").asString(),
                Set.copyOf(NetworkRecords.strings(u.get("roles"))), Set.copyOf(NetworkRecords.strings(u.get("stewardOf"))),
                u.get("enabled").asBoolean(true), instant(u.get("createdAt")));
    }

    // --- tokens --------------------------------------------------------------------------------------------------

    public List<StoredToken> tokens() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(READ_TOKENS).list(r -> toToken(r.get("t"))));
        }
    }

    public Optional<StoredToken> tokenByHash(String hash) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(READ_TOKEN_BY_HASH, Map.of("hash", hash)).stream().findFirst()
                    .map(r -> toToken(r.get("t"))));
        }
    }

    public void createToken(StoredToken token) {
        var params = tokenParams(token);
        params.remove("revokedAt");
        try (Session session = session()) {
            session.executeWrite(tx -> tx.run(CREATE_TOKEN, params).consume());
        }
    }

    /** A token's properties; {@code revokedAt} only when it was revoked (a {@code null} property is none). */
    private static Map<String, Object> tokenParams(StoredToken token) {
        var params = new HashMap<String, Object>();
        params.put("id", token.id());
        params.put("name", token.name());
        params.put("hash", token.hash());
        params.put("roles", List.copyOf(token.roles()));
        params.put("stewardOf", List.copyOf(token.stewardOf()));
        params.put("createdAt", token.createdAt().atOffset(ZoneOffset.UTC));
        params.put("createdBy", token.createdBy());
        params.put("makerExternal", token.makerExternal());
        params.put("revokedAt", token.revokedAt() == null ? null : token.revokedAt().atOffset(ZoneOffset.UTC));
        return params;
    }

    /** @return whether a token with that id exists (revoking twice is harmless) */
    public boolean revokeToken(String id, Instant at) {
        try (Session session = session()) {
            return session.executeWrite(tx -> tx.run(REVOKE_TOKEN,
                    Map.of("id", id, "at", at.atOffset(ZoneOffset.UTC))).single().get("revoked").asLong() > 0);
        }
    }

    // --- all of them at once (a backup, a restore) ----------------------------------------------------------------------

    /**
     * Replaces every user and every API token with these, in the caller's transaction (a restore, alongside its
     * network: {@link AlongsideWrite}). Each is stored exactly as {@link #createUser} and {@link #createToken} store
     * them, a revoked token with its {@code revokedAt}, so that the records {@link #users()} and {@link #tokens()}
     * read back are equal to these. Uniqueness is the constraints': a repeated user name or token id or hash fails
     * the transaction.
     */
    public void replaceAll(TransactionContext tx, List<StoredUser> users, List<StoredToken> tokens) {
        tx.run(DELETE_ALL).consume();
        tx.run(CREATE_USERS, Map.of("rows", users.stream().map(AccountStore::userParams).toList())).consume();
        tx.run(CREATE_TOKENS, Map.of("rows", tokens.stream().map(AccountStore::tokenParams).toList())).consume();
    }

    private static StoredToken toToken(Value t) {
        return new StoredToken(t.get("id").asString(), t.get("name").asString(), t.get("hash").asString(),
                Set.copyOf(NetworkRecords.strings(t.get("roles"))), Set.copyOf(NetworkRecords.strings(t.get("stewardOf"))),
                instant(t.get("createdAt")), t.get("createdBy").asString(null),
                t.get("revokedAt").isNull() ? null : instant(t.get("revokedAt")), t.get("makerExternal").asBoolean(false));
    }

    private static Instant instant(Value v) {
        return v.asOffsetDateTime().toInstant();
    }
}
