package org.partnershipatlas.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.ChallengeLevel;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Evaluation;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.Limits;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Region;

/**
 * The native JSON snapshot's entities (docs/FORMAT.md) as OpenAPI schemas, for the bodies the API reads and writes
 * as JSON trees: an organisation, a link, an assessment, a whole snapshot. They describe only; the format's reader
 * ({@code EntityReader}) is what checks a body, and the API tests check that the two agree. Years are bounded by
 * {@code ApiDocs} when the document is made (1900 to next year; {@code fundedUntil} to 25 years ahead).
 */
public final class EntitySchemas {
    static final String ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,79}$";
    static final String COUNTRY_PATTERN = "^[A-Z]{2}(-[A-Z]{2,3})?$";

    private EntitySchemas() {
    }

    @Schema(name = "SnapshotSource", description = "Where a fact comes from", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record Source(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = Limits.MAX_CITATION_LENGTH)
            String citation,
            @Schema(nullable = true, maxLength = Limits.MAX_URL_LENGTH, description = "an absolute http(s) address")
            String url) {
    }

    @Schema(name = "SnapshotOrganisation", description = "An organisation of the native JSON snapshot (docs/FORMAT.md); "
            + "absent values are written as null", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record Organisation(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = ID_PATTERN) String id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = Limits.MAX_NAME_LENGTH) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OrganisationType type,
            @Schema(nullable = true, pattern = COUNTRY_PATTERN, description = "ISO 3166-1 alpha-2, or GB-WLS for Wales")
            String country,
            @Schema(nullable = true, maxLength = Limits.MAX_LINE_LENGTH) String city,
            @Schema(nullable = true, description = "year") Integer founded,
            @Schema(nullable = true, description = "the year it ceased or merged") Integer dissolved,
            @Schema(nullable = true, maxLength = Limits.MAX_URL_LENGTH) String website,
            @Schema(nullable = true, maxLength = Limits.MAX_TEXT_LENGTH) String description,
            @Schema(nullable = true) Boolean seekingPartner,
            @Schema(nullable = true, description = "no source names it") Boolean placeholder,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Confidence confidence,
            @ArraySchema(maxItems = Limits.MAX_SOURCES, schema = @Schema(implementation = Source.class),
                    arraySchema = @Schema(nullable = true, description = "at least one unless ILLUSTRATIVE"))
            List<Source> sources) {
    }

    @Schema(name = "SnapshotCharter", description = "Charter foundations, each scored 0-3; left out or null: not assessed",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record Charter(
            @Schema(nullable = true, minimum = "0", maximum = "3") Integer organisationalResponsibilities,
            @Schema(nullable = true, minimum = "0", maximum = "3") Integer reciprocalPartnership,
            @Schema(nullable = true, minimum = "0", maximum = "3") Integer goodPractice,
            @Schema(nullable = true, minimum = "0", maximum = "3") Integer soundGovernance) {
    }

    @Schema(name = "SnapshotFactors", description = "Success factors, each scored 0-3; a factor left out is not assessed, never 0",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record Factors(
            @Schema(minimum = "0", maximum = "3") Integer trust,
            @Schema(minimum = "0", maximum = "3") Integer sharedGoals,
            @Schema(minimum = "0", maximum = "3") Integer communityEngagement,
            @Schema(minimum = "0", maximum = "3") Integer capacityBuilding,
            @Schema(minimum = "0", maximum = "3") Integer equitableCollaboration,
            @Schema(minimum = "0", maximum = "3") Integer resourceMobilisation,
            @Schema(minimum = "0", maximum = "3") Integer soundGovernance,
            @Schema(minimum = "0", maximum = "3") Integer longTermVision) {
    }

    @Schema(name = "SnapshotChallenges", description = "Challenges, each NONE, SOME or MAJOR; left out: not assessed",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record Challenges(ChallengeLevel culturalDifferences, ChallengeLevel powerImbalance, ChallengeLevel logistics,
                             ChallengeLevel monitoringEvaluation, ChallengeLevel sustainableFunding) {
    }

    @Schema(name = "SnapshotOutcome", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record Outcome(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1) String indicator,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "at most 12 digits before the point and 6 after")
            BigDecimal value,
            @Schema(nullable = true) Integer year,
            @Schema(nullable = true) String source) {
    }

    @Schema(name = "SnapshotAssessment", description = "A dated self-assessment of a link's quality (docs/FORMAT.md, "
            + "\"Optional fields for quality\")", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record Assessment(
            @Schema(nullable = true, description = "ISO date, not in the future; null only for the older undated charter")
            LocalDate date,
            @Schema(nullable = true, maxLength = Limits.MAX_LINE_LENGTH) String assessedBy,
            @Schema(nullable = true) Charter charter,
            @Schema(nullable = true) Factors factors,
            @Schema(nullable = true) Challenges challenges,
            @Schema(nullable = true) Evaluation evaluation,
            @Schema(nullable = true, maxLength = Limits.MAX_URL_LENGTH) String evaluationUrl,
            @Schema(nullable = true) Boolean communityInvolvement,
            @Schema(nullable = true, maxLength = Limits.MAX_TEXT_LENGTH) String benefitsToWales,
            @Schema(nullable = true, maxLength = Limits.MAX_TEXT_LENGTH) String benefitsToPartner,
            @ArraySchema(maxItems = Limits.MAX_FUNDERS, arraySchema = @Schema(nullable = true)) List<String> funders,
            @Schema(nullable = true, description = "a year from 1900 to 25 years ahead") Integer fundedUntil,
            @Schema(nullable = true) Boolean exitStrategy,
            @ArraySchema(maxItems = Limits.MAX_OUTCOMES, arraySchema = @Schema(nullable = true)) List<Outcome> outcomes,
            @ArraySchema(maxItems = Limits.MAX_SOURCES, arraySchema = @Schema(nullable = true)) List<Source> sources) {
    }

    @Schema(name = "SnapshotLink", description = "A link of the native JSON snapshot (docs/FORMAT.md); absent values are "
            + "written as null", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record Link(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = ID_PATTERN) String id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = ID_PATTERN) String from,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = ID_PATTERN) String to,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LinkKind kind,
            @Schema(nullable = true) Integer since,
            @Schema(nullable = true) Integer until,
            @Schema(nullable = true) LinkStatus status,
            @Schema(nullable = true, description = "the year of the latest dated source that shows the link")
            Integer lastEvidence,
            @ArraySchema(maxItems = Limits.MAX_THEMES, arraySchema = @Schema(nullable = true)) List<String> themes,
            @ArraySchema(maxItems = Limits.MAX_ACTIVITIES, arraySchema = @Schema(nullable = true)) List<Activity> activities,
            @Schema(nullable = true) Learning learning,
            @Schema(nullable = true, minimum = "1", maximum = "5") Integer strength,
            @Schema(nullable = true, description = "the older single undated assessment; not with assessments") Charter charter,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Confidence confidence,
            @ArraySchema(maxItems = Limits.MAX_SOURCES, arraySchema = @Schema(nullable = true)) List<Source> sources,
            @ArraySchema(maxItems = Limits.MAX_ASSESSMENTS, arraySchema = @Schema(nullable = true,
                    description = "oldest first; the last is the link's current quality")) List<Assessment> assessments) {
    }

    @Schema(name = "SnapshotCountry", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record Country(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = COUNTRY_PATTERN) String code,
            String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Region region) {
    }

    @Schema(name = "Snapshot", description = "The whole network as the native JSON snapshot (docs/FORMAT.md)",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record Snapshot(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "partnership-atlas/1") String format,
            List<Country> countries,
            List<Organisation> organisations,
            List<Link> links) {
    }
}
