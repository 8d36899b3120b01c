package org.partnershipatlas.quality;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.partnershipatlas.app.ApiBodies;
import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipatlas.app.RequestChecks;
import org.partnershipatlas.data.EntitySchemas;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.NetworkWrites;
import org.partnershipatlas.writes.NotFoundException;

/** A link's quality self-assessments: read them (oldest first), add one (editors and the link's stewards). */
@RestController
@RequestMapping("/api/links/{id}/assessments")
@Tag(name = "quality", description = "Partnership quality: self-assessments, roll-ups, links at risk")
class AssessmentsController {
    private final NetworkReads reads;
    private final NetworkWrites writes;

    AssessmentsController(NetworkReads reads, NetworkWrites writes) {
        this.reads = reads;
        this.writes = writes;
    }

    /** A link's assessments, oldest first (the last is its current quality). */
    record Assessments(String link, @ArraySchema(schema = @Schema(implementation = EntitySchemas.Assessment.class))
                       List<JsonNode> assessments) {
    }

    @Operation(summary = "A link's self-assessments, oldest first")
    @GetMapping
    Assessments list(@PathVariable String id) {
        RequestChecks.id("id", id);
        var link = reads.link(id).orElseThrow(() -> new NotFoundException("link", id)).value();
        return new Assessments(id, link.assessments().stream().map(JsonSnapshotFormat::toJsonNode).toList());
    }

    @Operation(summary = "Add a dated self-assessment to a link (docs/FORMAT.md: charter, factors, challenges, evidence)",
            description = "Scores 0-3; a factor left out is 'not assessed', never 0. 400 naming each bad field "
                    + "(assessment.factors.trust); recorded in the history and undoable.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = EntitySchemas.Assessment.class))))
    @ApiResponse(responseCode = "201", description = "added", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = EntitySchemas.Assessment.class)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> add(@PathVariable String id, @RequestParam(required = false) String reason,
                                 HttpServletRequest request) throws IOException {
        RequestChecks.id("id", id);
        JsonNode body = ApiBodies.json(request);
        Assessment assessment = JsonSnapshotFormat.assessment(body, "assessment");
        writes.addAssessment(id, assessment, Change.by(Actor.current(), "api").withReason(reason));
        return ResponseEntity.created(URI.create("/api/links/" + id + "/assessments"))
                .body(JsonSnapshotFormat.toJsonNode(assessment));
    }
}
