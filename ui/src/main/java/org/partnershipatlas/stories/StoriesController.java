package org.partnershipatlas.stories;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipatlas.security.Actor;
import org.partnershipatlas.store.StoredStory;
import org.partnershipatlas.writes.NotFoundException;

@RestController
@RequestMapping("/api/stories")
@Tag(name = "stories", description = "Saved views with a narrative, played as a presentation at /stories/{id}")
class StoriesController {
    private final StoriesService stories;

    StoriesController(StoriesService stories) {
        this.stories = stories;
    }

    /** The body of {@code POST /api/stories}; {@code shared} (default true) lets anonymous readers see it. */
    record NewStory(String title, List<NewStep> steps, Boolean shared) {
    }

    record NewStep(String view, String text) {
    }

    record StoryAnswer(String id, String title, List<StoredStory.Step> steps, boolean shared, String createdBy,
                       String createdAt, String play) {
        static StoryAnswer of(StoredStory s) {
            return new StoryAnswer(s.id(), s.title(), s.steps(), s.shared(), s.createdBy(), s.createdAt().toString(),
                    "/stories/" + s.id());
        }
    }

    @Operation(summary = "Save a story (EDITOR): a title and 1–50 steps, each a view of this site with its query "
            + "string and a paragraph of narrative; 201 with its id")
    @PostMapping
    ResponseEntity<Map<String, String>> create(@RequestBody NewStory body) {
        if (body == null || body.steps() == null) {
            throw new IllegalArgumentException("a story needs a title and steps");
        }
        if (body.steps().size() > StoredStory.MAX_STEPS) {
            throw new IllegalArgumentException("a story has 1 to " + StoredStory.MAX_STEPS + " steps, not " + body.steps().size());
        }
        List<StoredStory.Step> steps = body.steps().stream().map(s -> {
            if (s == null) {
                throw new IllegalArgumentException("a step must not be null");
            }
            return new StoredStory.Step(s.view(), s.text());
        }).toList();
        String id = stories.create(Actor.current(), body.title(), steps, body.shared() == null || body.shared());
        return ResponseEntity.created(URI.create("/api/stories/" + id)).body(Map.of("id", id, "play", "/stories/" + id));
    }

    @Operation(summary = "Every story the caller may see, newest first")
    @GetMapping
    Map<String, List<StoryAnswer>> list() {
        return Map.of("stories", stories.stories(Actor.current()).stream().map(StoryAnswer::of).toList());
    }

    @Operation(summary = "One story")
    @GetMapping("/{id}")
    StoryAnswer one(@PathVariable String id) {
        return stories.story(Actor.current(), id).map(StoryAnswer::of).orElseThrow(() -> new NotFoundException("story", id));
    }

    @Operation(summary = "Delete a story (EDITOR)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        stories.delete(Actor.current(), id);
        return ResponseEntity.noContent().build();
    }
}
