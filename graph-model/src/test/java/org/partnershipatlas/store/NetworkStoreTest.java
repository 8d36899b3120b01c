package org.partnershipatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Networks;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;

/** The store against a real in-process Neo4j 5.26 (neo4j-harness), spoken to over Bolt like the application does. */
class NetworkStoreTest {
    private static Neo4j neo4j;
    private static Driver driver;
    private NetworkStore store;

    @BeforeAll
    static void startNeo4j() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
    }

    @AfterAll
    static void stopNeo4j() {
        driver.close();
        neo4j.close();
    }

    @BeforeEach
    void emptyStore() {
        store = new NetworkStore(driver, null);
        store.initialise();
        store.importSnapshot(NetworkSnapshot.EMPTY, ImportMode.REPLACE);
    }

    private static ParsedNetwork parse(String json) {
        return JsonSnapshotFormat.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private String storedJson() {
        return JsonSnapshotFormat.toJson(store.read().snapshot(), true);
    }

    @Test
    void importSnapshot_replace_thenRead_givesTheSameNetwork() {
        NetworkSnapshot network = Networks.small();
        ImportResult result = store.importSnapshot(network, ImportMode.REPLACE);
        assertThat(result.organisationsCreated()).isEqualTo(3);
        assertThat(result.linksCreated()).isEqualTo(2);
        assertThat(store.read().snapshot().withLinks(l -> true).organisations())
                .containsExactlyInAnyOrderElementsOf(network.organisations());
        assertThat(store.read().snapshot().links()).containsExactlyInAnyOrderElementsOf(network.links());
        assertThat(store.read().snapshot().country("LS").orElseThrow().name()).isEqualTo("Lesotho");
    }

    @Test
    void importNetwork_merge_upsertsByIdAndKeepsTheRest() {
        store.importSnapshot(Networks.small(), ImportMode.REPLACE);
        ImportResult result = store.importNetwork(parse("""
                {"format": "partnership-atlas/1", "organisations": [
                   {"id": "dolen-cymru", "name": "Dolen Cymru (renamed)", "type": "NGO", "country": "GB-WLS", "confidence": "ILLUSTRATIVE"},
                   {"id": "new-org", "name": "New", "type": "HOSPITAL", "country": "KE", "confidence": "ILLUSTRATIVE"}],
                 "links": [{"id": "l-new", "from": "new-org", "to": "betsi-cadwaladr-uhb", "kind": "HEALTH_LINK", "confidence": "ILLUSTRATIVE"}]}
                """), ImportMode.MERGE);
        assertThat(result.organisationsCreated()).isEqualTo(1);
        assertThat(result.organisationsUpdated()).isEqualTo(1);
        assertThat(result.linksCreated()).isEqualTo(1);
        assertThat(result.totalOrganisations()).isEqualTo(4);
        assertThat(result.totalLinks()).isEqualTo(3);
        NetworkSnapshot after = store.read().snapshot();
        assertThat(after.organisation("dolen-cymru").orElseThrow().name()).isEqualTo("Dolen Cymru (renamed)");
        assertThat(after.organisation("dolen-cymru").orElseThrow().city()).isNull();
        assertThat(after.link("l-dolen-cymru-lesotho")).isPresent();
    }

    @Test
    void importNetwork_mergeChangingALinksEnds_movesTheLink() {
        store.importSnapshot(Networks.small(), ImportMode.REPLACE);
        store.importNetwork(parse("""
                {"format": "partnership-atlas/1", "links": [{"id": "l-dolen-cymru-lesotho", "from": "betsi-cadwaladr-uhb",
                  "to": "lesotho-moh", "kind": "COLLABORATION", "confidence": "ILLUSTRATIVE"}]}
                """), ImportMode.MERGE);
        Link moved = store.link("l-dolen-cymru-lesotho").orElseThrow();
        assertThat(moved.from()).isEqualTo("betsi-cadwaladr-uhb");
        assertThat(store.read().snapshot().links()).hasSize(2);
    }

    @Test
    void importNetwork_replace_swapsTheWholeNetwork() {
        store.importSnapshot(Networks.small(), ImportMode.REPLACE);
        store.importNetwork(parse("""
                {"format": "partnership-atlas/1", "organisations": [
                   {"id": "only", "name": "Only", "type": "NGO", "confidence": "ILLUSTRATIVE"}]}
                """), ImportMode.REPLACE);
        NetworkSnapshot after = store.read().snapshot();
        assertThat(after.organisations()).extracting(Organisation::id).containsExactly("only");
        assertThat(after.links()).isEmpty();
    }

    @Test
    void importNetwork_badFile_changesNothingAndNamesTheError() {
        store.importSnapshot(Networks.small(), ImportMode.REPLACE);
        String before = storedJson();
        long version = store.version();
        assertThatThrownBy(() -> store.importNetwork(parse("""
                {"format": "partnership-atlas/1", "organisations": [
                   {"id": "fine", "name": "Fine", "type": "NGO", "confidence": "ILLUSTRATIVE"}],
                 "links": [{"id": "l1", "from": "fine", "to": "xyz", "kind": "HEALTH_LINK", "confidence": "ILLUSTRATIVE"}]}
                """), ImportMode.MERGE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::toString)
                        .containsExactly("links[0].to: unknown organisation \"xyz\""));
        assertThat(storedJson()).isEqualTo(before);
        assertThat(store.version()).isEqualTo(version);
    }

    @Test
    void importNetwork_tenThousandRowsWithTheLastBad_leavesTheStoreByteForByteUnchanged() {
        store.importSnapshot(Networks.small(), ImportMode.REPLACE);
        String before = storedJson();
        long version = store.version();
        var json = new StringBuilder("{\"format\": \"partnership-atlas/1\", \"organisations\": [");
        for (int i = 0; i < 10_000; i++) {
            String type = i == 9_999 ? "NOT_A_TYPE" : "NGO";
            json.append(i == 0 ? "" : ",").append("{\"id\": \"bulk-").append(i)
                    .append("\", \"name\": \"Bulk ").append(i).append("\", \"type\": \"").append(type)
                    .append("\", \"confidence\": \"ILLUSTRATIVE\"}");
        }
        json.append("]}");
        for (ImportMode mode : ImportMode.values()) {
            assertThatThrownBy(() -> store.importNetwork(parse(json.toString()), mode))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(ValidationError::location).containsExactly("organisations[9999].type"));
            assertThat(storedJson()).isEqualTo(before);
            assertThat(store.version()).isEqualTo(version);
        }
    }

    @Test
    void failureInsideTheTransaction_rollsBackEverything() {
        store.importSnapshot(Networks.small(), ImportMode.REPLACE);
        String before = storedJson();
        // Records that bypassed validation: the organisation is written first, then the link to a missing
        // organisation fails half-way through the transaction.
        var orgs = new ArrayList<>(Networks.small().organisations());
        orgs.add(Networks.organisation("half-written", OrganisationType.NGO, "GB-WLS"));
        var change = new org.partnershipatlas.model.validation.NetworkChange(List.of(), orgs,
                List.of(Networks.link("to-nowhere", "half-written", "missing-org")));
        assertThatThrownBy(() -> store.importChange(change, ImportMode.MERGE)).isInstanceOf(RuntimeException.class);
        assertThat(storedJson()).isEqualTo(before);
        assertThat(store.organisation("half-written")).isEmpty();
    }

    @Test
    void importChange_duplicateLinkIds_areRefusedWithoutAConstraint() {
        var change = new org.partnershipatlas.model.validation.NetworkChange(List.of(), Networks.small().organisations(),
                List.of(Networks.link("dup", "dolen-cymru", "lesotho-moh"), Networks.link("dup", "lesotho-moh", "dolen-cymru")));
        assertThatThrownBy(() -> store.importChange(change, ImportMode.REPLACE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate link id \"dup\"");
        assertThat(store.read().snapshot().organisations()).isEmpty();
    }

    @Test
    void importSnapshot_replaceOverANetwork_keepsOnlyTheNewOne() {
        store.importSnapshot(Networks.small(), ImportMode.REPLACE);
        var next = new NetworkSnapshot(List.of(), List.of(Networks.organisation("dolen-cymru", OrganisationType.NGO, "KE"),
                Networks.organisation("other", OrganisationType.HOSPITAL, "UG")),
                List.of(Networks.link("l-dolen-cymru-lesotho", "dolen-cymru", "other")));
        ImportResult result = store.importSnapshot(next, ImportMode.REPLACE);
        assertThat(result.organisationsUpdated()).isEqualTo(1);
        assertThat(result.linksUpdated()).isEqualTo(1);
        NetworkSnapshot after = store.read().snapshot();
        assertThat(after.organisations()).containsExactlyInAnyOrderElementsOf(next.organisations());
        assertThat(after.links()).containsExactlyElementsOf(next.links());
        assertThat(after.countries()).extracting(c -> c.code()).containsExactlyInAnyOrder("KE", "UG");
    }

    @Test
    void hostileStrings_areStoredAndReadBackVerbatim() {
        String[] hostile = {"'}) DETACH DELETE n //", "<script>alert(1)</script>", "\"; MATCH (n) DETACH DELETE n; //",
                "Ysbyty Gwynedd – ŵŷ", "$id {id: 'x'} `backtick`"};
        var orgs = new ArrayList<Organisation>();
        for (int i = 0; i < hostile.length; i++) {
            orgs.add(new Organisation("hostile-" + i, hostile[i], OrganisationType.OTHER, "GB-WLS", hostile[i], null,
                    null, hostile[i], null, Confidence.ILLUSTRATIVE, List.of()));
        }
        store.importSnapshot(new NetworkSnapshot(List.of(), orgs, List.of()), ImportMode.REPLACE);
        NetworkSnapshot back = store.read().snapshot();
        assertThat(back.organisations()).containsExactlyInAnyOrderElementsOf(orgs);
    }

    @Test
    void everyWrite_raisesTheVersion() {
        long v0 = store.version();
        long v1 = store.createOrganisation(Networks.organisation("a", OrganisationType.NGO, "GB-WLS"));
        long v2 = store.createOrganisation(Networks.organisation("b", OrganisationType.HOSPITAL, "UG"));
        long v3 = store.createLink(Networks.link("l", "a", "b"));
        long v4 = store.deleteLink("l");
        assertThat(List.of(v0, v1, v2, v3, v4)).isSorted().doesNotHaveDuplicates();
        assertThat(store.version()).isEqualTo(v4);
    }

    @Test
    void singleEdits_createUpdateDelete() {
        store.importSnapshot(Networks.small(), ImportMode.REPLACE);
        var renamed = new Organisation("lesotho-moh", "Ministry of Health, Lesotho", OrganisationType.GOVERNMENT, "LS",
                "Maseru", null, null, null, null, Confidence.A, List.of(Networks.WEB));
        store.updateOrganisation(renamed);
        assertThat(store.organisation("lesotho-moh")).contains(renamed);

        store.deleteOrganisation("dolen-cymru");
        NetworkSnapshot after = store.read().snapshot();
        assertThat(after.organisation("dolen-cymru")).isEmpty();
        assertThat(after.links()).isEmpty(); // both links touched Dolen Cymru
    }

    @Test
    void singleEdits_onUnknownIds_throwNotFoundNamingTheId() {
        assertThatThrownBy(() -> store.deleteOrganisation("nope"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("\"nope\"");
        assertThatThrownBy(() -> store.deleteLink("nope-link"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("\"nope-link\"");
        assertThatThrownBy(() -> store.updateOrganisation(Networks.organisation("ghost", OrganisationType.NGO, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void createOrganisation_takenIdOrBadReference_isRejected() {
        store.importSnapshot(Networks.small(), ImportMode.REPLACE);
        assertThatThrownBy(() -> store.createOrganisation(Networks.organisation("dolen-cymru", OrganisationType.NGO, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> store.createLink(Networks.link("l-x", "dolen-cymru", "missing")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("unknown organisation \"missing\"");
        assertThatThrownBy(() -> store.createOrganisation(Networks.organisation("atlantis", OrganisationType.NGO, "QQ")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("unknown country \"QQ\"");
    }

    @Test
    void healthBoards_carryTheExtraLabel() {
        store.importSnapshot(Networks.small(), ImportMode.REPLACE);
        try (var session = driver.session()) {
            long boards = session.run("MATCH (h:HealthBoard) RETURN count(h) AS n").single().get("n").asLong();
            long located = session.run("MATCH (:Organisation)-[:LOCATED_IN]->(:Country {code: 'GB-WLS'}) RETURN count(*) AS n")
                    .single().get("n").asLong();
            assertThat(boards).isEqualTo(1);
            assertThat(located).isEqualTo(2);
        }
    }

    @Test
    void initialise_createsTheUniquenessConstraints() {
        try (var session = driver.session()) {
            List<String> names = session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get("name").asString());
            assertThat(names).contains("organisation_id", "country_code", "atlas_meta_key");
            List<String> indexes = session.run("SHOW INDEXES YIELD name RETURN name").list(r -> r.get("name").asString());
            assertThat(indexes).contains("link_id_index");
        }
    }
}
