package org.partnershipatlas.layouts;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipatlas.app.BadRequestException;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.store.SavedLayout;
import org.partnershipatlas.writes.NotFoundException;

@RestController
@RequestMapping("/api/layouts")
@Tag(name = "layouts", description = "Saved arrangements of the network picture, shown at /network?layout=saved:{name}")
class LayoutsController {
    private final LayoutsService layouts;

    LayoutsController(LayoutsService layouts) {
        this.layouts = layouts;
    }

    /** The body of {@code PUT /api/layouts/{name}}. */
    @Schema(additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record NewLayout(@Schema(nullable = true, allowableValues = {"wales-left", "force"},
                             description = "the layout the picture starts from (default wales-left)") String base,
                     @ArraySchema(maxItems = SavedLayout.MAX_POSITIONS, arraySchema = @Schema(
                             requiredMode = Schema.RequiredMode.REQUIRED,
                             description = "the organisations moved and pinned, in the layout's coordinates"))
                     List<NewPosition> positions) {
    }

    @Schema(additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record NewPosition(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "an organisation's id")
                       String id,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "-1000000", maximum = "1000000")
                       Double x,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "-1000000", maximum = "1000000")
                       Double y) {
    }

    /** Every saved layout, without its positions. */
    record Layouts(List<LayoutSummary> layouts) {
    }

    record LayoutSummary(String name, String base, int pinned, String savedBy, String savedAt,
                         @Schema(description = "where the network shows it") String show) {
        static LayoutSummary of(SavedLayout l) {
            return new LayoutSummary(l.name(), l.base(), l.positions().size(), l.savedBy(), l.savedAt().toString(),
                    LayoutsService.address(l.name()));
        }
    }

    record LayoutAnswer(String name, String base, List<Pinned> positions, String savedBy,
                        String savedAt, @Schema(description = "where the network shows it") String show) {
        static LayoutAnswer of(SavedLayout l) {
            return new LayoutAnswer(l.name(), l.base(), l.positions().stream()
                    .map(p -> new Pinned(p.id(), p.x(), p.y())).toList(), l.savedBy(), l.savedAt().toString(),
                    LayoutsService.address(l.name()));
        }
    }

    /** An organisation pinned at a position of the layout's coordinates (y down, as the layout has it). */
    record Pinned(String id, double x, double y) {
    }

    @Operation(summary = "Every saved layout, by name")
    @GetMapping
    Layouts list() {
        return new Layouts(layouts.layouts().stream().map(LayoutSummary::of).toList());
    }

    @Operation(summary = "One saved layout with its pinned positions")
    @GetMapping("/{name}")
    LayoutAnswer one(@PathVariable String name) {
        return layouts.layout(name).map(LayoutAnswer::of).orElseThrow(() -> new NotFoundException("layout", name));
    }

    @Operation(summary = "Save a layout under a name (EDITOR, not stewards), replacing one of that name: the layout "
            + "it starts from and the organisations pinned, at most 20,000; 201 when the name is new, else 200")
    @ApiResponse(responseCode = "200", description = "replaced the layout of that name")
    @ApiResponse(responseCode = "201", description = "saved under a new name; Location names it")
    @PutMapping("/{name}")
    ResponseEntity<LayoutAnswer> save(@PathVariable String name, @RequestBody NewLayout body) {
        if (body == null || body.positions() == null) {
            throw new BadRequestException("positions", "a layout needs positions: a list of {id, x, y} (it may be empty)");
        }
        var placed = body.positions().stream().map(p -> p == null ? null
                : new LayoutsService.Placed(p.id(), p.x(), p.y())).toList();
        var saved = layouts.save(Actor.current(), name, body.base(), placed);
        var answer = LayoutAnswer.of(saved.layout());
        return saved.created()
                ? ResponseEntity.created(URI.create("/api/layouts/" + URLEncoder.encode(saved.layout().name(),
                        StandardCharsets.UTF_8).replace("+", "%20"))).body(answer)
                : ResponseEntity.ok(answer);
    }

    @Operation(summary = "Delete a saved layout (EDITOR, not stewards)")
    @ApiResponse(responseCode = "204", description = "deleted")
    @DeleteMapping("/{name}")
    ResponseEntity<Void> delete(@PathVariable String name) {
        layouts.delete(Actor.current(), name);
        return ResponseEntity.noContent().build();
    }
}
