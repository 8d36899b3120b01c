package org.partnershipatlas.model;

/**
 * The five challenges of international health partnerships, from the seed paper (Part 3, "Challenges associated with
 * international health partnerships"); an {@link Assessment} rates each {@link ChallengeLevel NONE, SOME or MAJOR},
 * or leaves it out when it was not assessed.
 */
public enum Challenge implements Keyed {
    CULTURAL_DIFFERENCES("culturalDifferences",
            "Cultural and contextual differences between partner countries, which need sensitivity and adaptability."),
    POWER_IMBALANCE("powerImbalance",
            "Power imbalances between partners that hinder a truly equitable partnership."),
    LOGISTICS("logistics",
            "Differences in language, infrastructure and geographical distance."),
    MONITORING_EVALUATION("monitoringEvaluation",
            "Setting up monitoring and evaluation that assess the partnership's impact and ensure accountability."),
    SUSTAINABLE_FUNDING("sustainableFunding",
            "Maintaining long-term commitment and securing sustainable funding.");

    private final String key;
    private final String meaning;

    Challenge(String key, String meaning) {
        this.key = key;
        this.meaning = meaning;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
