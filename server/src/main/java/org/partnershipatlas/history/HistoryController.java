package org.partnershipatlas.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipatlas.app.EnumTokens;
import org.partnershipatlas.app.RequestChecks;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.ChangeQuery;
import org.partnershipatlas.store.RecordedChange;
import org.partnershipatlas.writes.Change;

/** The history of the network: {@code GET /api/history}, one change, and undo. */
@RestController
@RequestMapping("/api/history")
@Tag(name = "history", description = "Every recorded change, newest first; undo (EDITOR)")
class HistoryController {
    private final HistoryService history;

    HistoryController(HistoryService history) {
        this.history = history;
    }

    /** The answer of {@code GET /api/history}. */
    @Schema(name = "HistoryPage")
    record Changes(List<ChangeView> changes) {
    }

    @Operation(summary = "Recorded changes, newest first: id, at, actor, kind, reason, summary, entities with before/after")
    @GetMapping
    Changes list(@Parameter(schema = @Schema(minimum = "1", maximum = "" + ChangeQuery.MAX_LIMIT))
                 @RequestParam(defaultValue = "50") int limit,
                 @Parameter(description = "an organisation or link id the change touched (an organisation: its links too)",
                         schema = @Schema(pattern = "^[a-z0-9][a-z0-9-]{0,79}$"))
                 @RequestParam(required = false) String entity,
                 @Parameter(description = "who made it, as the history names them",
                         schema = @Schema(minLength = 1, maxLength = 200))
                 @RequestParam(required = false) String actor,
                 @Parameter(description = "what kind of change")
                 @EnumTokens(ChangeKind.class) @RequestParam(required = false) String kind,
                 @Parameter(description = "on or after this day (YYYY-MM-DD)",
                         schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) String from,
                 @Parameter(description = "on or before this day (YYYY-MM-DD)",
                         schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) String to,
                 @Parameter(description = "only changes with a smaller id (paging)") @RequestParam(required = false) Long before) {
        RequestChecks.bounded("limit", limit, 1, ChangeQuery.MAX_LIMIT);
        if (entity != null) {
            RequestChecks.id("entity", entity);
        }
        if (actor != null && (actor.isBlank() || actor.length() > 200)) {
            throw RequestChecks.rejected("actor", actor, "actor must be 1-200 characters");
        }
        var query = new ChangeQuery(limit, entity, actor, kind == null ? null
                : RequestChecks.enumValue("kind", kind, ChangeKind.class),
                day("from", from, 0), day("to", to, 1), before);
        return new Changes(history.changes(query).stream().map(ChangeView::of).toList());
    }

    @Operation(summary = "One recorded change")
    @GetMapping("/{id}")
    ChangeView one(@PathVariable long id) {
        return ChangeView.of(history.change(id));
    }

    @Operation(summary = "Undo a change: a new change restores what it replaced",
            description = "409 naming the later changes that touched the same organisations or links, unless "
                    + "alsoLater=true, which undoes them too in the same new change.")
    @PostMapping("/{id}/undo")
    ChangeView undo(@PathVariable long id, @RequestParam(defaultValue = "false") boolean alsoLater,
                    @RequestParam(required = false) String reason) {
        RecordedChange made = history.undo(id, alsoLater, Change.by(Actor.current(), "api").withReason(reason));
        return ChangeView.of(made);
    }

    private static Instant day(String parameter, String value, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw RequestChecks.rejected(parameter, value, parameter + " must be a day as YYYY-MM-DD");
        }
    }
}
