package org.partnershipatlas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The controlled theme list: small, unambiguous, bilingual, and the same in the code and in docs/FORMAT.md. */
class ThemesTest {

    @Test
    void theList_isAtMostFortyThemesWithUniqueKeysAndLabelsInBothLanguages() {
        assertThat(Themes.all()).hasSizeBetween(20, Themes.MAX_THEMES);
        var keys = new HashSet<String>();
        var labels = new HashSet<String>();
        for (Theme t : Themes.all()) {
            assertThat(keys.add(t.key())).as(t.key()).isTrue();
            assertThat(labels.add(t.english())).as(t.english()).isTrue();
            assertThat(t.welsh()).as(t.key()).isNotBlank().isNotEqualTo(t.english());
            assertThat(Link.themeProblem(t.welsh())).as(t.welsh()).isNull();
        }
    }

    @Test
    void resolve_findsAThemeByLabelKeyWelshLabelOrVariant_inAnyCaseAndSpacing() {
        Theme maternal = Themes.byKey("maternal-health").orElseThrow();
        assertThat(Themes.resolve("maternal health")).contains(maternal);
        assertThat(Themes.resolve("  Maternal   Health ")).contains(maternal);
        assertThat(Themes.resolve("maternal-health")).contains(maternal);
        assertThat(Themes.resolve("Iechyd mamau")).contains(maternal);
        assertThat(Themes.resolve("obstetrics")).contains(maternal);
        assertThat(Themes.resolve("HIV/AIDS programme")).contains(Themes.byKey("hiv-and-tb").orElseThrow());
        assertThat(Themes.resolve("TB")).contains(Themes.byKey("hiv-and-tb").orElseThrow());
        assertThat(Themes.resolve("astrophysics")).isEmpty();
        assertThat(Themes.resolve(null)).isEmpty();
    }

    @Test
    void theTableInFormatMd_isTheListInTheCode() throws IOException {
        // docs/FORMAT.md, section "Themes": | key | English | Welsh | variants it absorbs |
        String format = Files.readString(Path.of("../docs/FORMAT.md"));
        String section = format.substring(format.indexOf("## Themes"));
        section = section.substring(0, section.indexOf("\n## ", 4));
        Map<String, String> documented = new LinkedHashMap<>();
        var row = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (.+?) \\| (.+?) \\| (.*?) \\|$", Pattern.MULTILINE)
                .matcher(section);
        while (row.find()) {
            documented.put(row.group(1), row.group(2) + " | " + row.group(3) + " | " + row.group(4));
        }
        Map<String, String> inCode = new LinkedHashMap<>();
        for (Theme t : Themes.all()) {
            inCode.put(t.key(), t.english() + " | " + t.welsh() + " | " + String.join("; ", t.variants()));
        }
        assertThat(documented).containsExactlyEntriesOf(inCode);
    }
}
