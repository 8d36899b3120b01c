package org.partnershipatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.store.NetworkStore;

class EmbeddedNeo4jTest {

    @Test
    void restart_keepsTheData(@TempDir Path dataDir) {
        var org = new Organisation("kept", "Kept across restarts", OrganisationType.NGO, "GB-WLS", null, null, null,
                null, null, Confidence.ILLUSTRATIVE, java.util.List.of());
        long version;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, 0, "64m");
             Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            var store = new NetworkStore(driver, null);
            store.initialise();
            version = store.createOrganisation(org);
        }
        assertThat(dataDir.resolve("neo4j")).isDirectory();
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, 0, "64m");
             Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            var store = new NetworkStore(driver, null);
            store.initialise();
            assertThat(store.organisation("kept")).contains(org);
            assertThat(store.version()).isEqualTo(version);
        }
    }
}
