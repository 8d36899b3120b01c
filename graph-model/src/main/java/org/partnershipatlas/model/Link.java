package org.partnershipatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A relationship between two organisations (see {@link LinkKind} for the direction conventions).
 *
 * @param id         stable identifier ({@link Ids#ID})
 * @param from       organisation id
 * @param to         organisation id, not {@code from}
 * @param kind       what the link is
 * @param since      first year, or {@code null}
 * @param until      last year, or {@code null}; not before {@code since}
 * @param status     active, ended, proposed or unknown
 * @param themes     free-text themes from an extensible list (e.g. "mental health")
 * @param activities which of the Welsh definition's four activities it involves
 * @param learning   which way learning flows
 * @param strength   1–5, or {@code null}
 * @param charter    Charter self-assessment, or {@code null}
 * @param confidence how firmly the sources support it
 * @param sources    citations; at least one unless {@link Confidence#ILLUSTRATIVE}
 */
public record Link(
        String id,
        String from,
        String to,
        LinkKind kind,
        Integer since,
        Integer until,
        LinkStatus status,
        List<String> themes,
        List<Activity> activities,
        Learning learning,
        Integer strength,
        Charter charter,
        Confidence confidence,
        List<Source> sources) {

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
        themes = themes == null ? List.of() : themes.stream().map(String::strip).toList();
        if (themes.stream().anyMatch(t -> t.isEmpty() || t.contains(THEME_SEPARATOR))) {
            throw new IllegalArgumentException("link " + id + " has a blank theme or one containing ';': " + themes);
        }
        activities = List.copyOf(activities == null ? List.of() : activities);
        learning = learning == null ? Learning.UNKNOWN : learning;
        if (!isValidStrength(strength)) {
            throw new IllegalArgumentException("strength must be " + MIN_STRENGTH + "-" + MAX_STRENGTH + ": " + strength);
        }
        Objects.requireNonNull(confidence, "confidence");
        sources = List.copyOf(sources == null ? List.of() : sources);
        if (confidence.requiresSource() && sources.isEmpty()) {
            throw new IllegalArgumentException("link " + id + " of confidence " + confidence + " needs a source");
        }
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
