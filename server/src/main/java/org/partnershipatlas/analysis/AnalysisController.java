package org.partnershipatlas.analysis;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipatlas.analytics.GraphSummary;
import org.partnershipatlas.analytics.NodeMetrics;
import org.partnershipatlas.app.ApiQuery;

@RestController
@RequestMapping("/api")
@Tag(name = "analysis", description = "Measures of the network, optionally as of a year and narrowed by kind, theme and country")
class AnalysisController {
    private final AnalysisService analyses;

    AnalysisController(AnalysisService analyses) {
        this.analyses = analyses;
    }

    /** @param version network version the measures were computed from */
    record MetricsResponse(long version, int organisations, List<NodeMetrics> metrics,
                           @Schema(description = "what each measure means and how it is computed",
                                   additionalPropertiesSchema = String.class) Map<String, Object> conventions) {
    }

    record SummaryResponse(long version, GraphSummary summary, String explanation) {
    }

    @Operation(summary = "Per-organisation measures (degree, betweenness, closeness, PageRank, constraint, community, …)")
    @ApiQuery(value = ScopeQuery.class, readsAll = false)
    @GetMapping("/metrics")
    MetricsResponse metrics(@RequestParam(required = false) Integer year,
                            @RequestParam(required = false) List<String> kind,
                            @RequestParam(required = false) List<String> theme,
                            @RequestParam(required = false) List<String> country,
                            @RequestParam(defaultValue = "false") boolean illustrative) {
        Analysis analysis = analyses.analyse(ScopeParameters.parse(year, kind, theme, country, illustrative));
        return new MetricsResponse(analysis.version(), analysis.snapshot().organisations().size(),
                analysis.analytics().metrics(), analysis.analytics().conventions());
    }

    @Operation(summary = "Size, density, components, clustering, diameter and growth by year")
    @ApiQuery(value = ScopeQuery.class, readsAll = false)
    @GetMapping("/summary")
    SummaryResponse summary(@RequestParam(required = false) Integer year,
                            @RequestParam(required = false) List<String> kind,
                            @RequestParam(required = false) List<String> theme,
                            @RequestParam(required = false) List<String> country,
                            @RequestParam(defaultValue = "false") boolean illustrative) {
        Analysis analysis = analyses.analyse(ScopeParameters.parse(year, kind, theme, country, illustrative));
        GraphSummary summary = analysis.analytics().summary();
        return new SummaryResponse(analysis.version(), summary, summary.explain());
    }
}
