package org.partnershipatlas.ui.presentation;

import org.partnershipatlas.app.Routes;
import org.partnershipatlas.stories.StoryViews;

import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.ui.scope.SharedScope;
import org.partnershipatlas.store.StoredStory;

/**
 * A story being played in one browser tab: which story and which step. Each step restores its view by navigating
 * to it (the real view with its URL state, not a copy); {@link PresentationBar} in the layout shows the narrative
 * and answers the keyboard.
 */
public final class Playback {
    /** A key press that starts a story is not also its first "next" (both listen to the same key). */
    private static final long SETTLE_NANOS = 400_000_000L;
    private final StoredStory story;
    private final long startedAt = System.nanoTime();
    /** The filters and year the session shared before the story began, given back when it ends. */
    private final AnalysisScope sharedBefore = SharedScope.of(Map.of());
    private int index;

    private Playback(StoredStory story) {
        this.story = story;
    }

    public static Optional<Playback> of(UI ui) {
        return Optional.ofNullable(ComponentUtil.getData(ui, Playback.class));
    }

    /** Starts {@code story} at its first step (or {@code step}, 0-based), full screen where the browser allows. */
    public static void start(UI ui, StoredStory story, int step) {
        var playback = new Playback(story);
        playback.index = Math.max(0, Math.min(step, story.steps().size() - 1));
        ComponentUtil.setData(ui, Playback.class, playback);
        ui.getPage().executeJs("const d = document.documentElement;"
                + "if (d.requestFullscreen && !document.fullscreenElement) d.requestFullscreen().catch(() => {});");
        playback.show(ui);
    }

    public StoredStory story() {
        return story;
    }

    public int index() {
        return index;
    }

    public StoredStory.Step step() {
        return story.steps().get(index);
    }

    public void next(UI ui) {
        if (System.nanoTime() - startedAt < SETTLE_NANOS) {
            return;
        }
        if (index < story.steps().size() - 1) {
            index++;
            show(ui);
        }
    }

    public void previous(UI ui) {
        if (index > 0) {
            index--;
            show(ui);
        }
    }

    /** Forgets any story being played in this tab (a story's title slide opened anew). */
    public static void clear(UI ui) {
        ComponentUtil.setData(ui, Playback.class, null);
    }

    /** Leaves the presentation for the list of stories. */
    public static void stop(UI ui) {
        of(ui).ifPresent(p -> SharedScope.remember(p.sharedBefore));
        ComponentUtil.setData(ui, Playback.class, null);
        ui.getPage().executeJs("if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => {});");
        ui.navigate(Routes.STORIES);
    }

    private void show(UI ui) {
        String view = step().view();
        StoryViews.check(view);   // stored stories were checked when saved; check again before navigating anyway
        // A step is exactly what was saved: the filters the network and map share in a session do not leak into it.
        SharedScope.remember(AnalysisScope.DEFAULT);
        int query = view.indexOf('?');
        String path = (query < 0 ? view : view.substring(0, query)).substring(1);
        ui.navigate(path, query < 0 ? QueryParameters.empty() : QueryParameters.fromString(view.substring(query + 1)));
    }
}
