package org.partnershipatlas.ui.components;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

/**
 * English / Cymraeg. The choice is kept for the session and the page reloaded, so every view, including its URL
 * state, comes back in the chosen language.
 */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setId("language-switch");
        setItems(AtlasI18NProvider.ENGLISH, AtlasI18NProvider.WELSH);
        setItemLabelGenerator(l -> AtlasI18NProvider.WELSH.getLanguage().equals(l.getLanguage()) ? "Cymraeg" : "English");
        setAriaLabel("Language / Iaith");
        setWidth("9em");
        Locale current = UI.getCurrent() == null ? AtlasI18NProvider.ENGLISH : UI.getCurrent().getLocale();
        setValue(AtlasI18NProvider.WELSH.getLanguage().equals(current.getLanguage())
                ? AtlasI18NProvider.WELSH : AtlasI18NProvider.ENGLISH);
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
