package org.partnershipatlas.stories;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipatlas.app.BadRequestException;
import org.partnershipatlas.app.Routes;
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
    @Schema(additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record NewStory(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = StoredStory.MAX_TITLE)
                    String title,
                    @ArraySchema(minItems = 1, maxItems = StoredStory.MAX_STEPS, arraySchema = @Schema(
                            requiredMode = Schema.RequiredMode.REQUIRED)) List<NewStep> steps,
                    @Schema(nullable = true, description = "anonymous readers may see it (default true)") Boolean shared) {
    }

    @Schema(additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record NewStep(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = StoredStory.MAX_VIEW,
                           description = "a view of this site with its query string, e.g. /network?country=LS&year=2006")
                   String view,
                   @Schema(nullable = true, maxLength = StoredStory.MAX_TEXT, description = "a paragraph of narrative")
                   String text) {
    }

    /** The stories a caller may see. */
    record Stories(List<StoryAnswer> stories) {
    }

    /** What a new story answers. */
    record Created(String id, @Schema(description = "where it plays") String play) {
    }

    record StoryAnswer(String id, String title, List<StoredStory.Step> steps, boolean shared, String createdBy,
                       String createdAt, String play) {
        static StoryAnswer of(StoredStory s) {
            return new StoryAnswer(s.id(), s.title(), s.steps(), s.shared(), s.createdBy(), s.createdAt().toString(),
                    "/" + Routes.STORIES + "/" + s.id());
        }
    }

    @Operation(summary = "Save a story (EDITOR): a title and 1–50 steps, each a view of this site with its query "
            + "string and a paragraph of narrative; 201 with its id")
    @ApiResponse(responseCode = "201", description = "saved; Location names it")
    @PostMapping
    ResponseEntity<Created> create(@RequestBody NewStory body) {
        if (body == null || body.title() == null || body.steps() == null) {
            throw new IllegalArgumentException("a story needs a title and steps");
        }
        if (body.steps().size() > StoredStory.MAX_STEPS) {
            throw new IllegalArgumentException("a story has 1 to " + StoredStory.MAX_STEPS + " steps, not " + body.steps().size());
        }
        var steps = new ArrayList<StoredStory.Step>();
        for (int i = 0; i < body.steps().size(); i++) {
            NewStep s = body.steps().get(i);
            if (s == null || s.view() == null) {
                throw new BadRequestException("steps[" + i + "].view", "steps[" + i + "] needs a view: a path of this "
                        + "site with its query string, such as /network?country=LS");
            }
            steps.add(new StoredStory.Step(s.view(), s.text()));
        }
        String id = stories.create(Actor.current(), body.title(), steps, body.shared() == null || body.shared());
        return ResponseEntity.created(URI.create("/api/stories/" + id)).body(new Created(id, "/" + Routes.STORIES + "/" + id));
    }

    @Operation(summary = "Every story the caller may see, newest first")
    @GetMapping
    Stories list() {
        return new Stories(stories.stories(Actor.current()).stream().map(StoryAnswer::of).toList());
    }

    @Operation(summary = "One story")
    @GetMapping("/{id}")
    StoryAnswer one(@PathVariable String id) {
        return stories.story(Actor.current(), id).map(StoryAnswer::of).orElseThrow(() -> new NotFoundException("story", id));
    }

    @Operation(summary = "Delete a story (EDITOR)")
    @ApiResponse(responseCode = "204", description = "deleted")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        stories.delete(Actor.current(), id);
        return ResponseEntity.noContent().build();
    }
}
