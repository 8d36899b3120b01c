package org.partnershipatlas.healthboards;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipatlas.analysis.ScopeParameters;
import org.partnershipatlas.analysis.ScopeQuery;
import org.partnershipatlas.analytics.gaps.CoverageDimension;
import org.partnershipatlas.analytics.gaps.CoverageMatrix;
import org.partnershipatlas.analytics.gaps.MemberGroup;
import org.partnershipatlas.app.ApiQuery;
import org.partnershipatlas.app.EnumTokens;
import org.partnershipatlas.app.RequestChecks;

@RestController
@RequestMapping("/api/health-boards")
@Tag(name = "health boards", description = "Under-linked Health Boards and what each lacks")
class HealthBoardsController {
    private final HealthBoardsService service;

    HealthBoardsController(HealthBoardsService service) {
        this.service = service;
    }

    @Operation(summary = "Each Health Board (group=boards, the default) or NHS Trust (group=trusts) against its group's median, "
            + "under-linked flags with reasons, the evidence each rests on, thin countries and themes, fragile links",
            description = "evidence.status: NO_EVIDENCE (no known partner link and no accepted return: 'no evidence "
                    + "found', not 'no links'), PUBLIC_SOURCES, SELF_REPORTED (an accepted partnership return)"
                    + ". Reasons and explanations are text in the language of Accept-Language (cy: Welsh, else English); "
                    + "beside each, findings (or ...Finding) give the same as codes with named arguments. On a network of more "
                    + "than 2,000 organisations, for the seconds after a write in which the new version is analysed, the "
                    + "answer is the previous version's: version names it, preparingVersion the new one.")
    @ApiQuery(value = ScopeQuery.class, readsAll = false)
    @GetMapping("/gaps")
    HealthBoardsService.GapsResponse gaps(@EnumTokens(MemberGroup.class) @RequestParam(defaultValue = "boards") String group,
                                          @RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) List<String> kind,
                                          @RequestParam(required = false) List<String> theme,
                                          @RequestParam(required = false) List<String> country,
                                          @RequestParam(defaultValue = "false") boolean illustrative) {
        return service.gapsPrepared(ScopeParameters.parse(year, kind, theme, country, illustrative), group(group));
    }

    @Operation(summary = "Health Board × country, theme or activity type: how many partner links")
    @ApiQuery(value = ScopeQuery.class, readsAll = false)
    @GetMapping("/coverage")
    CoverageMatrix coverage(@EnumTokens(CoverageDimension.class) @RequestParam(defaultValue = "country") String dimension,
                            @EnumTokens(MemberGroup.class) @RequestParam(defaultValue = "boards") String group,
                            @RequestParam(required = false) Integer year,
                            @RequestParam(required = false) List<String> kind,
                            @RequestParam(required = false) List<String> theme,
                            @RequestParam(required = false) List<String> country,
                            @RequestParam(defaultValue = "false") boolean illustrative) {
        return service.coverage(service.stored(), ScopeParameters.parse(year, kind, theme, country, illustrative),
                RequestChecks.enumValue("dimension", dimension, CoverageDimension.class), group(group));
    }

    private static MemberGroup group(String value) {
        return RequestChecks.enumValue("group", value, MemberGroup.class);
    }
}
