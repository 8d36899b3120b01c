package org.partnershipatlas.analytics.findings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A finding or reason as a code and its arguments, so that each reader gets it in their language: the analytics say
 * what ({@code ONLY_ROUTE_TO {count: 5, organisations: …}}), the UI and the API render the words (English, Welsh)
 * from their bundles with {@link FindingFormat}, and {@link #english()} gives the English for the command line and
 * logs.
 *
 * <p>Arguments a person reads carry names, never ids ({@code broker: "PONT"}); an id rides beside a name when a
 * link to the entity is useful ({@code brokerId: "pont"}). Values are numbers (percentages as 0–100), strings,
 * booleans, enums (translated by {@link FindingFormat}), {@link NameList}s and lists of {@link CountryCount}.
 *
 * @param code      stable, upper case with underscores; its text is {@code finding.<CODE>} in the bundles
 * @param arguments named values, in the order given (absent rather than {@code null})
 */
public record Finding(String code, Map<String, Object> arguments) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    public Finding {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("finding code must be UPPER_SNAKE: " + code);
        }
        var copy = new LinkedHashMap<String, Object>();
        arguments.forEach((k, v) -> {
            if (v != null) {
                copy.put(Objects.requireNonNull(k, "argument name"), v);
            }
        });
        arguments = Collections.unmodifiableMap(copy);
    }

    /** A finding from alternating names and values; {@code null} values are left out. */
    public static Finding of(String code, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must pair up: " + namesAndValues.length);
        }
        var args = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Finding(code, args);
    }

    /** The English sentence (the UI's bundles hold the same texts in English and Welsh). */
    public String english() {
        return FindingFormat.english(this);
    }
}
