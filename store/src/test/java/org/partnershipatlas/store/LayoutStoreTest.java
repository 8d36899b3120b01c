package org.partnershipatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

class LayoutStoreTest {
    private static final Instant NOW = Instant.parse("2026-12-08T01:00:00Z");
    private static Neo4j neo4j;
    private static Driver driver;
    private static LayoutStore layouts;

    @BeforeAll
    static void start() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
        layouts = new LayoutStore(driver, null);
        layouts.initialise();
    }

    @AfterAll
    static void stop() {
        driver.close();
        neo4j.close();
    }

    private static SavedLayout layout(String name, SavedLayout.Position... positions) {
        return new SavedLayout(name, "wales-left", List.of(positions), "ann", NOW);
    }

    @Test
    void save_thenRead_returnsEveryPositionInOrder_andSavingAgainReplaces() {
        var first = layout("Lesotho first", new SavedLayout.Position("dolen-cymru", 12.5, -3.25),
                new SavedLayout.Position("betsi-cadwaladr", 0, 1e5));
        assertThat(layouts.save(first)).as("new").isTrue();
        assertThat(layouts.layout("Lesotho first")).contains(first);
        var second = layout("Lesotho first", new SavedLayout.Position("pont", 1, 2));
        assertThat(layouts.save(second)).as("replaced, not new").isFalse();
        assertThat(layouts.layout("Lesotho first")).contains(second);
        assertThat(layouts.layouts()).filteredOn(l -> l.name().equals("Lesotho first")).hasSize(1);
        try (Session session = driver.session()) {
            assertThat(session.run("MATCH (l:SavedLayout {name: 'Lesotho first'}) RETURN keys(l) AS k").single()
                    .get("k").asList()).doesNotContain("created");
        }
    }

    @Test
    void aNameIsUnique_inTheDatabaseToo() {
        layouts.save(layout("Unique one"));
        try (Session session = driver.session()) {
            assertThatThrownBy(() -> session.run("CREATE (:SavedLayout {name: 'Unique one'})").consume())
                    .isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void delete_removesOnlyThatLayout_andSaysWhetherItExisted() {
        layouts.save(layout("gone"));
        layouts.save(layout("kept"));
        assertThat(layouts.delete("gone")).isTrue();
        assertThat(layouts.delete("gone")).isFalse();
        assertThat(layouts.layout("gone")).isEmpty();
        assertThat(layouts.layout("kept")).isPresent();
    }

    @Test
    void replaceAll_putsBackExactlyTheLayoutsGiven() {
        layouts.save(layout("before restore"));
        var restored = List.of(layout("restored a", new SavedLayout.Position("a", 1, 1)), layout("restored b"));
        try (Session session = driver.session()) {
            session.executeWrite(tx -> {
                layouts.replaceAll(tx, restored);
                return null;
            });
        }
        assertThat(layouts.layouts()).containsExactlyElementsOf(restored);
    }

    @Test
    void hostileOrBrokenLayouts_areRefusedBeforeTheStore() {
        for (String name : List.of("", " ", "<script>alert(1)</script>", "../etc", "a/b", "a\u202eb", "tab\tname",
                "x".repeat(81), "saved:x", "a  b", "-lead")) {
            assertThatThrownBy(() -> layout(name)).as(name).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("name");
        }
        assertThat(layout("  Trefniant Cymru – Lesotho (2024)  ").name()).isEqualTo("Trefniant Cymru – Lesotho (2024)");
        assertThatThrownBy(() -> new SavedLayout.Position("a", Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SavedLayout.Position("a", 0, 2e6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SavedLayout.Position("A B", 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> layout("twice", new SavedLayout.Position("a", 0, 0), new SavedLayout.Position("a", 1, 1)))
                .hasMessageContaining("once");
        var many = new ArrayList<SavedLayout.Position>();
        for (int i = 0; i <= SavedLayout.MAX_POSITIONS; i++) {
            many.add(new SavedLayout.Position("o" + i, i, i));
        }
        assertThatThrownBy(() -> new SavedLayout("many", "force", many, "ann", NOW)).hasMessageContaining("at most");
    }
}
