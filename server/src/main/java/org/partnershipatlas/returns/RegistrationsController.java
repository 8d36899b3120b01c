package org.partnershipatlas.returns;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipatlas.app.ApiProblems;
import org.partnershipatlas.app.RequestChecks;
import org.partnershipatlas.app.ApiBodies;
import org.partnershipatlas.data.EntitySchemas;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.writes.Change;

/** Public registration of organisations seeking a partner (anyone, rate-limited) and its review (editors). */
@RestController
@RequestMapping("/api/registrations")
@Tag(name = "returns", description = "Partnership returns: rounds, the return form, review")
class RegistrationsController {
    private final RegistrationsService registrations;

    RegistrationsController(RegistrationsService registrations) {
        this.registrations = registrations;
    }

    @Schema(name = "RegistrationReceived")
    record Received(@Schema(allowableValues = "PENDING") String status) {
    }

    @Operation(summary = "Register an organisation seeking a partner (no sign-in; a few an hour per address)",
            description = "{\"name\", \"type\", \"country\", \"city\", \"website\", \"description\", \"offers\", \"seeks\", "
                    + "\"countriesOfInterest\": [codes], \"themesOfInterest\": [text], \"contact\": {\"name\", \"role\", "
                    + "\"email\"}} → 202, waiting for review; 400 naming each bad field; 429 with Retry-After over the limit.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ReturnSchemas.Registration.class))))
    @ApiResponse(responseCode = "202", description = "received, waiting for review")
    @ApiProblems(open = true)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Received> register(HttpServletRequest request) throws IOException {
        JsonNode body = ApiBodies.json(request);
        registrations.register(body, request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Received("PENDING"));
    }

    record RegistrationAnswer(String id, Instant at,
                              @Schema(allowableValues = {"PENDING", "ACCEPTED", "REJECTED"}) String status,
                              @Schema(nullable = true, implementation = EntitySchemas.Organisation.class) JsonNode organisation,
                              @Schema(nullable = true) String offers, @Schema(nullable = true) String seeks,
                              List<String> countriesOfInterest, List<String> themesOfInterest,
                              @Schema(nullable = true) ReturnItems.Contact contact,
                              @Schema(description = "what its checks found, if anything") List<ValidationError> problems,
                              @Schema(nullable = true) Instant reviewedAt, @Schema(nullable = true) String reviewedBy,
                              @Schema(nullable = true) String reviewNote,
                              @Schema(nullable = true, description = "the change that added the organisation") Long changeId) {
        static RegistrationAnswer of(RegistrationsService.Pending p) {
            var r = p.registration();
            var c = p.checked();
            return new RegistrationAnswer(r.id(), r.at(), r.status(),
                    c == null ? null : JsonSnapshotFormat.toJsonNode(c.organisation()), c == null ? null : c.offers(),
                    c == null ? null : c.seeks(), c == null ? List.of() : c.countriesOfInterest(),
                    c == null ? List.of() : c.themesOfInterest(), c == null ? null : c.contact(), p.problems(),
                    r.reviewedAt(), r.reviewedBy(), r.reviewNote(), r.changeId());
        }
    }

    @Operation(summary = "Registrations (editor): status PENDING (default), ACCEPTED, REJECTED or ALL")
    @GetMapping
    List<RegistrationAnswer> list(@Parameter(schema = @Schema(allowableValues = {"PENDING", "ACCEPTED", "REJECTED", "ALL"}))
                                  @RequestParam(defaultValue = "PENDING") String status) {
        String s = switch (status) {
            case "PENDING", "ACCEPTED", "REJECTED" -> status;
            case "ALL" -> null;
            default -> throw RequestChecks.rejected("status", status, "PENDING, ACCEPTED, REJECTED or ALL");
        };
        return registrations.list(s, Actor.current()).stream().map(RegistrationAnswer::of).toList();
    }

    @Operation(summary = "One registration (editor)")
    @GetMapping("/{id}")
    RegistrationAnswer get(@PathVariable String id) {
        RequestChecks.id("id", id);
        return RegistrationAnswer.of(registrations.get(id, Actor.current()));
    }

    @Schema(name = "RegistrationAccepted")
    record Accepted(long changeId, String organisation) {
    }

    @Operation(summary = "Accept a registration (editor): the organisation joins the network with seekingPartner true",
            description = "An optional body {\"reason\"} is recorded with the change.",
            requestBody = @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ReturnSchemas.Reason.class))))
    @PostMapping("/{id}/accept")
    Accepted accept(@PathVariable String id, HttpServletRequest request) throws IOException {
        RequestChecks.id("id", id);
        String reason = request.getContentLengthLong() != 0 && request.getContentType() != null
                ? ApiBodies.json(request).path("reason").asText(null) : null;
        long change = registrations.accept(id, Change.by(Actor.current(), "registration").withReason(reason));
        return new Accepted(change, registrations.get(id, Actor.current()).registration().organisation());
    }

    @Schema(name = "RegistrationRejected")
    record Rejected(String id, String status) {
    }

    @Operation(summary = "Reject a registration with a note (editor): {\"reason\"}",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ReturnSchemas.Reason.class))))
    @PostMapping(value = "/{id}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    Rejected reject(@PathVariable String id, HttpServletRequest request) throws IOException {
        RequestChecks.id("id", id);
        registrations.reject(id, ApiBodies.json(request).path("reason").asText(null), Actor.current());
        return new Rejected(id, "REJECTED");
    }
}
