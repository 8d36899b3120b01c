package org.partnershipatlas.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reference list names countries as a reader would, not as a catalogue abbreviates them. */
class CountriesTest {
    @Test
    void everyName_isAReadersName_noDashedQualifiersAmpersandsOrSarSuffixes() {
        assertThat(Countries.all()).isNotEmpty().allSatisfy(c -> assertThat(c.name()).as(c.code())
                .doesNotContain(" - ", " & ", " SAR ", "(Burma)"));
    }

    @Test
    void theTwoCongos_areNamedInFull() {
        assertThat(Countries.known("CD")).hasValueSatisfying(c -> assertThat(c.name())
                .isEqualTo("Democratic Republic of the Congo"));
        assertThat(Countries.known("CG")).hasValueSatisfying(c -> assertThat(c.name())
                .isEqualTo("Republic of the Congo"));
    }
}
