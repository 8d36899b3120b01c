package org.partnershipatlas.texts;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text a reader sees, in English and Welsh, for the views and the API alike: one bundle per feature area under
 * {@code i18n/} ({@code translations} for the frame and shared words, {@code explorer} for the network and map views,
 * {@code decisions} for the Health Boards, brokers, introductions and what-if views, {@code access} for sign-in,
 * users and tokens, {@code stewardship} for the Data and History views, {@code quality} for partnership quality,
 * {@code returns} for partnership returns, {@code backups} for backups and restores, {@code findings} for the
 * analyses' findings, {@code story} for the overview, profiles, stories, embeds and the accessibility statement),
 * each with a {@code _cy} Welsh twin, sorted by key. A key missing in Welsh falls back to English; a key missing in
 * both shows as {@code !key!} so that tests notice. The views reach it through the UI's Vaadin translation provider;
 * services and controllers use it directly.
 */
@Component
public class Texts {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale WELSH = Locale.forLanguageTag("cy");
    private static final Logger log = LoggerFactory.getLogger(Texts.class);
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\d");
    /** Searched in this order; a key belongs to exactly one of them. */
    public static final List<String> BUNDLES = List.of("i18n/translations", "i18n/explorer", "i18n/decisions",
            "i18n/access", "i18n/stewardship", "i18n/quality", "i18n/returns", "i18n/backups", "i18n/findings",
            "i18n/story");

    /** The languages there are texts for. */
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, WELSH);
    }

    /** Whether texts for this locale are in Welsh (every other locale gets English). */
    public static boolean isWelsh(Locale locale) {
        return locale != null && WELSH.getLanguage().equals(locale.getLanguage());
    }

    /** The text for {@code key} in English or Welsh, formatted with {@code params} by {@link MessageFormat}. */
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = isWelsh(locale) ? WELSH : ENGLISH;
        for (String name : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(name, wanted, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
            } catch (MissingResourceException noSuchBundle) {
                continue;
            }
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                // Only a text with parameters is a MessageFormat pattern (its apostrophes written ''); one without is
                // shown as written, whatever the caller passes. British conventions for English (never 1/16/2027).
                return params.length == 0 || !PARAMETER.matcher(pattern).find() ? pattern
                        : new MessageFormat(pattern, isWelsh(wanted) ? wanted : ReaderWords.BRITISH).format(params);
            }
        }
        log.warn("Missing UI text {} ({})", key, wanted);
        return "!" + key + "!";
    }
}
