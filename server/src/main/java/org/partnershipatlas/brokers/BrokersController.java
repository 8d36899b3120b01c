package org.partnershipatlas.brokers;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipatlas.analysis.ScopeParameters;
import org.partnershipatlas.analysis.ScopeQuery;
import org.partnershipatlas.analytics.NetworkAnalytics;
import org.partnershipatlas.app.ApiQuery;
import org.partnershipatlas.app.RequestChecks;

@RestController
@RequestMapping("/api")
@Tag(name = "brokers", description = "Who connects the network, in which roles, and why")
class BrokersController {
    private final BrokersService service;

    BrokersController(BrokersService service) {
        this.service = service;
    }

    @Operation(summary = "The ranked brokers with roles and plain-words reasons",
            description = "Reasons are text in the language of Accept-Language (cy: Welsh, else English), the share of "
                    + "shortest routes between other organisations first; findings beside them give the same as codes. On a "
                    + "network of more than 2,000 organisations, for the seconds after a write in which the new ranking "
                    + "is computed, the answer is the previous version's: version names it, preparingVersion the new one.")
    @ApiQuery(value = ScopeQuery.class, readsAll = false)
    @GetMapping("/brokers")
    BrokersService.BrokersResponse brokers(@Parameter(schema = @Schema(minimum = "1", maximum = "" + NetworkAnalytics.BROKER_LIMIT))
                                           @RequestParam(defaultValue = "20") int top,
                                           @RequestParam(required = false) Integer year,
                                           @RequestParam(required = false) List<String> kind,
                                           @RequestParam(required = false) List<String> theme,
                                           @RequestParam(required = false) List<String> country,
                                           @RequestParam(defaultValue = "false") boolean illustrative) {
        RequestChecks.bounded("top", top, 1, NetworkAnalytics.BROKER_LIMIT);
        return service.brokersPrepared(ScopeParameters.parse(year, kind, theme, country, illustrative), top);
    }
}
