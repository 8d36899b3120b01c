package org.partnershipatlas.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Dolen Cymru", "Ysbyty Gwynedd – ŵŷ", "<img src=x>", "ሀዋሳ", "👩‍⚕️ team",
            "\u200Bleading zero width space", "מרכז\u200F", "'}) DETACH DELETE n //"})
    void problem_ordinaryOrHostileButVisibleText_isNone(String text) {
        assertThat(Text.problem(text, Text.Kind.LINE, 200)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"   ", "\u200B", "\uFEFF", "\u200B\u200C\u200D", " \u00A0\u2007 ", "\u3164", "\u2800",
            "\u0301\u0301", "\u202E"})
    void problem_onlyInvisibleCharacters_isRefused(String text) {
        assertThat(Text.problem(text, Text.Kind.LINE, 200)).isEqualTo("has only spaces or invisible characters");
    }

    @Test
    void problem_controlCharacters_areRefusedWithTheirPosition() {
        assertThat(Text.problem("ab\u0000c", Text.Kind.LINE, 200)).startsWith("contains the control character U+0000 at character 3");
        assertThat(Text.problem("a\u0085", Text.Kind.LONG, 200)).startsWith("contains the control character U+0085");
        assertThat(Text.problem("a\u007F", Text.Kind.LONG, 200)).startsWith("contains the control character U+007F");
    }

    @Test
    void problem_lineBreaksAndTabs_onlyInLongText() {
        for (String text : List.of("two\nlines", "two\r\nlines", "a\tb")) {
            assertThat(Text.problem(text, Text.Kind.LONG, 200)).as(text).isNull();
            assertThat(Text.problem(text, Text.Kind.LINE, 200)).as(text).contains("control character");
        }
        assertThat(Text.problem("old mac\rline", Text.Kind.LONG, 200)).contains("U+000D");
    }

    @Test
    void problem_loneSurrogates_areRefusedButPairsKept() {
        assertThat(Text.problem("a\uD800b", Text.Kind.LINE, 200)).isEqualTo("contains a lone surrogate U+D800 at character 2 (not valid Unicode)");
        assertThat(Text.problem("a\uDC00", Text.Kind.LINE, 200)).contains("lone surrogate U+DC00");
        assertThat(Text.problem("end\uD83D", Text.Kind.LINE, 200)).contains("lone surrogate U+D83D");
        assertThat(Text.problem("\uD83D\uDE00", Text.Kind.LINE, 200)).isNull();
    }

    @Test
    void problem_replacementCharacterAndNoncharacters_areRefused() {
        assertThat(Text.problem("Caf\uFFFD", Text.Kind.LINE, 200)).contains("U+FFFD").contains("UTF-8");
        assertThat(Text.problem("a\uFFFF", Text.Kind.LINE, 200)).contains("noncharacter U+FFFF");
        assertThat(Text.problem("a\uFDD0", Text.Kind.LINE, 200)).contains("noncharacter U+FDD0");
        assertThat(Text.problem("a\uDBFF\uDFFF", Text.Kind.LINE, 200)).contains("noncharacter U+10FFFF");
    }

    @Test
    void problem_tooLong_namesTheLimitAndLength() {
        assertThat(Text.problem("x".repeat(201), Text.Kind.LINE, 200)).isEqualTo("longer than 200 characters (201)");
        assertThat(Text.problem("x".repeat(200), Text.Kind.LINE, 200)).isNull();
    }

    @Test
    void organisationConstructor_invisibleNameOrControlCharacter_isRefused() {
        assertThatThrownBy(() -> new Organisation("a", "\u200B", OrganisationType.NGO, null, null, null, null, null,
                null, Confidence.ILLUSTRATIVE, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invisible");
        assertThatThrownBy(() -> new Organisation("a", "A", OrganisationType.NGO, null, "Cardiff\u0000", null, null,
                null, null, Confidence.ILLUSTRATIVE, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0000");
        assertThatThrownBy(() -> new Source("cited\uD800", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lone surrogate");
    }
}
