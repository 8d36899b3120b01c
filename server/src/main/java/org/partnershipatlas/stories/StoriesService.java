package org.partnershipatlas.stories;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.store.StoredStory;
import org.partnershipatlas.store.StoryStore;
import org.partnershipatlas.writes.NotFoundException;

/**
 * Saved stories: made and deleted by editors (not stewards — a story speaks for the whole network, a steward for
 * their own organisations), read by whoever may read. A story that is not shared is seen only by signed-in readers.
 */
@Service
public class StoriesService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final StoryStore store;
    private final Clock clock;

    public StoriesService(StoryStore store) {
        this.store = store;
        this.clock = Clock.systemUTC();
    }

    /** Checks every field and every step's view, then saves: the new story's id. */
    public String create(Actor actor, String title, List<StoredStory.Step> steps, boolean shared) {
        requireEditor(actor);
        if (steps == null) {
            throw new IllegalArgumentException("a story needs steps");
        }
        steps.forEach(s -> StoryViews.check(s.view()));
        String id = HexFormat.of().formatHex(randomBytes());
        store.create(new StoredStory(id, title, steps, shared, actor.name(), clock.instant()));
        return id;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    public Optional<StoredStory> story(Actor actor, String id) {
        if (id == null || !id.matches("[a-z0-9]{1,40}")) {
            return Optional.empty();
        }
        return store.story(id).filter(s -> s.shared() || !actor.isAnonymous());
    }

    public List<StoredStory> stories(Actor actor) {
        return store.stories().stream().filter(s -> s.shared() || !actor.isAnonymous()).toList();
    }

    public void delete(Actor actor, String id) {
        requireEditor(actor);
        if (id == null || !id.matches("[a-z0-9]{1,40}") || !store.delete(id)) {
            throw new NotFoundException("story", id);
        }
    }

    public static boolean mayEdit(Actor actor) {
        return actor.has(Role.EDITOR) && !actor.isSteward();
    }

    private static void requireEditor(Actor actor) {
        if (!mayEdit(actor)) {
            throw new AccessDeniedException(actor.isSteward() ? "a steward edits their own organisations, not stories"
                    : "making and deleting stories needs the EDITOR role");
        }
    }
}
