package org.partnershipatlas.analytics.quality;

import java.util.Locale;

/** The English of each quality finding and at-risk reason, for the command line and logs. */
final class QualityTexts {
    private QualityTexts() {
    }

    static String english(Finding f) {
        var a = f.arguments();
        return switch (f.code()) {
            case "NO_LINKS" -> "no known partner link";
            case "NONE_ASSESSED" -> "none of its " + a.get("links") + " links assessed";
            case "ASSESSED" -> a.get("assessed") + " of " + a.get("links") + " links assessed"
                    + (a.containsKey("weakest") ? "; weakest: " + factor(a.get("weakest")) + " (" + a.get("mean") + " of 3)"
                    : "");
            case "FUNDING_ENDS" -> "funding ends in " + a.get("year");
            case "FUNDING_ENDED" -> "funding ended in " + a.get("year");
            case "NO_EXIT_STRATEGY" -> "no exit strategy";
            case "SINGLE_FUNDER" -> "one funder only (" + a.get("funder") + ")";
            case "NO_EVALUATION" -> "no monitoring and evaluation";
            case "MAJOR_CHALLENGE" -> "major challenge: " + String.valueOf(a.get("challenge")).toLowerCase(Locale.ROOT)
                    .replace('_', ' ');
            default -> f.code() + " " + a;
        };
    }

    private static String factor(Object key) {
        return String.valueOf(key).replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
    }
}
