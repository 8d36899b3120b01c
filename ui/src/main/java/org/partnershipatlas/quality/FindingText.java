package org.partnershipatlas.quality;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.partnershipatlas.analytics.quality.Finding;
import org.partnershipatlas.layout.AtlasI18NProvider;
import org.partnershipatlas.model.Challenge;
import org.partnershipatlas.model.Factor;
import org.partnershipatlas.model.Keyed;

/**
 * Findings and reasons (codes with arguments from the analytics) in the reader's language: the UI's bundles hold
 * {@code finding.<CODE>} in English and Welsh; arguments that name a factor or challenge are translated too.
 */
@Component
public class FindingText {
    private final AtlasI18NProvider i18n;

    public FindingText(AtlasI18NProvider i18n) {
        this.i18n = i18n;
    }

    public String render(Finding f, Locale locale) {
        Map<String, Object> a = f.arguments();
        return switch (f.code()) {
            case "ASSESSED" -> a.containsKey("weakest")
                    ? i18n.getTranslation("finding.ASSESSED.weakest", locale, a.get("assessed"), a.get("links"),
                            factor(String.valueOf(a.get("weakest")), locale), number(a.get("mean"), locale))
                    : i18n.getTranslation("finding.ASSESSED", locale, a.get("assessed"), a.get("links"));
            case "NONE_ASSESSED" -> i18n.getTranslation("finding.NONE_ASSESSED", locale, a.get("links"));
            case "FUNDING_ENDS", "FUNDING_ENDED" -> i18n.getTranslation("finding." + f.code(), locale,
                    String.valueOf(a.get("year")));
            case "SINGLE_FUNDER" -> i18n.getTranslation("finding.SINGLE_FUNDER", locale, a.get("funder"));
            case "MAJOR_CHALLENGE" -> i18n.getTranslation("finding.MAJOR_CHALLENGE", locale,
                    challenge(String.valueOf(a.get("challenge")), locale));
            default -> i18n.getTranslation("finding." + f.code(), locale);
        };
    }

    public String factor(String key, Locale locale) {
        return Keyed.byKey(Factor.class, key).map(x -> i18n.getTranslation("factor." + key, locale)).orElse(key);
    }

    public String challenge(String key, Locale locale) {
        return Keyed.byKey(Challenge.class, key).map(x -> i18n.getTranslation("challenge." + key, locale)).orElse(key);
    }

    private static String number(Object value, Locale locale) {
        return value instanceof Number n ? String.format(locale, "%.1f", n.doubleValue()) : String.valueOf(value);
    }
}
