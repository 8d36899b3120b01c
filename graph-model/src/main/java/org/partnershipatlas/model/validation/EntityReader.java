package org.partnershipatlas.model.validation;

import java.util.Collections;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Challenge;
import org.partnershipatlas.model.ChallengeLevel;
import org.partnershipatlas.model.Charter;
import org.partnershipatlas.model.CharterFoundation;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Evaluation;
import org.partnershipatlas.model.Factor;
import org.partnershipatlas.model.Ids;
import org.partnershipatlas.model.Keyed;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.Limits;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Outcome;
import org.partnershipatlas.model.Region;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.model.Text;
import org.partnershipatlas.model.WebAddress;

/**
 * Turns one record of input into a model record, applying every field rule of docs/FORMAT.md and reporting each
 * broken rule with its location instead of stopping at the first. Rules that span records (unique ids, references)
 * are {@link SnapshotValidator}'s.
 *
 * <p>Every rule a record's constructor enforces is checked here first, with the rule's own text from the value type
 * ({@link Text}, {@link WebAddress}, {@link Source}, {@link Assessment}, …), so that a constructor never refuses what
 * this reader let through. Should one still do so (a rule added to a record and not here), the refusal becomes an
 * error located at the record ({@value #MODEL_REFUSED}…) rather than an exception escaping the check.
 */
public final class EntityReader {

    /** How an error begins when a record's constructor refused what the field checks let through (a bug to fix). */
    public static final String MODEL_REFUSED = "refused by the model: ";

    public static final Set<String> COUNTRY_FIELDS = Set.of("code", "name", "region");
    public static final Set<String> ORGANISATION_FIELDS = orderedSet("id", "name", "type", "country", "city", "founded",
            "website", "description", "seekingPartner", "confidence", "sources", "dissolved", "placeholder");
    public static final Set<String> LINK_FIELDS = orderedSet("id", "from", "to", "kind", "since", "until", "status",
            "lastEvidence", "themes", "activities", "learning", "strength", "charter", "confidence", "sources",
            "assessments");
    public static final Set<String> CHARTER_FIELDS = keys(CharterFoundation.class);
    public static final Set<String> FACTOR_FIELDS = keys(Factor.class);
    public static final Set<String> CHALLENGE_FIELDS = keys(Challenge.class);
    public static final Set<String> ASSESSMENT_FIELDS = orderedSet("date", "assessedBy", "charter", "factors",
            "challenges", "evaluation", "evaluationUrl", "communityInvolvement", "benefitsToWales", "benefitsToPartner",
            "funders", "fundedUntil", "exitStrategy", "outcomes", "sources");
    public static final Set<String> OUTCOME_FIELDS = orderedSet("indicator", "value", "year", "source");
    /** The fields of each nested object, by the name of the field that holds it. */
    public static final Map<String, Set<String>> NESTED_FIELDS = Map.of(
            "charter", CHARTER_FIELDS, "factors", FACTOR_FIELDS, "challenges", CHALLENGE_FIELDS);

    private EntityReader() {
    }

    private static Set<String> orderedSet(String... names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names)));
    }

    private static <E extends Enum<E> & Keyed> Set<String> keys(Class<E> type) {
        return orderedSet(Arrays.stream(type.getEnumConstants()).map(Keyed::key).toArray(String[]::new));
    }

    // --- records -----------------------------------------------------------------------------------------------

    public static Optional<Country> readCountry(FieldSource in, Errors errors) {
        int before = errors.size();
        rejectUnknownFields(in, COUNTRY_FIELDS, errors);
        String code = required(in, "code", errors).orElse(null);
        if (code != null && !Countries.isWellFormedCode(code)) {
            errors.add(in.location("code"), "code", code, "not an ISO 3166 code (e.g. LS, KE, GB-WLS)");
        }
        String name = name(in, "name", errors);
        Region region = requiredEnum(in, "region", Region.class, errors).orElse(null);
        return errors.size() == before ? build(in, errors, () -> new Country(code, name, region)) : Optional.empty();
    }

    public static Optional<Organisation> readOrganisation(FieldSource in, Errors errors) {
        int before = errors.size();
        rejectUnknownFields(in, ORGANISATION_FIELDS, errors);
        String id = requiredId(in, "id", errors);
        String name = name(in, "name", errors);
        OrganisationType type = requiredEnum(in, "type", OrganisationType.class, errors).orElse(null);
        String country = in.text("country", errors).orElse(null);
        if (country != null && !Countries.isWellFormedCode(country)) {
            errors.add(in.location("country"), "country", country, "not an ISO 3166 code (e.g. LS, KE, GB-WLS)");
        }
        String city = text(in, "city", Text.Kind.LINE, Limits.MAX_LINE_LENGTH, errors);
        Integer founded = year(in, "founded", errors);
        Integer dissolved = year(in, "dissolved", errors);
        if (founded != null && dissolved != null && dissolved < founded) {
            errors.add(in.location("dissolved"), "dissolved", String.valueOf(dissolved),
                    "dissolved before it was founded (founded " + founded + ")");
        }
        String website = url(in, "website", errors);
        String description = text(in, "description", Text.Kind.LONG, Limits.MAX_TEXT_LENGTH, errors);
        Boolean seeking = in.bool("seekingPartner", errors).orElse(null);
        boolean placeholder = in.bool("placeholder", errors).orElse(false);
        Confidence confidence = requiredEnum(in, "confidence", Confidence.class, errors).orElse(null);
        List<Source> sources = sources(in, confidence, errors);
        if (errors.size() != before) {
            return Optional.empty();
        }
        return build(in, errors, () -> new Organisation(id, name, type, country, city, founded, website, description,
                seeking, confidence, sources, dissolved, placeholder));
    }

    public static Optional<Link> readLink(FieldSource in, Errors errors) {
        int before = errors.size();
        rejectUnknownFields(in, LINK_FIELDS, errors);
        String id = requiredId(in, "id", errors);
        String from = requiredId(in, "from", errors);
        String to = requiredId(in, "to", errors);
        if (from != null && from.equals(to)) {
            errors.add(in.location("to"), "to", to, "a link cannot join an organisation to itself");
        }
        LinkKind kind = requiredEnum(in, "kind", LinkKind.class, errors).orElse(null);
        Integer since = year(in, "since", errors);
        Integer until = year(in, "until", errors);
        if (since != null && until != null && since > until) {
            errors.add(in.location("until"), "until", String.valueOf(until),
                    "ends before it starts (since " + since + ")");
        }
        LinkStatus status = optionalEnum(in, "status", LinkStatus.class, errors).orElse(LinkStatus.UNKNOWN);
        Integer lastEvidence = year(in, "lastEvidence", errors);
        List<String> themes = in.list("themes", Limits.MAX_THEMES, errors).orElse(List.of());
        for (String theme : themes) {
            String problem = Link.themeProblem(theme);
            if (problem != null) {
                errors.add(in.location("themes"), "themes", theme, problem);
            }
        }
        List<Activity> activities = enumList(in, "activities", Activity.class, Limits.MAX_ACTIVITIES, errors);
        Learning learning = optionalEnum(in, "learning", Learning.class, errors).orElse(Learning.UNKNOWN);
        Integer strength = in.integer("strength", errors).orElse(null);
        if (!Link.isValidStrength(strength)) {
            errors.add(in.location("strength"), "strength", String.valueOf(strength),
                    "must be " + Link.MIN_STRENGTH + "-" + Link.MAX_STRENGTH);
        }
        // The older single charter: one undated assessment (one without any score says nothing, and is none).
        Charter charter = in.object("charter", errors).map(c -> readCharter(c, errors))
                .filter(c -> !c.isEmpty()).orElse(null);
        List<Assessment> assessments = readAssessments(in, errors);
        if (charter != null && !assessments.isEmpty()) {
            errors.add(in.location("charter"), "charter", null, "charter is the older form of one undated assessment: "
                    + "give it as the first of assessments (date null), not beside them");
        } else if (charter != null) {
            assessments = List.of(Assessment.undated(charter));
        }
        Confidence confidence = requiredEnum(in, "confidence", Confidence.class, errors).orElse(null);
        List<Source> sources = sources(in, confidence, errors);
        if (errors.size() != before) {
            return Optional.empty();
        }
        List<Assessment> finalAssessments = assessments;
        return build(in, errors, () -> new Link(id, from, to, kind, since, until, status, lastEvidence, themes,
                activities, learning, strength, confidence, sources, finalAssessments));
    }

    /** A link's {@code assessments}, each checked and in order (oldest first); empty where any has an error. */
    public static List<Assessment> readAssessments(FieldSource in, Errors errors) {
        List<FieldSource> items = in.objects("assessments", Limits.MAX_ASSESSMENTS, errors).orElse(List.of());
        int before = errors.size();
        var result = new ArrayList<Assessment>();
        Assessment previous = null;
        for (FieldSource item : items) {
            Optional<Assessment> read = readAssessment(item, errors);
            if (read.isPresent()) {
                String problem = Assessment.orderProblem(previous, read.get());
                if (problem != null) {
                    errors.add(item.location("date"), "date", String.valueOf(read.get().date()), problem);
                }
                previous = read.get();
                result.add(read.get());
            }
        }
        return errors.size() == before ? result : List.of();
    }

    /**
     * One assessment (an item of a link's {@code assessments}, or a row of {@code assessments.csv}). Without a date it
     * is the older single charter and may hold nothing else.
     */
    public static Optional<Assessment> readAssessment(FieldSource in, Errors errors) {
        int before = errors.size();
        rejectUnknownFields(in, ASSESSMENT_FIELDS, errors);
        LocalDate date = date(in, "date", errors);
        String assessedBy = text(in, "assessedBy", Text.Kind.LINE, Limits.MAX_LINE_LENGTH, errors);
        Charter charter = in.object("charter", errors).map(c -> readCharter(c, errors)).orElse(null);
        Map<Factor, Integer> factors = in.object("factors", errors)
                .map(f -> readScores(f, Factor.class, errors)).orElse(Map.of());
        Map<Challenge, ChallengeLevel> challenges = in.object("challenges", errors)
                .map(c -> readLevels(c, errors)).orElse(Map.of());
        Evaluation evaluation = optionalEnum(in, "evaluation", Evaluation.class, errors).orElse(null);
        String evaluationUrl = url(in, "evaluationUrl", errors);
        Boolean communityInvolvement = in.bool("communityInvolvement", errors).orElse(null);
        String benefitsToWales = text(in, "benefitsToWales", Text.Kind.LONG, Limits.MAX_TEXT_LENGTH, errors);
        String benefitsToPartner = text(in, "benefitsToPartner", Text.Kind.LONG, Limits.MAX_TEXT_LENGTH, errors);
        List<String> funders = in.list("funders", Limits.MAX_FUNDERS, errors).orElse(List.of());
        for (String funder : funders) {
            String problem = Assessment.funderProblem(funder);
            if (problem != null) {
                errors.add(in.location("funders"), "funders", funder, problem);
            }
        }
        Integer fundedUntil = in.integer("fundedUntil", errors).orElse(null);
        String fundedProblem = Assessment.fundedUntilProblem(fundedUntil);
        if (fundedProblem != null) {
            errors.add(in.location("fundedUntil"), "fundedUntil", String.valueOf(fundedUntil), fundedProblem);
        }
        Boolean exitStrategy = in.bool("exitStrategy", errors).orElse(null);
        var outcomes = new ArrayList<Outcome>();
        for (FieldSource item : in.objects("outcomes", Limits.MAX_OUTCOMES, errors).orElse(List.of())) {
            readOutcome(item, errors).ifPresent(outcomes::add);
        }
        List<Source> sources = in.sources("sources", errors).orElse(List.of());
        if (errors.size() != before) {
            return Optional.empty();
        }
        Supplier<Assessment> dated = () -> new Assessment(date == null ? Assessment.FIRST_DATE : date, assessedBy,
                charter, factors, challenges, evaluation, evaluationUrl, communityInvolvement, benefitsToWales,
                benefitsToPartner, funders, fundedUntil, exitStrategy, outcomes, sources);
        Optional<Assessment> assessment = build(in, errors, dated);
        if (date != null || assessment.isEmpty()) {
            return assessment;
        }
        if (!assessment.get().holdsOnlyACharter()) {
            errors.add(in.location("date"), "date", null, "missing date: " + Assessment.UNDATED_PROBLEM);
            return Optional.empty();
        }
        return Optional.of(Assessment.undated(assessment.get().charter()));
    }

    private static Optional<Outcome> readOutcome(FieldSource in, Errors errors) {
        int before = errors.size();
        rejectUnknownFields(in, OUTCOME_FIELDS, errors);
        String indicator = required(in, "indicator", errors).orElse(null);
        String indicatorProblem = indicator == null ? null : Outcome.indicatorProblem(indicator);
        if (indicatorProblem != null) {
            errors.add(in.location("indicator"), "indicator", indicator, indicatorProblem);
        }
        int beforeValue = errors.size();
        BigDecimal value = in.decimal("value", errors).orElse(null);
        if (value == null && errors.size() == beforeValue) {
            errors.add(in.location("value"), "value", null, "missing value");
        }
        String valueProblem = value == null ? null : Outcome.valueProblem(value);
        if (valueProblem != null) {
            errors.add(in.location("value"), "value", value.toString(), valueProblem);
        }
        Integer year = year(in, "year", errors);
        String source = in.text("source", errors).orElse(null);
        String sourceProblem = Outcome.sourceProblem(source);
        if (sourceProblem != null) {
            errors.add(in.location("source"), "source", source, sourceProblem);
        }
        if (errors.size() != before) {
            return Optional.empty();
        }
        return build(in, errors, () -> new Outcome(indicator, value, year, source));
    }

    private static Charter readCharter(FieldSource in, Errors errors) {
        Map<CharterFoundation, Integer> scores = readScores(in, CharterFoundation.class, errors);
        return scores == null ? null : Charter.of(scores);
    }

    /** Scores 0–3 by key; {@code null} where any is wrong. */
    private static <K extends Enum<K> & Keyed> Map<K, Integer> readScores(FieldSource in, Class<K> type, Errors errors) {
        rejectUnknownFields(in, keys(type), errors);
        var scores = new EnumMap<K, Integer>(type);
        boolean ok = true;
        for (K key : type.getEnumConstants()) {
            int before = errors.size();
            Integer score = in.integer(key.key(), errors).orElse(null);
            if (!Charter.isValidScore(score)) {
                errors.add(in.location(key.key()), key.key(), String.valueOf(score),
                        "must be " + Charter.MIN_SCORE + "-" + Charter.MAX_SCORE);
            }
            if (errors.size() != before) {
                ok = false;
            } else if (score != null) {
                scores.put(key, score);
            }
        }
        return ok ? scores : null;
    }

    private static Map<Challenge, ChallengeLevel> readLevels(FieldSource in, Errors errors) {
        rejectUnknownFields(in, CHALLENGE_FIELDS, errors);
        var levels = new EnumMap<Challenge, ChallengeLevel>(Challenge.class);
        for (Challenge challenge : Challenge.values()) {
            optionalEnum(in, challenge.key(), ChallengeLevel.class, errors).ifPresent(l -> levels.put(challenge, l));
        }
        return levels;
    }

    /**
     * Builds a record whose fields were all checked. A constructor that still refuses means a rule is missing here;
     * the refusal is reported at the record instead of escaping as an exception.
     */
    private static <T> Optional<T> build(FieldSource in, Errors errors, Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(in.location(), null, null, MODEL_REFUSED + e.getMessage());
            return Optional.empty();
        }
    }

    // --- field helpers -----------------------------------------------------------------------------------------

    private static void rejectUnknownFields(FieldSource in, Set<String> allowed, Errors errors) {
        for (String field : in.fieldNames()) {
            if (!allowed.contains(field)) {
                errors.add(in.location(field), field, null, "unknown field \"" + field + "\" (allowed: "
                        + String.join(", ", allowed) + ")");
            }
        }
    }

    private static Optional<String> required(FieldSource in, String field, Errors errors) {
        int before = errors.size();
        Optional<String> value = in.text(field, errors);
        if (value.isEmpty() && errors.size() == before) {
            errors.add(in.location(field), field, null, "missing " + field);
        }
        return value;
    }

    private static String requiredId(FieldSource in, String field, Errors errors) {
        String id = required(in, field, errors).orElse(null);
        if (id != null && !Ids.isValidId(id)) {
            errors.add(in.location(field), field, id, "not a valid id (lower-case letters, digits and '-', "
                    + "starting with a letter or digit, at most " + Limits.MAX_ID_LENGTH + " characters)");
            return null;
        }
        return id;
    }

    /** A required name: one visible line (names are kept verbatim, so a blank one is refused, not dropped). */
    private static String name(FieldSource in, String field, Errors errors) {
        String name = required(in, field, errors).orElse(null);
        String problem = Text.problem(name, Text.Kind.LINE, Limits.MAX_NAME_LENGTH);
        if (problem != null) {
            errors.add(in.location(field), field, name, problem);
            return null;
        }
        return name;
    }

    /** Optional text: absent or blank is {@code null}; otherwise the rules of {@link Text}. */
    private static String text(FieldSource in, String field, Text.Kind kind, int maxLength, Errors errors) {
        String value = in.text(field, errors).orElse(null);
        if (Text.isBlank(value)) {
            return null;
        }
        String problem = Text.problem(value, kind, maxLength);
        if (problem != null) {
            errors.add(in.location(field), field, value, problem);
            return null;
        }
        return value;
    }

    private static String url(FieldSource in, String field, Errors errors) {
        String value = in.text(field, errors).orElse(null);
        if (Text.isBlank(value)) {
            return null;
        }
        String problem = WebAddress.problem(value);
        if (problem != null) {
            errors.add(in.location(field), field, value, problem);
            return null;
        }
        return value;
    }

    private static Integer year(FieldSource in, String field, Errors errors) {
        Integer year = in.integer(field, errors).orElse(null);
        if (!Ids.isValidYear(year)) {
            errors.add(in.location(field), field, String.valueOf(year),
                    "year must be between " + Ids.FIRST_YEAR + " and " + Ids.lastYear());
            return null;
        }
        return year;
    }

    private static LocalDate date(FieldSource in, String field, Errors errors) {
        String text = in.text(field, errors).orElse(null);
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(in.location(field), field, text, "expected an ISO date (2026-06-30), found \"" + text + "\"");
            return null;
        }
        String problem = Assessment.dateProblem(date);
        if (problem != null) {
            errors.add(in.location(field), field, text, problem);
            return null;
        }
        return date;
    }

    private static <E extends Enum<E>> Optional<E> requiredEnum(FieldSource in, String field, Class<E> type, Errors errors) {
        int before = errors.size();
        Optional<E> value = optionalEnum(in, field, type, errors);
        if (value.isEmpty() && errors.size() == before) {
            errors.add(in.location(field), field, null, "missing " + field + " (one of " + choices(type) + ")");
        }
        return value;
    }

    private static <E extends Enum<E>> Optional<E> optionalEnum(FieldSource in, String field, Class<E> type, Errors errors) {
        return in.text(field, errors).flatMap(text -> parseEnum(in, field, text, type, errors));
    }

    private static <E extends Enum<E>> List<E> enumList(FieldSource in, String field, Class<E> type, int maxItems,
                                                        Errors errors) {
        var result = new ArrayList<E>();
        for (String text : in.list(field, maxItems, errors).orElse(List.of())) {
            parseEnum(in, field, text, type, errors).filter(e -> !result.contains(e)).ifPresent(result::add);
        }
        return result;
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(FieldSource in, String field, String text, Class<E> type,
                                                            Errors errors) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return Optional.of(constant);
            }
        }
        errors.add(in.location(field), field, text, "\"" + shortened(text) + "\" is not one of " + choices(type));
        return Optional.empty();
    }

    /** A value quoted inside a message: hostile input must not make a message megabytes long. */
    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static String choices(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static List<Source> sources(FieldSource in, Confidence confidence, Errors errors) {
        int before = errors.size();
        List<Source> sources = in.sources("sources", errors).orElse(List.of());
        if (errors.size() == before && confidence != null && confidence.requiresSource() && sources.isEmpty()) {
            errors.add(in.location("sources"), "sources", null,
                    "at least one source is needed for confidence " + confidence + " (only ILLUSTRATIVE may have none)");
        }
        return sources;
    }
}
