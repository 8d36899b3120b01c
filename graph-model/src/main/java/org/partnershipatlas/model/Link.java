package org.partnershipatlas.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A relationship between two organisations (see {@link LinkKind} for the direction conventions).
 *
 * @param id         stable identifier ({@link Ids#ID})
 * @param from       organisation id
 * @param to         organisation id, not {@code from}
 * @param kind       what the link is
 * @param since      first year, or {@code null}
 * @param until      last year, or {@code null}; not before {@code since}
 * @param status     active, ended, proposed or unknown, as the latest dated source shows it
 * @param lastEvidence the year of the latest dated source that shows the link (so "active" reads "seen active in
 *                    2023"), or {@code null}; a year from {@value Ids#FIRST_YEAR} to next year
 * @param themes      themes, as the controlled list's English labels ({@link Themes}; imports map variants and refuse
 *                    unknown themes unless an administrator accepts them, see
 *                    {@link org.partnershipatlas.model.validation.ThemePolicy}): at most
 *                    {@value Limits#MAX_THEMES}, each one line of at most {@value Limits#MAX_LINE_LENGTH} characters
 *                    without {@code ;}
 * @param activities  which of the Welsh definition's four activities it involves
 * @param learning    which way learning flows
 * @param strength    1–5, or {@code null}
 * @param confidence  how firmly the sources support it
 * @param sources     citations (at most {@value Limits#MAX_SOURCES}); at least one unless
 *                    {@link Confidence#ILLUSTRATIVE}
 * @param assessments dated self-assessments of its quality, oldest first (at most {@value Limits#MAX_ASSESSMENTS});
 *                    an undated one (the older single charter) only first
 */
public record Link(
        String id,
        String from,
        String to,
        LinkKind kind,
        Integer since,
        Integer until,
        LinkStatus status,
        Integer lastEvidence,
        List<String> themes,
        List<Activity> activities,
        Learning learning,
        Integer strength,
        Confidence confidence,
        List<Source> sources,
        List<Assessment> assessments) {

    public static final int MIN_STRENGTH = 1;
    public static final int MAX_STRENGTH = 5;
    /** Separates themes in a spreadsheet cell, so no theme may contain it. */
    public static final String THEME_SEPARATOR = ";";

    public Link {
        Ids.requireId(id, "link");
        Ids.requireId(from, "link from");
        Ids.requireId(to, "link to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("link " + id + " joins " + from + " to itself");
        }
        Objects.requireNonNull(kind, "kind");
        Ids.requireYear(since, "since");
        Ids.requireYear(until, "until");
        if (since != null && until != null && since > until) {
            throw new IllegalArgumentException("link " + id + " ends (" + until + ") before it starts (" + since + ")");
        }
        status = status == null ? LinkStatus.UNKNOWN : status;
        Ids.requireYear(lastEvidence, "lastEvidence");
        themes = themes == null ? List.of() : themes.stream().map(t -> t == null ? null : t.strip()).toList();
        if (themes.size() > Limits.MAX_THEMES) {
            throw new IllegalArgumentException("link " + id + " has more than " + Limits.MAX_THEMES + " themes");
        }
        for (String theme : themes) {
            String problem = themeProblem(theme);
            if (problem != null) {
                throw new IllegalArgumentException("link " + id + ": " + problem);
            }
        }
        activities = List.copyOf(activities == null ? List.of() : activities);
        if (activities.size() > Limits.MAX_ACTIVITIES) {
            throw new IllegalArgumentException("link " + id + " has more than " + Limits.MAX_ACTIVITIES + " activities");
        }
        learning = learning == null ? Learning.UNKNOWN : learning;
        if (!isValidStrength(strength)) {
            throw new IllegalArgumentException("strength must be " + MIN_STRENGTH + "-" + MAX_STRENGTH + ": " + strength);
        }
        Objects.requireNonNull(confidence, "confidence");
        sources = List.copyOf(sources == null ? List.of() : sources);
        if (sources.size() > Limits.MAX_SOURCES) {
            throw new IllegalArgumentException("link " + id + " has more than " + Limits.MAX_SOURCES + " sources");
        }
        if (confidence.requiresSource() && sources.isEmpty()) {
            throw new IllegalArgumentException("link " + id + " of confidence " + confidence + " needs a source");
        }
        assessments = List.copyOf(assessments == null ? List.of() : assessments);
        if (assessments.size() > Limits.MAX_ASSESSMENTS) {
            throw new IllegalArgumentException("link " + id + " has more than " + Limits.MAX_ASSESSMENTS + " assessments");
        }
        for (int i = 1; i < assessments.size(); i++) {
            String problem = Assessment.orderProblem(assessments.get(i - 1), assessments.get(i));
            if (problem != null) {
                throw new IllegalArgumentException("link " + id + ": " + problem);
            }
        }
    }

    /** A link without a year of latest evidence (the signature before {@code lastEvidence}). */
    public Link(String id, String from, String to, LinkKind kind, Integer since, Integer until, LinkStatus status,
                List<String> themes, List<Activity> activities, Learning learning, Integer strength,
                Confidence confidence, List<Source> sources, List<Assessment> assessments) {
        this(id, from, to, kind, since, until, status, null, themes, activities, learning, strength, confidence,
                sources, assessments);
    }

    /**
     * A link with the older single Charter self-assessment (the signature before dated assessments): a charter
     * becomes one {@linkplain Assessment#undated(Charter) undated assessment}; {@code null} or a charter without a
     * score, none.
     */
    public Link(String id, String from, String to, LinkKind kind, Integer since, Integer until, LinkStatus status,
                List<String> themes, List<Activity> activities, Learning learning, Integer strength, Charter charter,
                Confidence confidence, List<Source> sources) {
        this(id, from, to, kind, since, until, status, null, themes, activities, learning, strength, confidence,
                sources, charter == null || charter.isEmpty() ? List.of() : List.of(Assessment.undated(charter)));
    }

    /** What is wrong with a theme, or {@code null}: one visible line without {@code ;}. */
    public static String themeProblem(String theme) {
        return Text.itemProblem("theme", theme, THEME_SEPARATOR, Limits.MAX_LINE_LENGTH);
    }

    /** The latest assessment: the link's current quality. */
    public Optional<Assessment> latestAssessment() {
        return assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 1));
    }

    /** The latest assessment's Charter scores, or {@code null} where it has none (or there is no assessment). */
    public Charter charter() {
        return latestAssessment().map(Assessment::charter).orElse(null);
    }

    /** This link with other assessments. */
    public Link withAssessments(List<Assessment> newAssessments) {
        return new Link(id, from, to, kind, since, until, status, lastEvidence, themes, activities, learning, strength,
                confidence, sources, newAssessments);
    }

    /** This link with other themes (as an import maps variants to the list's labels). */
    public Link withThemes(List<String> newThemes) {
        return new Link(id, from, to, kind, since, until, status, lastEvidence, newThemes, activities, learning,
                strength, confidence, sources, assessments);
    }

    /** This link between other organisations (a predecessor's link carried forward to its successor). */
    public Link withEnds(String newFrom, String newTo) {
        return new Link(id, newFrom, newTo, kind, since, until, status, lastEvidence, themes, activities, learning,
                strength, confidence, sources, assessments);
    }

    /** This link with other sources, confidence and all (a return's correction, cited to the return). */
    public Link withSources(Confidence newConfidence, List<Source> newSources) {
        return new Link(id, from, to, kind, since, until, status, lastEvidence, themes, activities, learning, strength,
                newConfidence, newSources, assessments);
    }

    public static boolean isValidStrength(Integer strength) {
        return strength == null || (strength >= MIN_STRENGTH && strength <= MAX_STRENGTH);
    }

    /** The other end of this link seen from {@code organisationId}. */
    public String otherEnd(String organisationId) {
        return from.equals(organisationId) ? to : from;
    }

    public boolean touches(String organisationId) {
        return from.equals(organisationId) || to.equals(organisationId);
    }

    /**
     * Whether the link exists in {@code year}: it started in or before that year (or its start is unknown) and did not
     * end before it.
     */
    public boolean isActiveIn(int year) {
        return (since == null || since <= year) && (until == null || until >= year);
    }

    /** The tie strength used as an analytics weight: {@code strength}, or 1 where none is recorded. */
    public double weight() {
        return strength == null ? 1.0 : strength;
    }
}
