package org.partnershipatlas.model;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One dated self-assessment of a link's quality (docs/FORMAT.md, "Optional fields for quality, succession and
 * placeholders"). A link keeps its assessments oldest first; the latest is its current quality.
 *
 * <p><b>Undated:</b> the older format had one {@code charter} object per link, with no date. It reads as an assessment
 * whose {@code date} is {@code null} and which holds nothing but that charter ({@link #undated(Charter)}). Only such
 * an assessment may lack a date, and it can only come first in a link's list.
 *
 * @param date                 when it was made (ISO), not after today anywhere on Earth; {@code null} only for the
 *                             older single charter
 * @param assessedBy           who made it (one line), or {@code null}
 * @param charter              scores against the Charter's four foundations, or {@code null} (a charter with no
 *                             score is stored as {@code null})
 * @param factors              scores 0–3 of the paper's success factors; a factor left out was not assessed (never 0)
 * @param challenges           how much each challenge troubles the partnership; left out = not assessed
 * @param evaluation           how far its evaluation has come, or {@code null}
 * @param evaluationUrl        an http(s) address of the evaluation ({@link WebAddress}), or {@code null}
 * @param communityInvolvement whether local communities are involved, or {@code null} where not stated
 * @param benefitsToWales      long text, or {@code null}
 * @param benefitsToPartner    long text, or {@code null}
 * @param funders              who funds it (one line each, without {@code ;})
 * @param fundedUntil          the last funded year, or {@code null}
 * @param exitStrategy         whether it has an exit strategy, or {@code null} where not stated
 * @param outcomes             results reported
 * @param sources              where the assessment comes from (a partnership return, a report)
 */
public record Assessment(
        LocalDate date,
        String assessedBy,
        Charter charter,
        Map<Factor, Integer> factors,
        Map<Challenge, ChallengeLevel> challenges,
        Evaluation evaluation,
        String evaluationUrl,
        Boolean communityInvolvement,
        String benefitsToWales,
        String benefitsToPartner,
        List<String> funders,
        Integer fundedUntil,
        Boolean exitStrategy,
        List<Outcome> outcomes,
        List<Source> sources) {

    /** The earliest date an assessment may carry. */
    public static final LocalDate FIRST_DATE = LocalDate.of(Ids.FIRST_YEAR, 1, 1);
    /** Separates funders in a spreadsheet cell, so no funder may contain it. */
    public static final String FUNDER_SEPARATOR = ";";

    public Assessment {
        assessedBy = Text.blankToNull(assessedBy);
        charter = charter == null || charter.isEmpty() ? null : charter;
        factors = scores(factors, Factor.class);
        challenges = levels(challenges);
        evaluationUrl = Text.blankToNull(evaluationUrl);
        benefitsToWales = Text.blankToNull(benefitsToWales);
        benefitsToPartner = Text.blankToNull(benefitsToPartner);
        funders = funders == null ? List.of() : funders.stream().map(f -> f == null ? null : f.strip()).toList();
        outcomes = List.copyOf(outcomes == null ? List.of() : outcomes);
        sources = List.copyOf(sources == null ? List.of() : sources);

        requireNoProblem(dateProblem(date), "date");
        Text.require(assessedBy, Text.Kind.LINE, Limits.MAX_LINE_LENGTH, "assessment assessedBy");
        if (evaluationUrl != null) {
            evaluationUrl = WebAddress.require(evaluationUrl, "assessment evaluationUrl");
        }
        Text.require(benefitsToWales, Text.Kind.LONG, Limits.MAX_TEXT_LENGTH, "assessment benefitsToWales");
        Text.require(benefitsToPartner, Text.Kind.LONG, Limits.MAX_TEXT_LENGTH, "assessment benefitsToPartner");
        requireNoProblem(countProblem(funders.size(), Limits.MAX_FUNDERS, "funders"), "funders");
        for (String funder : funders) {
            requireNoProblem(funderProblem(funder), "funders");
        }
        requireNoProblem(fundedUntilProblem(fundedUntil), "fundedUntil");
        requireNoProblem(countProblem(outcomes.size(), Limits.MAX_OUTCOMES, "outcomes"), "outcomes");
        requireNoProblem(countProblem(sources.size(), Limits.MAX_SOURCES, "sources"), "sources");
        if (date == null && !holdsOnlyACharter(charter, assessedBy, factors, challenges, evaluation, evaluationUrl,
                communityInvolvement, benefitsToWales, benefitsToPartner, funders, fundedUntil, exitStrategy, outcomes,
                sources)) {
            throw new IllegalArgumentException("assessment date: " + UNDATED_PROBLEM);
        }
    }

    /** Why an undated assessment with more than a charter is refused. */
    public static final String UNDATED_PROBLEM = "an assessment without a date is the older single charter and holds "
            + "nothing else: give the date it was made";

    /** The older single {@code charter} of a link (with at least one score), as an undated assessment. */
    public static Assessment undated(Charter charter) {
        if (charter == null || charter.isEmpty()) {
            throw new IllegalArgumentException("an undated assessment is a charter: it needs a score");
        }
        return new Assessment(null, null, charter, Map.of(), Map.of(), null, null, null, null, null, List.of(), null,
                null, List.of(), List.of());
    }

    /** Whether it holds a charter and nothing else (the date aside): what an undated assessment must be. */
    public boolean holdsOnlyACharter() {
        return holdsOnlyACharter(charter, assessedBy, factors, challenges, evaluation, evaluationUrl,
                communityInvolvement, benefitsToWales, benefitsToPartner, funders, fundedUntil, exitStrategy, outcomes,
                sources);
    }

    /** Whether this is the older single charter, without a date. */
    public boolean isUndated() {
        return date == null;
    }

    /**
     * The mean of the assessed {@linkplain Factor success factor} scores (0–3), or empty if no factor was assessed.
     * Factors left out do not count (they were not assessed; counting them as 0 would punish a partial return).
     */
    public OptionalDouble qualityMean() {
        return factors.values().stream().mapToInt(Integer::intValue).average();
    }

    // --- the rules, each usable on its own by the readers (which report them with a location) -------------------

    /** The latest date an assessment may carry: today where the day is furthest ahead (UTC+14). */
    public static LocalDate latestDate() {
        return LocalDate.now(ZoneOffset.ofHours(14));
    }

    /** What is wrong with an assessment's date, or {@code null} ({@code null} itself is the undated case). */
    public static String dateProblem(LocalDate date) {
        if (date == null) {
            return null;
        }
        if (date.isBefore(FIRST_DATE)) {
            return "date " + date + " is before " + FIRST_DATE;
        }
        if (date.isAfter(latestDate())) {
            return "date " + date + " is in the future";
        }
        return null;
    }

    /** What is wrong with a funder's name, or {@code null}. */
    public static String funderProblem(String funder) {
        return Text.itemProblem("funder", funder, FUNDER_SEPARATOR, Limits.MAX_LINE_LENGTH);
    }

    /** What is wrong with a {@code fundedUntil} year, or {@code null}: 1900 … this year + 25. */
    public static String fundedUntilProblem(Integer year) {
        int last = Ids.lastYear() - 1 + Limits.MAX_FUNDED_YEARS_AHEAD;
        if (year != null && (year < Ids.FIRST_YEAR || year > last)) {
            return "fundedUntil must be between " + Ids.FIRST_YEAR + " and " + last + ": " + year;
        }
        return null;
    }

    /** What is wrong with a list of {@code count} items where at most {@code max} are allowed, or {@code null}. */
    public static String countProblem(int count, int max, String what) {
        return count > max ? "more than " + max + " " + what + " (" + count + ")" : null;
    }

    /**
     * What is wrong with {@code next} following {@code previous} in a link's list, or {@code null}: oldest first, and
     * an undated assessment only first.
     */
    public static String orderProblem(Assessment previous, Assessment next) {
        if (previous == null) {
            return null;
        }
        if (next.isUndated()) {
            return "an undated assessment (the older single charter) can only be the first";
        }
        if (!previous.isUndated() && next.date().isBefore(previous.date())) {
            return "assessments go oldest first: " + next.date() + " comes after " + previous.date();
        }
        return null;
    }

    private static boolean holdsOnlyACharter(Charter charter, String assessedBy, Map<Factor, Integer> factors,
                                             Map<Challenge, ChallengeLevel> challenges, Evaluation evaluation,
                                             String evaluationUrl, Boolean communityInvolvement, String benefitsToWales,
                                             String benefitsToPartner, List<String> funders, Integer fundedUntil,
                                             Boolean exitStrategy, List<Outcome> outcomes, List<Source> sources) {
        return charter != null && assessedBy == null && factors.isEmpty() && challenges.isEmpty() && evaluation == null
                && evaluationUrl == null && communityInvolvement == null && benefitsToWales == null
                && benefitsToPartner == null && funders.isEmpty() && fundedUntil == null && exitStrategy == null
                && outcomes.isEmpty() && sources.isEmpty();
    }

    private static <K extends Enum<K> & Keyed> Map<K, Integer> scores(Map<K, Integer> given, Class<K> type) {
        var copy = new EnumMap<K, Integer>(type);
        if (given != null) {
            given.forEach((k, v) -> {
                if (k == null) {
                    throw new IllegalArgumentException("assessment: a score without a factor");
                }
                if (v != null) {
                    if (!Charter.isValidScore(v)) {
                        throw new IllegalArgumentException("assessment factor " + k.key() + " must be "
                                + Charter.MIN_SCORE + "-" + Charter.MAX_SCORE + ": " + v);
                    }
                    copy.put(k, v);
                }
            });
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Map<Challenge, ChallengeLevel> levels(Map<Challenge, ChallengeLevel> given) {
        var copy = new EnumMap<Challenge, ChallengeLevel>(Challenge.class);
        if (given != null) {
            given.forEach((k, v) -> {
                if (k == null) {
                    throw new IllegalArgumentException("assessment: a challenge level without a challenge");
                }
                if (v != null) {
                    copy.put(k, v);
                }
            });
        }
        return Collections.unmodifiableMap(copy);
    }

    private static void requireNoProblem(String problem, String field) {
        if (problem != null) {
            throw new IllegalArgumentException("assessment " + field + ": " + problem);
        }
    }
}
