package org.partnershipatlas.model;

/**
 * The five challenges of international health partnerships, from the seed paper (Part 3, "Challenges associated with
 * international health partnerships"); an {@link Assessment} rates each {@link ChallengeLevel NONE, SOME or MAJOR},
 * or leaves it out when it was not assessed.
 */
public enum Challenge implements Keyed {
    CULTURAL_DIFFERENCES(
            "Cultural and contextual differences between partner countries, which need sensitivity and adaptability."),
    POWER_IMBALANCE(
            "Power imbalances between partners that hinder a truly equitable partnership."),
    LOGISTICS(
            "Differences in language, infrastructure and geographical distance."),
    MONITORING_EVALUATION(
            "Setting up monitoring and evaluation that assess the partnership's impact and ensure accountability."),
    SUSTAINABLE_FUNDING(
            "Maintaining long-term commitment and securing sustainable funding.");

    private final String meaning;

    Challenge(String meaning) {
        this.meaning = meaning;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
