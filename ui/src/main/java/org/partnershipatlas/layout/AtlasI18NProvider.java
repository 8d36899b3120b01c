package org.partnershipatlas.layout;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every UI text of Partnership Atlas in English and Welsh: one bundle per feature area under {@code i18n/}
 * ({@code translations} for the frame and shared words, {@code explorer} for the network and map views,
 * {@code decisions} for the Health Boards, brokers, introductions and what-if views, {@code access} for sign-in,
 * users and tokens, {@code stewardship} for the Data and History views, {@code quality} for partnership quality,
 * {@code returns} for partnership returns, {@code backups} for backups and restores, {@code findings} for the
 * analyses' findings, {@code story} for the overview, profiles, stories, embeds and the accessibility statement),
 * each with a {@code _cy}
 * Welsh twin, sorted by key. Vaadin picks the browser's language
 * when it is one of these; {@link LanguageSwitch} in {@link MainLayout} changes it. A key missing in Welsh falls
 * back to English; a key missing in both shows as {@code !key!} so that tests notice.
 */
@Component
public class AtlasI18NProvider implements I18NProvider {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale WELSH = Locale.forLanguageTag("cy");
    private static final Logger log = LoggerFactory.getLogger(AtlasI18NProvider.class);
    private static final java.util.regex.Pattern PARAMETER = java.util.regex.Pattern.compile("\\{\\s*\\d");
    /** Searched in this order; a key belongs to exactly one of them. */
    static final List<String> BUNDLES = List.of("i18n/translations", "i18n/explorer", "i18n/decisions", "i18n/access",
            "i18n/stewardship", "i18n/quality", "i18n/returns",
            "i18n/backups", "i18n/findings", "i18n/story");

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, WELSH);
    }

    /** Whether texts for this locale are in Welsh (every other locale gets English). */
    public static boolean isWelsh(Locale locale) {
        return locale != null && WELSH.getLanguage().equals(locale.getLanguage());
    }

    @Override
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
