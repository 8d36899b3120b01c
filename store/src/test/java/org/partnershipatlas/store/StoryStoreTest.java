package org.partnershipatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

class StoryStoreTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static Driver driver;
    private static StoryStore stories;

    @BeforeAll
    static void start() {
        driver = TestNeo4j.empty();
        stories = new StoryStore(driver, null);
        stories.initialise();
    }

    private static StoredStory story(String id, List<StoredStory.Step> steps) {
        return new StoredStory(id, "Lesotho <b>since</b> 1985", steps, true, "ann", NOW);
    }

    @Test
    void create_thenRead_returnsTheStepsInOrderAsText() {
        var steps = List.of(new StoredStory.Step("/network?country=LS&year=2006", "Wales for Africa began.\nSecond line."),
                new StoredStory.Step("/map?select=LS", ""));
        stories.create(story("a1", steps));
        assertThat(stories.story("a1")).contains(story("a1", steps));
        assertThat(stories.stories()).extracting(StoredStory::id).contains("a1");
        assertThatThrownBy(() -> stories.create(story("a1", steps))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void delete_removesOnlyThatStory_andSaysWhetherItExisted() {
        stories.create(story("d1", List.of(new StoredStory.Step("/network", ""))));
        stories.create(story("d2", List.of(new StoredStory.Step("/network", ""))));
        assertThat(stories.delete("d1")).isTrue();
        assertThat(stories.delete("d1")).isFalse();
        assertThat(stories.story("d1")).isEmpty();
        assertThat(stories.story("d2")).isPresent();
    }

    @Test
    void newStory_breakingARule_isRefusedBeforeTheStore() {
        var step = new StoredStory.Step("/network", "");
        assertThatThrownBy(() -> story("x", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> story("x", Collections.nCopies(StoredStory.MAX_STEPS + 1, step)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredStory("x", " ", List.of(step), true, "ann", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredStory("x", "t".repeat(201), List.of(step), true, "ann", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredStory("X/../", "t", List.of(step), true, "ann", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        for (String view : List.of("https://evil.example", "//evil.example", "javascript:alert(1)", "/a b", "/\\\\x", "")) {
            assertThatThrownBy(() -> new StoredStory.Step(view, "")).as(view).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new StoredStory.Step("/network", "x".repeat(StoredStory.MAX_TEXT + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
