package org.partnershipatlas.model;

/**
 * A link's self-assessment against the four foundations of the Charter for International Health Partnerships in
 * Wales, each scored 0–3; any score may be {@code null} (not assessed).
 */
public record Charter(
        Integer organisationalResponsibilities,
        Integer reciprocalPartnership,
        Integer goodPractice,
        Integer soundGovernance) {

    public static final int MAX_SCORE = 3;

    public Charter {
        requireScore(organisationalResponsibilities, "organisationalResponsibilities");
        requireScore(reciprocalPartnership, "reciprocalPartnership");
        requireScore(goodPractice, "goodPractice");
        requireScore(soundGovernance, "soundGovernance");
    }

    public static boolean isValidScore(Integer score) {
        return score == null || (score >= 0 && score <= MAX_SCORE);
    }

    private static void requireScore(Integer score, String field) {
        if (!isValidScore(score)) {
            throw new IllegalArgumentException("charter " + field + " must be 0-" + MAX_SCORE + ": " + score);
        }
    }
}
