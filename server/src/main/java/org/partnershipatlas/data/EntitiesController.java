package org.partnershipatlas.data;

import java.util.function.Function;
import org.partnershipatlas.app.ApiBodies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipatlas.app.ApiProblems;
import org.partnershipatlas.app.RequestChecks;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.format.JsonSnapshotFormat.Entity;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.store.Revised;
import org.partnershipatlas.store.WriteResult;
import org.partnershipatlas.writes.NetworkWrites;
import org.partnershipatlas.writes.NotFoundException;

/**
 * One organisation or link at a time, through the one door for writes. Bodies are the JSON snapshot's entities
 * (docs/FORMAT.md). Every entity answers with an {@code ETag}, its revision; {@code PUT} and {@code DELETE} with
 * {@code If-Match} are refused with 412 — and change nothing — if someone else changed it since.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "entities", description = "One organisation or link: read with its ETag, create, replace, delete (EDITOR)")
class EntitiesController {
    private final NetworkReads reads;
    private final NetworkWrites writes;

    EntitiesController(NetworkReads reads, NetworkWrites writes) {
        this.reads = reads;
        this.writes = writes;
    }

    /** What a delete answers: the change it recorded. */
    record Deleted(String id, long changeId, long organisationsDeleted, long linksDeleted) {
    }

    // --- organisations -------------------------------------------------------------------------------------------

    @Operation(summary = "One organisation, with its revision as the ETag")
    @ApiResponse(responseCode = "200", description = "the organisation",
            headers = @Header(name = "ETag", description = "its revision, for If-Match", schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = EntitySchemas.Organisation.class)))
    @GetMapping(value = "/organisations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> organisation(@PathVariable String id) {
        RequestChecks.id("id", id);
        return answer(reads.organisation(id).orElseThrow(() -> new NotFoundException("organisation", id)),
                JsonSnapshotFormat::toJsonNode, HttpStatus.OK);
    }

    @Operation(summary = "Create an organisation (body: a snapshot organisation)",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = EntitySchemas.Organisation.class))))
    @ApiResponse(responseCode = "201", description = "created; Location names it",
            headers = @Header(name = "ETag", description = "its revision, for If-Match", schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = EntitySchemas.Organisation.class)))
    @PostMapping(value = "/organisations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> createOrganisation(@RequestParam(required = false) String reason, HttpServletRequest request)
            throws IOException {
        ParsedNetwork body = parse(request, Entity.ORGANISATION, "organisation");
        writes.createOrganisation(body, DataController.change(reason));
        String id = body.organisations().get(0).value().id();
        var stored = reads.organisation(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/organisations/" + id)).eTag(ApiBodies.etag(stored.revision()))
                .body(JsonSnapshotFormat.toJsonNode(stored.value()));
    }

    @Operation(summary = "Replace an organisation; If-Match: its ETag, or 412 if it changed meanwhile",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = EntitySchemas.Organisation.class))))
    @ApiResponse(responseCode = "200", description = "the organisation as stored",
            headers = @Header(name = "ETag", description = "its revision, for If-Match", schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = EntitySchemas.Organisation.class)))
    @ApiProblems(412)
    @PutMapping(value = "/organisations/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> updateOrganisation(@PathVariable String id, @RequestParam(required = false) String reason,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                HttpServletRequest request) throws IOException {
        RequestChecks.id("id", id);
        Long revision = ApiBodies.ifMatch(ifMatch);
        writes.updateOrganisation(id, parse(request, Entity.ORGANISATION, "organisation"), revision,
                DataController.change(reason));
        return answer(reads.organisation(id).orElseThrow(), JsonSnapshotFormat::toJsonNode, HttpStatus.OK);
    }

    @Operation(summary = "Delete an organisation; one with links only with withLinks=true (they go too)")
    @ApiProblems(412)
    @DeleteMapping("/organisations/{id}")
    Deleted deleteOrganisation(@PathVariable String id,
                               @Parameter(description = "also delete its links (otherwise 409 if it has any)")
                               @RequestParam(defaultValue = "false") boolean withLinks,
                               @RequestParam(required = false) String reason,
                               @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        RequestChecks.id("id", id);
        WriteResult r = writes.deleteOrganisation(id, withLinks, ApiBodies.ifMatch(ifMatch), DataController.change(reason));
        return new Deleted(id, r.changeId(), r.organisationsDeleted(), r.linksDeleted());
    }

    // --- links -----------------------------------------------------------------------------------------------------

    @Operation(summary = "One link, with its revision as the ETag")
    @ApiResponse(responseCode = "200", description = "the link",
            headers = @Header(name = "ETag", description = "its revision, for If-Match", schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = EntitySchemas.Link.class)))
    @GetMapping(value = "/links/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> link(@PathVariable String id) {
        RequestChecks.id("id", id);
        return answer(reads.link(id).orElseThrow(() -> new NotFoundException("link", id)),
                JsonSnapshotFormat::toJsonNode, HttpStatus.OK);
    }

    @Operation(summary = "Create a link (body: a snapshot link)",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = EntitySchemas.Link.class))))
    @ApiResponse(responseCode = "201", description = "created; Location names it",
            headers = @Header(name = "ETag", description = "its revision, for If-Match", schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = EntitySchemas.Link.class)))
    @PostMapping(value = "/links", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> createLink(@RequestParam(required = false) String reason, HttpServletRequest request)
            throws IOException {
        ParsedNetwork body = parse(request, Entity.LINK, "link");
        writes.createLink(body, DataController.change(reason));
        String id = body.links().get(0).value().id();
        var stored = reads.link(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/links/" + id)).eTag(ApiBodies.etag(stored.revision()))
                .body(JsonSnapshotFormat.toJsonNode(stored.value()));
    }

    @Operation(summary = "Replace a link; If-Match: its ETag, or 412 if it changed meanwhile",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = EntitySchemas.Link.class))))
    @ApiResponse(responseCode = "200", description = "the link as stored",
            headers = @Header(name = "ETag", description = "its revision, for If-Match", schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = EntitySchemas.Link.class)))
    @ApiProblems(412)
    @PutMapping(value = "/links/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> updateLink(@PathVariable String id, @RequestParam(required = false) String reason,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        HttpServletRequest request) throws IOException {
        RequestChecks.id("id", id);
        writes.updateLink(id, parse(request, Entity.LINK, "link"), ApiBodies.ifMatch(ifMatch),
                DataController.change(reason));
        return answer(reads.link(id).orElseThrow(), JsonSnapshotFormat::toJsonNode, HttpStatus.OK);
    }

    @Operation(summary = "Delete a link")
    @ApiProblems(412)
    @DeleteMapping("/links/{id}")
    Deleted deleteLink(@PathVariable String id, @RequestParam(required = false) String reason,
                       @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        RequestChecks.id("id", id);
        WriteResult r = writes.deleteLink(id, ApiBodies.ifMatch(ifMatch), DataController.change(reason));
        return new Deleted(id, r.changeId(), r.organisationsDeleted(), r.linksDeleted());
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static ParsedNetwork parse(HttpServletRequest request, Entity entity, String path) throws IOException {
        byte[] body = ApiBodies.read(request.getInputStream(), request.getContentLengthLong(), ApiBodies.MAX_ENTITY_BYTES);
        return JsonSnapshotFormat.parseEntity(new ByteArrayInputStream(body), entity, path);
    }

    private static <T> ResponseEntity<JsonNode> answer(Revised<T> revised, Function<T, JsonNode> json,
                                                       HttpStatus status) {
        return ResponseEntity.status(status).eTag(ApiBodies.etag(revised.revision())).body(json.apply(revised.value()));
    }
}
