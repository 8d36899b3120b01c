package org.partnershipatlas.introductions;

import java.util.List;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipatlas.analysis.ScopeParameters;
import org.partnershipatlas.analytics.introductions.LinkPredictionMethod;
import org.partnershipatlas.analytics.introductions.RouteTarget;
import org.partnershipatlas.app.ApiProblems;
import org.partnershipatlas.app.EnumTokens;
import org.partnershipatlas.app.RequestChecks;

@RestController
@RequestMapping("/api")
@Tag(name = "introductions", description = "Who can introduce whom, by which route, and which new links the structure suggests")
class IntroductionsController {
    /** Routes asked for at most (Yen's algorithm costs grow with k). */
    static final int MAX_ROUTES = 20;
    static final int MAX_SUGGESTIONS = 100;
    private static final String ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,79}$";
    private final IntroductionsService service;

    IntroductionsController(IntroductionsService service) {
        this.service = service;
    }

    @Operation(summary = "Up to k shortest routes from an organisation to another, to any organisation in a country, or on a theme",
            description = "By default through the network as it is now (current=true): no ended link, and a successor "
                    + "in place of a body that merged away (named in 'replaced'); current=false includes the history. "
                    + "Routes of equal length: ending at a named organisation before a placeholder, then better-"
                    + "founded links (confidence A before B before C)."
                    + " Each route's explanation is text in the language of Accept-Language (cy: Welsh, else English) "
                    + "with explanationFinding (its code and arguments) beside it.")
    @ApiProblems(404)
    @GetMapping("/introductions")
    IntroductionsService.RoutesResponse introductions(@Parameter(required = true, description = "the organisation to start from", schema = @Schema(pattern = ID_PATTERN))
                                                      @RequestParam(required = false) String from,
                                                      @Parameter(description = "an organisation to reach (give one of to, country, theme)",
                                                              schema = @Schema(pattern = ID_PATTERN))
                                                      @RequestParam(required = false) String to,
                                                      @Parameter(description = "any organisation in this country (ISO 3166 code)",
                                                              schema = @Schema(pattern = ScopeParameters.COUNTRY_PATTERN))
                                                      @RequestParam(required = false) String country,
                                                      @Parameter(description = "any organisation working on this theme",
                                                              schema = @Schema(minLength = 1, maxLength = 200))
                                                      @RequestParam(required = false) String theme,
                                                      @Parameter(schema = @Schema(minimum = "1", maximum = "" + MAX_ROUTES))
                                                      @RequestParam(defaultValue = "3") int k,
                                                      @RequestParam(required = false) Integer year,
                                                      @RequestParam(defaultValue = "false") boolean illustrative,
                                                      @RequestParam(defaultValue = "true") boolean current) {
        String start = RequestChecks.id("from", from);
        RequestChecks.bounded("k", k, 1, MAX_ROUTES);
        long targets = Stream.of(to, country, theme).filter(v -> v != null && !v.isBlank()).count();
        if (targets != 1) {
            throw RequestChecks.rejected("to", to, "give exactly one target: to (an organisation id), country (ISO code) or theme");
        }
        RouteTarget target;
        if (to != null && !to.isBlank()) {
            target = RouteTarget.organisation(RequestChecks.id("to", to));
        } else if (country != null && !country.isBlank()) {
            target = RouteTarget.country(ScopeParameters.parse(null, null, null, List.of(country), false)
                    .countries().iterator().next());
        } else {
            if (theme.length() > 200) {
                throw RequestChecks.rejected("theme", theme, "theme must be at most 200 characters");
            }
            target = RouteTarget.theme(theme.strip());
        }
        return service.routes(ScopeParameters.parse(year, null, null, null, illustrative), start, target, k, current);
    }

    @Operation(summary = "Suggested new links with their evidence (shared partners), for one organisation or across the network",
            description = "evidence.reason is text in the language of Accept-Language with evidence.reasonFinding beside it.")
    @ApiProblems(404)
    @GetMapping("/suggestions")
    IntroductionsService.SuggestionsResponse suggestions(@Parameter(description = "one organisation (absent: across the network)", schema = @Schema(pattern = ID_PATTERN))
                                                         @RequestParam(name = "for", required = false) String forId,
                                                         @EnumTokens(LinkPredictionMethod.class) @RequestParam(defaultValue = "adamic-adar") String method,
                                                         @Parameter(schema = @Schema(minimum = "1", maximum = "" + MAX_SUGGESTIONS))
                                                         @RequestParam(defaultValue = "10") int top,
                                                         @RequestParam(defaultValue = "true") boolean plausible,
                                                         @RequestParam(required = false) Integer year,
                                                         @RequestParam(defaultValue = "false") boolean illustrative) {
        String id = forId == null || forId.isBlank() ? null : RequestChecks.id("for", forId);
        RequestChecks.bounded("top", top, 1, MAX_SUGGESTIONS);
        LinkPredictionMethod parsed = RequestChecks.enumValue("method", method, LinkPredictionMethod.class);
        return service.suggestions(ScopeParameters.parse(year, null, null, null, illustrative), id, parsed, top, plausible);
    }
}
