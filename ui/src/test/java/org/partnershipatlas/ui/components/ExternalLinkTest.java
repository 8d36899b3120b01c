package org.partnershipatlas.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

class ExternalLinkTest {

    @Test
    void of_httpAddress_isALinkInANewTabWithoutOpener() {
        var link = ExternalLink.of("https://www.dolencymru.org/", "Dolen Cymru");
        assertThat(link).isInstanceOf(Anchor.class);
        assertThat(((Anchor) link).getHref()).isEqualTo("https://www.dolencymru.org/");
        assertThat(link.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
    }

    @Test
    void of_storedScriptOrDataOrRelativeAddress_isPlainText() {
        for (String url : new String[] {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>x</script>",
                "//evil.example/x", "/api/import", "vbscript:x", null}) {
            var shown = ExternalLink.of(url, "a citation");
            assertThat(shown).as(String.valueOf(url)).isInstanceOf(Span.class);
            assertThat(((Span) shown).getText()).isEqualTo("a citation");
        }
    }
}
