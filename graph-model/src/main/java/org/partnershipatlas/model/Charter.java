package org.partnershipatlas.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * A self-assessment against the four {@linkplain CharterFoundation foundations} of the Charter for International
 * Health Partnerships in Wales, each scored 0–3; any score may be {@code null} (not assessed).
 */
public record Charter(
        Integer organisationalResponsibilities,
        Integer reciprocalPartnership,
        Integer goodPractice,
        Integer soundGovernance) {

    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 3;

    public Charter {
        requireScore(organisationalResponsibilities, CharterFoundation.ORGANISATIONAL_RESPONSIBILITIES);
        requireScore(reciprocalPartnership, CharterFoundation.RECIPROCAL_PARTNERSHIP);
        requireScore(goodPractice, CharterFoundation.GOOD_PRACTICE);
        requireScore(soundGovernance, CharterFoundation.SOUND_GOVERNANCE);
    }

    /** A charter from scores by foundation; foundations left out are not assessed. */
    public static Charter of(Map<CharterFoundation, Integer> scores) {
        return new Charter(scores.get(CharterFoundation.ORGANISATIONAL_RESPONSIBILITIES),
                scores.get(CharterFoundation.RECIPROCAL_PARTNERSHIP), scores.get(CharterFoundation.GOOD_PRACTICE),
                scores.get(CharterFoundation.SOUND_GOVERNANCE));
    }

    /** A score 0–3 (of a Charter foundation or of a success {@link Factor}), or {@code null} for not assessed. */
    public static boolean isValidScore(Integer score) {
        return score == null || (score >= MIN_SCORE && score <= MAX_SCORE);
    }

    /** Whether no foundation was assessed (such a charter says nothing, and is stored as no charter). */
    public boolean isEmpty() {
        return organisationalResponsibilities == null && reciprocalPartnership == null && goodPractice == null
                && soundGovernance == null;
    }

    /** The score of one foundation, or {@code null} if it was not assessed. */
    public Integer score(CharterFoundation foundation) {
        return switch (foundation) {
            case ORGANISATIONAL_RESPONSIBILITIES -> organisationalResponsibilities;
            case RECIPROCAL_PARTNERSHIP -> reciprocalPartnership;
            case GOOD_PRACTICE -> goodPractice;
            case SOUND_GOVERNANCE -> soundGovernance;
        };
    }

    /** The assessed scores by foundation, in foundation order. */
    public Map<CharterFoundation, Integer> scores() {
        var scores = new EnumMap<CharterFoundation, Integer>(CharterFoundation.class);
        for (CharterFoundation f : CharterFoundation.values()) {
            if (score(f) != null) {
                scores.put(f, score(f));
            }
        }
        return scores;
    }

    private static void requireScore(Integer score, CharterFoundation foundation) {
        if (!isValidScore(score)) {
            throw new IllegalArgumentException("charter " + foundation.key() + " must be " + MIN_SCORE + "-" + MAX_SCORE
                    + ": " + score);
        }
    }
}
