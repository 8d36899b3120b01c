package org.partnershipatlas.texts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every text a reader sees, in English and Welsh, for the views and the API alike: one bundle per feature under
 * {@code i18n/}, named as the feature's package is ({@code healthboards}, {@code returns}; {@code common} for the
 * frame and shared words, {@code vocabulary} for the words of the data: types, statuses, themes' kinds, measures),
 * each with a {@code _cy} Welsh twin, sorted by key, found on the class path ({@link #BUNDLES}). A key missing in Welsh falls back to English; a key missing in
 * both shows as {@code !key!} so that tests notice. The views reach it through the UI's Vaadin translation provider;
 * services and controllers use it directly.
 */
@Component
public class Texts {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale WELSH = Locale.forLanguageTag("cy");
    private static final Logger log = LoggerFactory.getLogger(Texts.class);
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\d");
    /** A language's twin of a bundle ({@code returns_cy}). */
    private static final Pattern TRANSLATION = Pattern.compile(".+_[a-z]{2,3}");
    /**
     * The bundles under {@code i18n/}, found on the class path (a feature brings its own: {@code <feature>.properties}
     * and its Welsh twin {@code <feature>_cy.properties}, nothing to register), in name order; a key belongs to
     * exactly one of them (TranslationsTest).
     */
    public static final List<String> BUNDLES = discover();

    static List<String> discover() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(Texts.class.getClassLoader())
                    .getResources("classpath*:i18n/*.properties");
            return Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .filter(name -> !TRANSLATION.matcher(name).matches()).distinct().sorted()
                    .map(name -> "i18n/" + name).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the texts under i18n/", e);
        }
    }

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
