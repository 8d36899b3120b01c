package org.partnershipatlas.whatif;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipatlas.analysis.ScopeParameters;
import org.partnershipatlas.app.ApiProblems;
import org.partnershipatlas.app.RequestChecks;

@RestController
@RequestMapping("/api")
@Tag(name = "what if", description = "Remove organisations or links and see what disconnects")
class WhatIfController {
    static final int MAX_REMOVALS = 500;
    private static final String ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,79}$";
    private final WhatIfService service;

    WhatIfController(WhatIfService service) {
        this.service = service;
    }

    /** What to take away (nothing is changed in the stored network). */
    @Schema(additionalProperties = Schema.AdditionalPropertiesValue.FALSE, description = "at most 500 removals in all")
    record WhatIfRequest(@ArraySchema(maxItems = MAX_REMOVALS, arraySchema = @Schema(nullable = true),
                                 schema = @Schema(description = "an organisation id", pattern = ID_PATTERN))
                         List<String> removeOrganisations,
                         @ArraySchema(maxItems = MAX_REMOVALS, arraySchema = @Schema(nullable = true),
                                 schema = @Schema(description = "a link id", pattern = ID_PATTERN))
                         List<String> removeLinks) {
        WhatIfRequest {
            removeOrganisations = removeOrganisations == null ? List.of() : removeOrganisations;
            removeLinks = removeLinks == null ? List.of() : removeLinks;
        }
    }

    @Operation(summary = "Components before and after, who is cut off, Boards losing their only route to a country, biggest score changes",
            description = "Explanations are text in the language of Accept-Language (cy: Welsh, else English), each with "
                    + "its ...Finding (code and arguments) beside it. On a network of more than 2,000 organisations, for the "
                    + "seconds after a write in which the new version is analysed, the answer is the previous version's "
                    + "(unless it names something only the new one holds): version names it, preparingVersion the new one.")
    @ApiProblems(value = 404, readOnly = true)
    @PostMapping("/what-if")
    WhatIfService.WhatIfResponse whatIf(@RequestBody WhatIfRequest request,
                                        @RequestParam(required = false) Integer year,
                                        @RequestParam(defaultValue = "false") boolean illustrative) {
        if (request.removeOrganisations().size() + request.removeLinks().size() > MAX_REMOVALS) {
            throw RequestChecks.rejected("removeOrganisations", null, "at most " + MAX_REMOVALS + " removals at once");
        }
        request.removeOrganisations().forEach(id -> RequestChecks.id("removeOrganisations", id));
        request.removeLinks().forEach(id -> RequestChecks.id("removeLinks", id));
        return service.whatIfPrepared(ScopeParameters.parse(year, null, null, null, illustrative),
                request.removeOrganisations(), request.removeLinks());
    }
}
