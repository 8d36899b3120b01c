package org.partnershipatlas.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Country names in the reader's language: Welsh from CLDR, except where CLDR's is a cataloguer's. */
class ReaderWordsCountryTest {
    @Test
    void theCongos_inWelsh_areNamedInFull_notAsCldrsDashedForms() {
        assertThat(ReaderWords.country("CD", "Democratic Republic of the Congo", Texts.WELSH))
                .isEqualTo("Gweriniaeth Ddemocrataidd y Congo");
        assertThat(ReaderWords.country("CG", "Republic of the Congo", Texts.WELSH)).doesNotContain(" - ");
    }

    @Test
    void otherCountries_inWelsh_comeFromCldr_andInEnglish_fromTheNetwork() {
        assertThat(ReaderWords.country("LS", "Lesotho", Texts.WELSH)).isEqualTo(new Locale("", "LS")
                .getDisplayCountry(Texts.WELSH));
        assertThat(ReaderWords.country("GB-WLS", "Wales", Texts.WELSH)).isEqualTo("Cymru");
        assertThat(ReaderWords.country("CD", "Democratic Republic of the Congo", Locale.ENGLISH))
                .isEqualTo("Democratic Republic of the Congo");
    }
}
