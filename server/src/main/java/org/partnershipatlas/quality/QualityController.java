package org.partnershipatlas.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.partnershipatlas.analytics.quality.GroupBy;
import org.partnershipatlas.analytics.quality.GroupQuality;
import org.partnershipatlas.app.ApiQuery;
import org.partnershipatlas.app.EnumTokens;
import org.partnershipatlas.app.RequestChecks;
import org.partnershipatlas.findings.FindingText;
import org.partnershipatlas.model.Challenge;
import org.partnershipatlas.model.ChallengeLevel;
import org.partnershipatlas.model.CharterFoundation;
import org.partnershipatlas.model.Factor;

/**
 * Quality roll-ups and links at risk ({@code GET /api/quality}, {@code GET /api/quality/at-risk}); findings and
 * reasons in the language of {@code Accept-Language} ({@code cy}: Welsh). Keys exactly as docs/FORMAT.md.
 */
@RestController
@RequestMapping("/api/quality")
@Tag(name = "quality")
class QualityController {
    private final QualityService quality;
    private final FindingText text;

    QualityController(QualityService quality, FindingText text) {
        this.quality = quality;
        this.text = text;
    }

    record Group(String id, String name, int links, int assessedLinks,
                 @Schema(implementation = CharterMeans.class) Map<String, Double> charter,
                 @Schema(implementation = FactorMeans.class) Map<String, Double> factors,
                 @Schema(description = "challenge → level (NONE, SOME, MAJOR) → how many links")
                 Map<String, Map<String, Integer>> challenges,
                 @Schema(description = "the weakest factors' keys") List<String> weakest,
                 @Schema(nullable = true, format = "date") String lastAssessed,
                 @Schema(nullable = true) String finding) {
    }

    /** The mean score (0-3) of each Charter foundation; null: not assessed. */
    @Schema(additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record CharterMeans(@Schema(nullable = true) Double organisationalResponsibilities,
                        @Schema(nullable = true) Double reciprocalPartnership,
                        @Schema(nullable = true) Double goodPractice,
                        @Schema(nullable = true) Double soundGovernance) {
    }

    /** The mean score (0-3) of each success factor; null: not assessed. */
    @Schema(additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record FactorMeans(@Schema(nullable = true) Double trust, @Schema(nullable = true) Double sharedGoals,
                       @Schema(nullable = true) Double communityEngagement, @Schema(nullable = true) Double capacityBuilding,
                       @Schema(nullable = true) Double equitableCollaboration,
                       @Schema(nullable = true) Double resourceMobilisation, @Schema(nullable = true) Double soundGovernance,
                       @Schema(nullable = true) Double longTermVision) {
    }

    record Groups(long version, String group, List<Group> groups) {
    }

    record AtRisk(String id, String from, String to, String fromName, String toName, List<String> reasons) {
    }

    record AtRiskLinks(long version, List<AtRisk> links) {
    }

    @Operation(summary = "Quality per Health Board, Trust or partner country: links, assessed links, the mean of each "
            + "Charter foundation and success factor (null: not assessed), challenge counts, weakest factors, a finding")
    @ApiQuery(value = ScopeQuery.class, readsAll = false)
    @GetMapping
    Groups groups(@Parameter(description = "health-boards, trusts or countries") @EnumTokens(GroupBy.class) @RequestParam(defaultValue = "health-boards") String group,
                  @RequestParam(required = false) Integer year, @RequestParam(required = false) List<String> country,
                  @RequestParam(defaultValue = "false") boolean illustrative, Locale locale) {
        GroupBy groupBy = RequestChecks.enumValue("group", group, GroupBy.class);
        var stored = quality.stored();
        var scope = ScopeParameters.parse(year, null, null, country, illustrative);
        return new Groups(stored.version(), ScopeParameters.token(groupBy),
                quality.groups(stored, scope, groupBy).stream().map(g -> group(g, locale)).toList());
    }

    private Group group(GroupQuality g, Locale locale) {
        var charter = new LinkedHashMap<String, Double>();
        for (CharterFoundation f : CharterFoundation.values()) {
            charter.put(f.key(), round(g.charter().get(f)));
        }
        var factors = new LinkedHashMap<String, Double>();
        for (Factor f : Factor.values()) {
            factors.put(f.key(), round(g.factors().get(f)));
        }
        var challenges = new LinkedHashMap<String, Map<String, Integer>>();
        for (Challenge c : Challenge.values()) {
            var levels = new LinkedHashMap<String, Integer>();
            for (ChallengeLevel level : ChallengeLevel.values()) {
                levels.put(level.name(), g.challenges().get(c).get(level));
            }
            challenges.put(c.key(), levels);
        }
        return new Group(g.id(), g.name(), g.links(), g.assessedLinks(), charter, factors, challenges,
                g.weakest().stream().map(Factor::key).toList(), g.lastAssessed() == null ? null : g.lastAssessed().toString(),
                text.render(g.finding(), locale));
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }

    @Operation(summary = "Links at risk: funding ending within a year, no exit strategy, one funder, no monitoring "
            + "and evaluation, a major challenge — each with its reasons")
    @GetMapping("/at-risk")
    AtRiskLinks atRisk(@RequestParam(defaultValue = "false") boolean illustrative, Locale locale) {
        var stored = quality.stored();
        var scope = ScopeParameters.parse(null, null, null, null, illustrative);
        return new AtRiskLinks(stored.version(), quality.atRisk(stored, scope).stream()
                .map(r -> new AtRisk(r.id(), r.from(), r.to(), r.fromName(), r.toName(),
                        r.reasons().stream().map(f -> text.render(f, locale)).toList())).toList());
    }
}
