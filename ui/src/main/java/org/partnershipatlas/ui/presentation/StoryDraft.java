package org.partnershipatlas.ui.presentation;

import org.partnershipatlas.stories.StoryViews;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.vaadin.flow.server.VaadinSession;

import org.partnershipatlas.store.StoredStory;

/**
 * The story an editor is putting together: the views saved so far, each with its narrative, in order. Kept in the
 * browser session until saved as a story (then it is emptied); nothing is stored before that.
 */
public final class StoryDraft implements Serializable {
    private final List<StoredStory.Step> steps = new ArrayList<>();

    /** The draft of the current session, made on first use. */
    public static StoryDraft current() {
        VaadinSession session = VaadinSession.getCurrent();
        StoryDraft draft = session.getAttribute(StoryDraft.class);
        if (draft == null) {
            draft = new StoryDraft();
            session.setAttribute(StoryDraft.class, draft);
        }
        return draft;
    }

    /** Adds a view (checked to be one of the product's views) with its narrative; false when the draft is full. */
    public boolean add(String view, String text) {
        StoryViews.check(view);
        if (steps.size() >= StoredStory.MAX_STEPS) {
            return false;
        }
        steps.add(new StoredStory.Step(view, text));
        return true;
    }

    public List<StoredStory.Step> steps() {
        return Collections.unmodifiableList(steps);
    }

    public void move(int index, int by) {
        int to = index + by;
        if (index >= 0 && index < steps.size() && to >= 0 && to < steps.size()) {
            Collections.swap(steps, index, to);
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < steps.size()) {
            steps.remove(index);
        }
    }

    public void setText(int index, String text) {
        if (index >= 0 && index < steps.size()) {
            steps.set(index, new StoredStory.Step(steps.get(index).view(), text));
        }
    }

    public void clear() {
        steps.clear();
    }
}
