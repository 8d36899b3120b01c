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
import org.partnershipatlas.ui.components.ViewAddress;
import org.partnershipatlas.ui.introductions.IntroductionsView;
import org.partnershipatlas.ui.layout.MainLayout;
import org.partnershipatlas.ui.map.MapView;
import org.partnershipatlas.ui.scope.SharedScope;
import org.partnershipatlas.ui.whatif.WhatIfView;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
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

    /** A step's view is what its address says: a map saved without a year does not play the year the step before set. */
    @Test
    void playing_aMapStepAfterA2006NetworkStep_showsTheMapOfItsOwnAddress_andGivesTheSessionItsFiltersBack() throws InterruptedException {
        navigate("network?year=2010", NetworkView.class);
        String id = stories.create(EDITOR, "Map after 2006", List.of(new StoredStory.Step("/network?year=2006", "2006"),
                new StoredStory.Step("/map", "the map now")), true);
        navigate("stories/" + id, StoryPlayerView.class);
        _get(Button.class, spec -> spec.withId("story-start")).click();
        UI ui = UI.getCurrent();
        assertThat(((NetworkView) ui.getCurrentView()).state().scope().year()).isEqualTo(2006);
        Thread.sleep(450);
        Playback.of(ui).orElseThrow().next(ui);
        assertThat(((MapView) ui.getCurrentView()).scope().year()).isNull();
        Playback.stop(ui);
        assertThat(SharedScope.of(Map.of()).year()).as("the session's own year, not the story's").isEqualTo(2010);
    }

    /** "Save this view" records what the view shows, the year it took from the network view included. */
    @Test
    void savingAView_recordsWhatTheViewShows() {
        UI ui = UI.getCurrent();
        navigate("network?year=2006&country=LS", NetworkView.class);
        assertThat(SaveViewButton.shown(ui)).isEqualTo("/network?year=2006&country=LS");
        var map = navigate("map", MapView.class);
        assertThat(map.scope().year()).isEqualTo(2006);
        assertThat(SaveViewButton.shown(ui)).isEqualTo("/map?year=2006&country=LS");
        navigate("health-boards", Object.class);
        assertThat(SaveViewButton.shown(ui)).isEqualTo("/health-boards?year=2006&country=LS");
        navigate("quality", Object.class);
        assertThat(SaveViewButton.shown(ui)).isEqualTo("/quality?year=2006&country=LS");
        navigate("introductions?from=swansea-bay-uhb&country=LS", Object.class);
        assertThat(SaveViewButton.shown(ui)).isEqualTo("/introductions?from=swansea-bay-uhb&country=LS");
        navigate("organisations/dolen-cymru", Object.class);
        assertThat(SaveViewButton.shown(ui)).isEqualTo("/organisations/dolen-cymru");
    }

    /** Introductions and what-if steps replay with their question and answer, without the forms that asked them. */
    @Test
    void introductionsAndWhatIfSteps_savedFromTheirViews_replayWithQuestionAndAnswer() throws InterruptedException {
        signIn("story-editor", Set.of(Role.EDITOR, Role.VIEWER), Set.of());
        UI.getCurrent().getPage().reload();   // the layout's header is made for who is signed in
        StoryDraft.current().clear();
        var asked = navigate("introductions?from=swansea-bay-uhb&country=LS", IntroductionsView.class).routes().routes()
                .stream().map(r -> r.path()).toList();
        save("Who can introduce Swansea Bay in Lesotho");
        var removed = navigate("what-if?remove=ihcc", WhatIfView.class);
        int componentsAfter = removed.result().componentsAfter();
        save("Without the IHCC");
        assertThat(StoryDraft.current().steps()).extracting(StoredStory.Step::view)
                .containsExactly("/introductions?from=swansea-bay-uhb&country=LS", "/what-if?remove=ihcc");
        String id = stories.create(EDITOR, "Answers", StoryDraft.current().steps(), true);

        navigate("stories/" + id, StoryPlayerView.class);
        _get(Button.class, spec -> spec.withId("story-start")).click();
        UI ui = UI.getCurrent();
        var introductions = (IntroductionsView) ui.getCurrentView();
        assertThat(introductions.routes().routes().stream().map(r -> r.path()).toList()).isEqualTo(asked);
        assertThat(_get(Paragraph.class, spec -> spec.withId("presentation-text")).getText())
                .isEqualTo("Who can introduce Swansea Bay in Lesotho");
        var layout = (MainLayout) ui.getCurrentView().getParent().orElseThrow();
        assertThat(layout.getElement().getClassList()).contains("presenting");
        assertThat(_get(ComboBox.class, spec -> spec.withId("from")).getParent().orElseThrow().getElement().getClassList())
                .as("the form is hidden while the story plays").contains(ViewAddress.PRESENTATION_HIDES);
        Thread.sleep(450);
        Playback.of(ui).orElseThrow().next(ui);
        var whatIf = (WhatIfView) ui.getCurrentView();
        assertThat(whatIf.result()).isNotNull();
        assertThat(whatIf.result().removedOrganisations()).containsExactly("ihcc");
        assertThat(whatIf.result().componentsAfter()).isEqualTo(componentsAfter);
        Playback.stop(ui);
        assertThat(((MainLayout) ui.getCurrentView().getParent().orElseThrow()).getElement().getClassList())
                .doesNotContain("presenting");
    }

    private static void save(String narrative) {
        _get(Button.class, spec -> spec.withId("save-view")).click();
        _get(TextArea.class, spec -> spec.withId("save-view-text")).setValue(narrative);
        _get(Button.class, spec -> spec.withId("save-view-add")).click();
    }
}
