package org.partnershipatlas.ui.components;

import org.partnershipatlas.ui.layout.MainLayout;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import org.partnershipatlas.texts.Texts;

/**
 * Vaadin's translation provider: the views' {@code getTranslation} reads the same English and Welsh {@link Texts}
 * as the API. Vaadin picks the browser's language when it is one of these; {@link LanguageSwitch} in
 * {@link MainLayout} changes it.
 */
@Component
public class AtlasI18NProvider implements I18NProvider {
    public static final Locale ENGLISH = Texts.ENGLISH;
    public static final Locale WELSH = Texts.WELSH;
    static final List<String> BUNDLES = Texts.BUNDLES;
    private final Texts texts;

    public AtlasI18NProvider(Texts texts) {
        this.texts = texts;
    }

    /** Whether texts for this locale are in Welsh (every other locale gets English). */
    public static boolean isWelsh(Locale locale) {
        return Texts.isWelsh(locale);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return texts.getProvidedLocales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return texts.getTranslation(key, locale, params);
    }
}
