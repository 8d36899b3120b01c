package org.partnershipatlas.healthboards;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipatlas.analysis.ScopeParameters;
import org.partnershipatlas.analytics.gaps.CoverageDimension;
import org.partnershipatlas.analytics.gaps.CoverageMatrix;
import org.partnershipatlas.app.RequestChecks;

@RestController
@RequestMapping("/api/health-boards")
@Tag(name = "health boards", description = "Under-linked Health Boards and what each lacks")
class HealthBoardsController {
    private final HealthBoardsService service;

    HealthBoardsController(HealthBoardsService service) {
        this.service = service;
    }

    @Operation(summary = "Each Health Board against the peer median, under-linked flags with reasons, thin countries and themes, fragile links",
            description = "Reasons and explanations are text in the language of Accept-Language (cy: Welsh, else English); "
                    + "beside each, findings (or ...Finding) give the same as codes with named arguments.")
    @GetMapping("/gaps")
    HealthBoardsService.GapsResponse gaps(@RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) List<String> kind,
                                          @RequestParam(required = false) List<String> theme,
                                          @RequestParam(required = false) List<String> country,
                                          @RequestParam(defaultValue = "false") boolean illustrative) {
        return service.gaps(ScopeParameters.parse(year, kind, theme, country, illustrative));
    }

    @Operation(summary = "Health Board × country, theme or activity type: how many partner links")
    @GetMapping("/coverage")
    CoverageMatrix coverage(@RequestParam(defaultValue = "country") String dimension,
                            @RequestParam(required = false) Integer year,
                            @RequestParam(required = false) List<String> kind,
                            @RequestParam(required = false) List<String> theme,
                            @RequestParam(required = false) List<String> country,
                            @RequestParam(defaultValue = "false") boolean illustrative) {
        return service.coverage(ScopeParameters.parse(year, kind, theme, country, illustrative),
                RequestChecks.enumValue("dimension", dimension, CoverageDimension.class));
    }
}
