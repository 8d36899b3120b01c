package org.partnershipatlas.analytics.quality;

import java.util.Map;
import java.util.Objects;

/**
 * A finding or reason as a code and its arguments, so that each reader gets it in their language: the analytics say
 * what ({@code NONE_ASSESSED {links: 4}}), the UI and API render the words (English, Welsh) from their bundles, and
 * {@link #english()} gives the English for the command line and logs.
 *
 * @param code      stable, upper case with underscores
 * @param arguments named values, in the order the sentence uses them
 */
public record Finding(String code, Map<String, Object> arguments) {
    public Finding {
        Objects.requireNonNull(code, "code");
        arguments = Map.copyOf(arguments);
    }

    public static Finding of(String code, Object... keysAndValues) {
        var args = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                args.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return new Finding(code, args);
    }

    /** The English sentence (the UI's bundles hold the same texts in English and Welsh). */
    public String english() {
        return QualityTexts.english(this);
    }
}
