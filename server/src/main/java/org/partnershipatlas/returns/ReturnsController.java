package org.partnershipatlas.returns;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipatlas.app.ApiProblems;
import org.partnershipatlas.app.RequestChecks;
import org.partnershipatlas.app.ApiBodies;
import org.partnershipatlas.data.EntitySchemas;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.store.ReturnStore.Invitation;
import org.partnershipatlas.store.ReturnStore.Round;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.ImportPreview;

/**
 * Partnership returns over HTTP: rounds (admins open them and manage the links), the return form's API (the token
 * in the path is the key: no sign-in), and review (editors).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "returns", description = "Partnership returns: rounds, the return form, review")
class ReturnsController {
    private final ReturnsService returns;
    private final NetworkReads reads;

    ReturnsController(ReturnsService returns, NetworkReads reads) {
        this.returns = returns;
        this.reads = reads;
    }

    // --- rounds ------------------------------------------------------------------------------------------------------

    record InvitationAnswer(String invitation, String organisation, String url,
                            @Schema(description = "the key of the return form; shown only now") String token,
                            boolean emailed) {
        static InvitationAnswer of(ReturnsService.Issued i) {
            return new InvitationAnswer(i.invitation(), i.organisation(), i.url(), i.token(), i.emailed());
        }
    }

    @Schema(name = "RoundOpened")
    record Opened(String id, String title, LocalDate closes, List<InvitationAnswer> invitations) {
    }

    @Operation(summary = "Open a return round (admin)",
            description = "Body {\"title\", \"closes\": \"YYYY-MM-DD\", \"organisations\": [ids or {\"id\", \"email\"}]}; "
                    + "organisations left out: the current Health Boards and Trusts. Each invitation's token is shown "
                    + "only in this answer (it is stored hashed); with SMTP configured each contact with an email is "
                    + "sent a bilingual invitation.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ReturnSchemas.NewRound.class))))
    @ApiResponse(responseCode = "201", description = "opened; Location names it")
    @PostMapping(value = "/returns", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Opened> open(HttpServletRequest request) throws IOException {
        JsonNode body = ApiBodies.json(request);
        if (!body.isObject()) {
            throw new ValidationException(new ValidationError("round", null, null,
                    "expected {\"title\", \"closes\": \"YYYY-MM-DD\", \"organisations\": [ids]}"));
        }
        LocalDate closes = null;
        String closesText = body.path("closes").asText(null);
        try {
            closes = closesText == null ? null : LocalDate.parse(closesText);
        } catch (DateTimeParseException e) {
            throw new ValidationException(new ValidationError("closes", "closes", closesText, "expected YYYY-MM-DD"));
        }
        var invitees = new ArrayList<ReturnsService.Invitee>();
        JsonNode list = body.path("organisations");
        if (list.isMissingNode() || list.isNull()) {
            returns.defaultInvitees().forEach(id -> invitees.add(new ReturnsService.Invitee(id, null)));
        } else if (!list.isArray()) {
            throw new ValidationException(new ValidationError("organisations", "organisations", null,
                    "expected a list of organisation ids or {\"id\", \"email\"}"));
        } else if (list.size() > 2_000) {
            throw new ValidationException(new ValidationError("organisations", "organisations", list.size() + " items",
                    "at most 2000 organisations in a round"));
        } else {
            for (JsonNode o : list) {
                invitees.add(o.isObject()
                        ? new ReturnsService.Invitee(o.path("id").asText(null), blankToNull(o.path("email").asText(null)))
                        : new ReturnsService.Invitee(o.isTextual() ? o.asText() : null, null));
            }
        }
        var opened = returns.open(Actor.current(), body.path("title").asText(null), closes, invitees);
        Round r = opened.round();
        return ResponseEntity.created(URI.create("/api/returns/" + r.id()))
                .body(new Opened(r.id(), r.title(), r.closes(), opened.invitations().stream().map(InvitationAnswer::of).toList()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    record RoundSummary(String id, String title, LocalDate closes, Instant createdAt, String createdBy,
                        @Schema(description = "how many organisations are at each status") Map<String, Long> statuses) {
    }

    @Operation(summary = "Return rounds, newest first, with how many organisations are at each status (editor)")
    @GetMapping("/returns")
    List<RoundSummary> rounds() {
        ReturnsService.requireReviewer(Actor.current());
        return returns.rounds().stream().map(r -> new RoundSummary(r.id(), r.title(), r.closes(), r.createdAt(),
                r.createdBy(), ReturnsService.statusCounts(returns.invitations(r.id())))).toList();
    }

    record OrganisationStatus(String id, String name,
                              @Schema(allowableValues = {"NOT_STARTED", "DRAFT", "SUBMITTED", "REVIEWED"}) String status,
                              String invitation, boolean revoked, boolean emailOnFile,
                              @Schema(nullable = true) Instant submittedAt, @Schema(nullable = true) Instant reviewedAt,
                              @Schema(nullable = true) Instant remindedAt, @Schema(nullable = true) Long changeId,
                              @Schema(nullable = true) String reviewNote) {
    }

    record RoundAnswer(String id, String title, LocalDate closes, boolean open, List<OrganisationStatus> organisations) {
    }

    @Operation(summary = "A round: every organisation asked and where its return stands (editor)",
            description = "status NOT_STARTED, DRAFT, SUBMITTED or REVIEWED")
    @GetMapping("/returns/{id}")
    RoundAnswer round(@PathVariable String id) {
        ReturnsService.requireReviewer(Actor.current());
        RequestChecks.id("id", id);
        Round r = returns.round(id);
        NetworkSnapshot network = reads.current().snapshot();
        var organisations = returns.invitations(id).stream().map(i -> new OrganisationStatus(i.organisation(),
                network.organisation(i.organisation()).map(Organisation::name).orElse(i.organisation()),
                i.status().name(), i.id(), i.revoked(), i.email() != null, i.submittedAt(), i.reviewedAt(),
                i.remindedAt(), i.changeId(), i.reviewNote())).toList();
        return new RoundAnswer(r.id(), r.title(), r.closes(), ReturnsService.isOpen(r), organisations);
    }

    record Reminded(int emailed) {
    }

    @Operation(summary = "Email a reminder, with a fresh link, to every organisation that has not submitted (admin)")
    @ApiProblems(410)
    @PostMapping("/returns/{id}/remind")
    Reminded remind(@PathVariable String id) {
        RequestChecks.id("id", id);
        return new Reminded(returns.remind(Actor.current(), id));
    }

    @Operation(summary = "A new link for one invitation; the old one stops working (admin)")
    @PostMapping("/invitations/{id}/reissue")
    InvitationAnswer reissue(@PathVariable String id) {
        RequestChecks.id("id", id);
        return InvitationAnswer.of(returns.reissue(Actor.current(), id));
    }

    @Operation(summary = "Revoke one invitation's link (admin); reissue to give a new one")
    @ApiResponse(responseCode = "204", description = "revoked")
    @PostMapping("/invitations/{id}/revoke")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        RequestChecks.id("id", id);
        returns.revoke(Actor.current(), id);
        return ResponseEntity.noContent().build();
    }

    // --- the return form ----------------------------------------------------------------------------------------------

    @Operation(summary = "The return form's content: the organisation and its known links (no sign-in: the token is the key)",
            description = "404 for an unknown or revoked token, 410 once the round has closed. Also the round, the "
                    + "status and the saved draft.")
    @ApiResponse(responseCode = "200", description = "the form's content", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ReturnSchemas.Form.class)))
    @ApiProblems(value = 410, open = true)
    @GetMapping("/respond/{token}")
    JsonNode form(@PathVariable String token) {
        var open = returns.byToken(token);
        NetworkSnapshot network = reads.current().snapshot();
        ObjectNode answer = ReturnItems.JSON.createObjectNode();
        answer.set("organisation", JsonSnapshotFormat.toJsonNode(open.organisation()));
        var links = answer.putArray("links");
        for (Link l : open.links()) {
            ObjectNode json = (ObjectNode) JsonSnapshotFormat.toJsonNode(l);
            String partner = l.from().equals(open.organisation().id()) ? l.to() : l.from();
            network.organisation(partner).ifPresent(p -> json.putObject("partner").put("id", p.id())
                    .put("name", p.name()).put("country", p.country()));
            links.add(json);
        }
        answer.putObject("round").put("id", open.round().id()).put("title", open.round().title())
                .put("closes", open.round().closes().toString());
        answer.put("status", open.invitation().status().name());
        answer.set("draft", open.invitation().draft() == null ? null : ReturnsService.tree(open.invitation().draft()));
        return answer;
    }

    record Saved(String status) {
    }

    @Operation(summary = "Save a draft of the return (any JSON object; checked only when submitted)",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ReturnSchemas.Draft.class))))
    @ApiProblems(value = 410, open = true)
    @PutMapping(value = "/respond/{token}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Saved saveDraft(@PathVariable String token, HttpServletRequest request) throws IOException {
        returns.byToken(token);
        JsonNode body = ApiBodies.json(request);
        if (!body.isObject()) {
            throw new ValidationException(new ValidationError("draft", null, null, "expected a JSON object"));
        }
        returns.saveDraft(token, body);
        return new Saved("DRAFT");
    }

    record Submitted(String submission) {
    }

    @Operation(summary = "Submit the return for review",
            description = "{\"confirm\": [link ids], \"correct\": [{\"link\", …fields}], \"end\": [{\"link\", \"until\"}], "
                    + "\"add\": [{\"partner\": id or {\"name\", \"type\", \"country\", \"city\", \"website\"}, \"kind\", "
                    + "\"since\", \"themes\", \"activities\", \"learning\", \"status\"}], \"assessments\": [{\"link\": id or "
                    + "\"add[i]\", …}], \"contact\": {\"name\", \"role\", \"email\"}} → 202; 400 naming each bad field "
                    + "(add[0].partner.country).",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ReturnSchemas.Return.class))))
    @ApiResponse(responseCode = "202", description = "submitted for review")
    @ApiProblems(value = 410, open = true)
    @PostMapping(value = "/respond/{token}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Submitted> submit(@PathVariable String token, HttpServletRequest request) throws IOException {
        returns.byToken(token);
        JsonNode body = ApiBodies.json(request);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Submitted(returns.submit(token, body)));
    }

    // --- review ---------------------------------------------------------------------------------------------------------

    @Schema(name = "SubmissionItem")
    record Item(String id, String summary, @Schema(nullable = true) ImportPreview changes) {
    }

    record SubmissionAnswer(String submission, String round, String organisation,
                            @Schema(nullable = true) String organisationName,
                            @Schema(allowableValues = {"NOT_STARTED", "DRAFT", "SUBMITTED", "REVIEWED"}) String status,
                            @Schema(nullable = true) Instant submittedAt, @Schema(nullable = true) ReturnItems.Contact contact,
                            List<Item> items, List<ValidationError> problems, @Schema(nullable = true) Instant reviewedAt,
                            @Schema(nullable = true) String reviewedBy, @Schema(nullable = true) String reviewNote,
                            @Schema(nullable = true) Long changeId) {
        static SubmissionAnswer of(ReturnsService.Submission s) {
            Invitation i = s.invitation();
            return new SubmissionAnswer(i.id(), i.round(), i.organisation(),
                    s.organisation() == null ? null : s.organisation().name(), i.status().name(), i.submittedAt(),
                    s.contact(), s.items().stream().map(x -> new Item(x.id(), x.summary(), x.preview())).toList(),
                    s.problems(), i.reviewedAt(), i.reviewedBy(), i.reviewNote(), i.changeId());
        }
    }

    @Operation(summary = "A round's submissions, each item as a diff against the register (editor)")
    @GetMapping("/returns/{id}/submissions")
    List<SubmissionAnswer> submissions(@PathVariable String id) {
        RequestChecks.id("id", id);
        return returns.submissions(id, Actor.current()).stream().map(SubmissionAnswer::of).toList();
    }

    @Operation(summary = "The review queue: submissions of every round waiting for review, oldest first (editor)")
    @GetMapping("/submissions")
    List<SubmissionAnswer> queue() {
        return returns.queue(Actor.current()).stream().map(SubmissionAnswer::of).toList();
    }

    @Operation(summary = "One submission (editor)")
    @GetMapping("/submissions/{id}")
    SubmissionAnswer submission(@PathVariable String id) {
        RequestChecks.id("id", id);
        return SubmissionAnswer.of(returns.submission(id, Actor.current()));
    }

    @Schema(name = "SubmissionAccepted")
    record Accepted(@Schema(nullable = true, description = "null when nothing needed changing") Long changeId) {
    }

    @Operation(summary = "Accept a submission whole (empty body) or the items named ({\"items\": [\"add:0\", …]}) (editor)",
            description = "One recorded change through the door, each fact citing the return, confidence A; undoable.",
            requestBody = @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ReturnSchemas.AcceptItems.class))))
    @PostMapping("/submissions/{id}/accept")
    Accepted accept(@PathVariable String id, HttpServletRequest request) throws IOException {
        RequestChecks.id("id", id);
        var items = new LinkedHashSet<String>();
        String reason = null;
        if (request.getContentLengthLong() != 0 && request.getContentType() != null) {
            JsonNode body = ApiBodies.json(request);
            JsonNode list = body.path("items");
            if (!list.isMissingNode() && !list.isArray()) {
                throw new ValidationException(new ValidationError("items", "items", null, "expected a list of item ids"));
            }
            list.forEach(x -> items.add(x.asText()));
            reason = body.path("reason").asText(null);
        }
        return new Accepted(returns.accept(id, items, Change.by(Actor.current(), "return").withReason(reason)));
    }

    @Schema(name = "SubmissionRejected")
    record Rejected(String submission, String status) {
    }

    @Operation(summary = "Reject a submission with a note (editor): {\"reason\"}",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ReturnSchemas.Reason.class))))
    @PostMapping(value = "/submissions/{id}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    Rejected reject(@PathVariable String id, HttpServletRequest request) throws IOException {
        RequestChecks.id("id", id);
        returns.reject(id, ApiBodies.json(request).path("reason").asText(null), Actor.current());
        return new Rejected(id, "REVIEWED");
    }
}
