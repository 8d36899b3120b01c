package org.partnershipatlas.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.validation.NetworkChange;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.ChangeNote;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.StoreWrite;

class EmbeddedNeo4jTest {

    private static Driver driver(EmbeddedNeo4j neo4j) {
        return GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, neo4j.password()));
    }

    @Test
    void restart_keepsTheDataAndThePassword(@TempDir Path dataDir) throws Exception {
        var org = new Organisation("kept", "Kept across restarts", OrganisationType.NGO, "GB-WLS", null, null, null,
                null, null, Confidence.ILLUSTRATIVE, List.of());
        long version;
        String password;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, 0, "64m"); Driver driver = driver(neo4j)) {
            password = neo4j.password();
            var store = new NetworkStore(driver, null);
            store.initialise();
            version = store.write(new StoreWrite(store.version(), ImportMode.MERGE,
                    NetworkChange.of(new NetworkSnapshot(List.of(), List.of(org), List.of())), null, null, null,
                    new ChangeNote("test", ChangeKind.EDIT, null, null, "", Map.of(), List.of(), true))).version();
        }
        assertThat(dataDir.resolve("neo4j")).isDirectory();
        Path passwordFile = dataDir.resolve(EmbeddedNeo4j.PASSWORD_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, 0, "64m"); Driver driver = driver(neo4j)) {
            assertThat(neo4j.password()).isEqualTo(password);
            var store = new NetworkStore(driver, null);
            store.initialise();
            assertThat(store.organisation("kept").orElseThrow().value()).isEqualTo(org);
            assertThat(store.version()).isEqualTo(version);
        }
    }

    @Test
    void bolt_withoutCredentialsOrWithAWrongPassword_isRefused(@TempDir Path dataDir) {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, 0, "64m")) {
            try (Driver anonymous = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
                assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            try (Driver guessing = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
                assertThatThrownBy(guessing::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            try (Driver ok = driver(neo4j)) {
                ok.verifyConnectivity();
            }
        }
    }

    @Test
    void loadCsv_fromAFileUrl_isRefusedEvenWithCredentials(@TempDir Path dataDir) throws Exception {
        Path secret = Files.writeString(dataDir.resolve("owner-only.csv"), "secret\n");
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, 0, "64m"); Driver driver = driver(neo4j);
             var session = driver.session()) {
            assertThatThrownBy(() -> session.run("LOAD CSV FROM $url AS row RETURN row",
                    Map.of("url", secret.toUri().toString())).list())
                    .isInstanceOf(ClientException.class);
            assertThatThrownBy(() -> session.run("LOAD CSV FROM 'file:///../../owner-only.csv' AS row RETURN row").list())
                    .isInstanceOf(ClientException.class);
        }
    }
}
