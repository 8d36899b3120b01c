package org.partnershipatlas.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.store.NetworkStore;

class SeedLoaderTest {
    private static Neo4j neo4j;
    private static Driver driver;

    @BeforeAll
    static void start() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
    }

    @AfterAll
    static void stop() {
        driver.close();
        neo4j.close();
    }

    @Test
    void seedIfEmpty_importsTheWholeSeedOnceAndNeverOverwrites() {
        NetworkStore store = new NetworkStore(driver, null);
        store.initialise();
        store.importSnapshot(NetworkSnapshot.EMPTY, ImportMode.REPLACE);

        assertThat(SeedLoader.seedIfEmpty(store)).isTrue();
        NetworkSnapshot stored = store.read().snapshot();
        assertThat(stored.sortedById()).isEqualTo(WalesAfricaSeed.load().sortedById());

        var edited = new Organisation("dolen-cymru", "Dolen Cymru (edited)", OrganisationType.NGO, "GB-WLS", null, null,
                null, null, null, Confidence.ILLUSTRATIVE, List.of());
        store.updateOrganisation(edited);
        assertThat(SeedLoader.seedIfEmpty(store)).isFalse();
        assertThat(store.organisation("dolen-cymru")).contains(edited);
    }
}
