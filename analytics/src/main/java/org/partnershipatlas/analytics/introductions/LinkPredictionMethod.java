package org.partnershipatlas.analytics.introductions;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The five link-prediction scores, with NetworkX's definitions (see {@link LinkPrediction}). */
public enum LinkPredictionMethod {
    COMMON_NEIGHBOURS, JACCARD, ADAMIC_ADAR, RESOURCE_ALLOCATION, PREFERENTIAL_ATTACHMENT;

    /** The CLI spelling: {@code common-neighbours}, {@code adamic-adar}, … */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static LinkPredictionMethod parse(String text) {
        for (var m : values()) {
            if (m.cliName().equalsIgnoreCase(text.strip()) || m.name().equalsIgnoreCase(text.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method \"" + text + "\" (expected "
                + Arrays.stream(values()).map(LinkPredictionMethod::cliName).collect(Collectors.joining(", ")) + ")");
    }

    /** Whether the score needs a shared neighbour to be positive. */
    public boolean neighbourhood() {
        return this != PREFERENTIAL_ATTACHMENT;
    }
}
