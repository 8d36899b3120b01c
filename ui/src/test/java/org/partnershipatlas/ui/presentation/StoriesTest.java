package org.partnershipatlas.ui.presentation;

import org.partnershipatlas.stories.StoriesService;
import org.partnershipatlas.ui.stories.StoriesView;
import org.partnershipatlas.ui.presentation.StoryDraft;
import org.partnershipatlas.ui.stories.StoryPlayerView;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.app.BadRequestException;
import org.partnershipatlas.ui.network.NetworkView;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.store.StoredStory;

class StoriesTest extends KaribuViewTest {
    private static final Actor EDITOR = new Actor("story-editor", Set.of(Role.EDITOR, Role.VIEWER), Set.of());

    @Autowired
    StoriesService stories;

    @Test
    void create_withViewsOfThisSite_isReadBackInOrder() {
        String id = stories.create(EDITOR, "Lesotho", List.of(new StoredStory.Step("/network?country=LS&year=2006", "2006"),
                new StoredStory.Step("/map?select=LS", "The map"), new StoredStory.Step("/organisations/dolen-cymru", "")), true);
        var story = stories.story(Actor.ANONYMOUS, id).orElseThrow();
        assertThat(story.title()).isEqualTo("Lesotho");
        assertThat(story.steps()).extracting(StoredStory.Step::view)
                .containsExactly("/network?country=LS&year=2006", "/map?select=LS", "/organisations/dolen-cymru");
        assertThat(story.createdBy()).isEqualTo("story-editor");
    }

    @Test
    void create_withAnAddressThatIsNotAView_isRefused() {
        for (String view : List.of("https://evil.example/", "//evil.example/x", "javascript:alert(1)", "/data",
                "/users", "/api/network", "network", "/network#x", "/\\evil.example", "/net work", "")) {
            assertThatThrownBy(() -> stories.create(EDITOR, "Bad", List.of(new StoredStory.Step(view, "")), true))
                    .as(view).isInstanceOfAny(BadRequestException.class, IllegalArgumentException.class);
        }
    }

    @Test
    void create_breakingALimit_isRefused() {
        var step = new StoredStory.Step("/network", "");
        assertThatThrownBy(() -> stories.create(EDITOR, "", List.of(step), true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stories.create(EDITOR, "x".repeat(201), List.of(step), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stories.create(EDITOR, "Too long", List.of(new StoredStory.Step("/network", "x".repeat(5001))), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stories.create(EDITOR, "Too many", java.util.Collections.nCopies(51, step), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stories.create(EDITOR, "None", List.of(), true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void create_byAViewerOrASteward_isRefused() {
        var step = List.of(new StoredStory.Step("/network", ""));
        assertThatThrownBy(() -> stories.create(new Actor("v", Set.of(Role.VIEWER), Set.of()), "t", step, true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stories.create(new Actor("s", Set.of(Role.EDITOR, Role.VIEWER), Set.of("dolen-cymru")),
                "t", step, true)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unsharedStory_isHiddenFromAnonymousReaders() {
        String id = stories.create(EDITOR, "Internal", List.of(new StoredStory.Step("/quality", "")), false);
        assertThat(stories.story(Actor.ANONYMOUS, id)).isEmpty();
        assertThat(stories.story(EDITOR, id)).isPresent();
    }

    @Test
    void playing_restoresEachStepsView_andGoesBackAndForth() throws InterruptedException {
        String id = stories.create(EDITOR, "Three steps", List.of(new StoredStory.Step("/network?country=LS", "one"),
                new StoredStory.Step("/map?select=KE", "two"), new StoredStory.Step("/network?year=2006", "three")), true);
        navigate("stories/" + id, StoryPlayerView.class);
        _get(Button.class, spec -> spec.withId("story-start")).click();
        UI ui = UI.getCurrent();
        assertThat(ui.getCurrentView()).isInstanceOf(NetworkView.class);
        assertThat(((NetworkView) ui.getCurrentView()).state().scope().countries()).containsExactly("LS");
        Playback playback = Playback.of(ui).orElseThrow();
        Thread.sleep(450);   // a "next" in the same instant as the start is the same key press
        playback.next(ui);
        assertThat(ui.getCurrentView()).isInstanceOf(org.partnershipatlas.ui.map.MapView.class);
        playback.next(ui);
        assertThat(((NetworkView) ui.getCurrentView()).state().scope().year()).isEqualTo(2006);
        playback.next(ui);
        assertThat(playback.index()).isEqualTo(2);
        playback.previous(ui);
        assertThat(ui.getCurrentView()).isInstanceOf(org.partnershipatlas.ui.map.MapView.class);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("presentation-position")).getText())
                .isEqualTo("Step 2 of 3");
    }

    @Test
    void draft_savedFromTheStoriesView_becomesAStory() {
        signIn("story-editor", Set.of(Role.EDITOR, Role.VIEWER), Set.of());
        StoryDraft.current().clear();
        StoryDraft.current().add("/network?country=LS", "first");
        StoryDraft.current().add("/health-boards", "second");
        StoryDraft.current().move(1, -1);
        navigate("stories", StoriesView.class);
        _get(TextField.class, spec -> spec.withId("draft-title")).setValue("From the draft");
        _get(Button.class, spec -> spec.withId("draft-save")).click();
        var saved = stories.stories(EDITOR).stream().filter(s -> s.title().equals("From the draft")).findFirst().orElseThrow();
        assertThat(saved.steps()).extracting(StoredStory.Step::view).containsExactly("/health-boards", "/network?country=LS");
        assertThat(StoryDraft.current().steps()).isEmpty();
    }
}
