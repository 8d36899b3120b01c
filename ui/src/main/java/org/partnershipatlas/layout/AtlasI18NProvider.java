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
 * Every UI text of Partnership Atlas in English and Welsh ({@code i18n/translations.properties} and
 * {@code translations_cy.properties}, sorted by key, one section per view). Vaadin picks the browser's language
 * when it is one of these; {@link LanguageSwitch} in {@link MainLayout} changes it. A key missing in Welsh falls
 * back to English; a key missing in both shows as {@code !key!} so that tests notice.
 */
@Component
public class AtlasI18NProvider implements I18NProvider {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale WELSH = Locale.forLanguageTag("cy");
    private static final Logger log = LoggerFactory.getLogger(AtlasI18NProvider.class);
    private static final String BUNDLE = "i18n/translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, WELSH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = locale != null && WELSH.getLanguage().equals(locale.getLanguage()) ? WELSH : ENGLISH;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, wanted, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, wanted).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing UI text {} ({})", key, wanted);
            return "!" + key + "!";
        }
    }
}
