package org.partnershipatlas.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.format.CsvSnapshotFormat;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;

/** Imports map variants to the theme list and refuse what is not on it, unless an administrator accepts it. */
class ThemePolicyTest {
    private static final String ORGS = "id,name,type,country,city,founded,website,description,seeking_partner,"
            + "confidence,sources\na,A,NGO,GB-WLS,,,,,,ILLUSTRATIVE,\nb,B,NGO,LS,,,,,,ILLUSTRATIVE,\n";
    private static final String LINK_HEADER =
            "id,from,to,kind,since,until,status,themes,activities,learning,strength,confidence,sources\n";

    private static ParsedNetwork parse(String themes) {
        return CsvSnapshotFormat.parse(new StringReader(ORGS),
                new StringReader(LINK_HEADER + "l1,a,b,HEALTH_LINK,,,,\"" + themes + "\",,,,ILLUSTRATIVE,\n"));
    }

    @Test
    void knownVariants_becomeTheirThemesLabel_andRepeatsGo() {
        NetworkSnapshot read = SnapshotValidator.validate(parse("HIV;tb;Obstetrics;maternal health"));
        assertThat(read.links().get(0).themes()).containsExactly("HIV and TB", "maternal health");
    }

    @Test
    void anUnknownTheme_isRefusedAtTheLinksThemesNamingItAndTheList() {
        assertThatThrownBy(() -> SnapshotValidator.validate(parse("maternal health;astrophysics")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.location()).isEqualTo("links.csv line 2, column \"themes\"");
                            assertThat(error.value()).isEqualTo("astrophysics");
                            assertThat(error.message()).startsWith("unknown theme \"astrophysics\" (known: ")
                                    .contains("maternal health", "mental health");
                        }));
    }

    @Test
    void anAdministrator_mayAcceptANewTheme_whichIsKeptAsWritten() {
        NetworkSnapshot read = SnapshotValidator.validate(parse("Astrophysics;ophthalmology"), ThemePolicy.ACCEPT_NEW);
        assertThat(read.links().get(0).themes()).containsExactly("Astrophysics", "eye care");
        assertThat(ThemePolicy.forAdministrator(true)).isEqualTo(ThemePolicy.ACCEPT_NEW);
        assertThat(ThemePolicy.forAdministrator(false)).isEqualTo(ThemePolicy.LIST_ONLY);
    }

    @Test
    void aThemeTheNetworkAlreadyHolds_isAcceptedInAMerge_soEditingSuchALinkIsNotRefused() {
        NetworkSnapshot base = SnapshotValidator.validate(parse("Astrophysics"), ThemePolicy.ACCEPT_NEW);
        NetworkSnapshot merged = SnapshotValidator.validate(parse("Astrophysics;research"), base);
        assertThat(merged.links().get(0).themes()).containsExactly("Astrophysics", "research");
        assertThatThrownBy(() -> SnapshotValidator.validate(parse("Cosmology"), base))
                .isInstanceOf(ValidationException.class).hasMessageContaining("unknown theme \"Cosmology\"");
        assertThat(ThemePolicy.LIST_ONLY.alsoAccepting(base.links()).accepted()).isEqualTo(Set.of("Astrophysics"));
    }

    @Test
    void themesOfTheList_areStoredAsTheirEnglishLabel_whateverTheySayInWelshOrByKey() {
        Link link = SnapshotValidator.validate(parse("iechyd meddwl;eye-care")).links().get(0);
        assertThat(link.themes()).containsExactly("mental health", "eye care");
    }
}
