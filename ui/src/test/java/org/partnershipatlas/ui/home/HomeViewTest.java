package org.partnershipatlas.ui.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.ui.components.AtlasI18NProvider;
import org.partnershipatlas.ui.components.LanguageSwitch;

class HomeViewTest extends KaribuViewTest {

    @Test
    void showsTheSeedNetworkCountsInEnglishAndWelsh() {
        navigate("about", HomeView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("count-health-boards")).getText())
                .isEqualTo("7 Health Boards");

        HasValueUtilsKt._setValue(_get(LanguageSwitch.class), AtlasI18NProvider.WELSH);   // as a user picks it: reloads
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(AtlasI18NProvider.WELSH);
        // A browser's reload builds a new UI in the session's locale; Karibu's mock reload keeps its own default.
        UI.getCurrent().setLocale(VaadinSession.getCurrent().getLocale());
        navigate("network", org.partnershipatlas.ui.network.NetworkView.class);
        navigate("about", HomeView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("count-health-boards")).getText())
                .isEqualTo("7 Bwrdd Iechyd");
    }
}
