package org.partnershipatlas.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Networks;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;

class CsvSnapshotFormatTest {
    private static final String ORG_HEADER =
            "id,name,type,country,city,founded,website,description,seeking_partner,confidence,sources\n";
    private static final String LINK_HEADER =
            "id,from,to,kind,since,until,status,themes,activities,learning,strength,confidence,sources\n";

    private static NetworkSnapshot read(String organisations, String links) {
        return CsvSnapshotFormat.read(new StringReader(organisations), new StringReader(links));
    }

    @Test
    void write_thenRead_givesEqualSnapshotAndSameText() {
        // Countries are not in the spreadsheet, so compare without the declared ones.
        NetworkSnapshot original = Networks.small();
        String orgs = CsvSnapshotFormat.organisationsCsv(original);
        String links = CsvSnapshotFormat.linksCsv(original);
        NetworkSnapshot back = read(orgs, links);
        assertThat(back.organisations()).isEqualTo(original.organisations());
        assertThat(back.links()).isEqualTo(original.links());
        assertThat(CsvSnapshotFormat.organisationsCsv(back)).isEqualTo(orgs);
        assertThat(CsvSnapshotFormat.linksCsv(back)).isEqualTo(links);
    }

    @Test
    void write_charterScores_goToOptionalColumns() {
        String links = CsvSnapshotFormat.linksCsv(Networks.small());
        assertThat(links.lines().findFirst().orElseThrow()).endsWith(
                ",charter_organisational_responsibilities,charter_reciprocal_partnership,charter_good_practice,charter_sound_governance");
    }

    @Test
    void read_sourcesCell_splitsCitationsAndUrls() {
        NetworkSnapshot s = read(ORG_HEADER
                + "a,A,NGO,GB-WLS,,,,,,A,\"Paper, Part 1 |  ;; L01 (x.csv); Rhyl Journal | https://example.org/a ;; Odd | bar | \"\n",
                LINK_HEADER);
        var sources = s.organisations().get(0).sources();
        assertThat(sources).hasSize(3);
        assertThat(sources.get(0).citation()).isEqualTo("Paper, Part 1");
        assertThat(sources.get(0).url()).isNull();
        assertThat(sources.get(1).url()).isEqualTo("https://example.org/a");
        assertThat(sources.get(2).citation()).isEqualTo("Odd | bar");
    }

    @Test
    void read_rowWithTooFewCells_namesFileAndLine() {
        String orgs = ORG_HEADER + "a,A,NGO,GB-WLS,,,,,,ILLUSTRATIVE,\n" + "b,B,NGO\n";
        assertThatThrownBy(() -> read(orgs, LINK_HEADER))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().get(0).location()).isEqualTo("organisations.csv line 3");
                    assertThat(e.errors().get(0).message()).contains("3 cells where the header has 11");
                });
    }

    @Test
    void read_unknownLinkEnd_namesFileLineAndColumn() {
        String orgs = ORG_HEADER + "a,A,NGO,GB-WLS,,,,,,ILLUSTRATIVE,\n";
        String links = LINK_HEADER
                + "l1,a,a,HEALTH_LINK,,,UNKNOWN,,,UNKNOWN,,ILLUSTRATIVE,\n"
                + "l2,a,xyz,HEALTH_LINK,,,UNKNOWN,,,UNKNOWN,,ILLUSTRATIVE,\n";
        assertThatThrownBy(() -> read(orgs, links))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::toString)
                        .containsExactly(
                                "links.csv line 2, column \"to\": a link cannot join an organisation to itself",
                                "links.csv line 3, column \"to\": unknown organisation \"xyz\""));
    }

    @Test
    void read_quotedLineBreaks_keepLineNumbersRight() {
        String orgs = ORG_HEADER
                + "a,A,NGO,GB-WLS,,,,\"two\nlines\",,ILLUSTRATIVE,\n"
                + "b,B,NGO,GB-WLS,,nineteen,,,,ILLUSTRATIVE,\n";
        assertThatThrownBy(() -> read(orgs, LINK_HEADER))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).toString())
                        .isEqualTo("organisations.csv line 4, column \"founded\": expected a whole number, found \"nineteen\""));
    }

    @Test
    void read_badHeader_namesTheColumns() {
        assertThatThrownBy(() -> read("id,name,colour\n", LINK_HEADER))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::toString)
                        .contains("organisations.csv line 1, column \"colour\": unknown column \"colour\" (expected "
                                        + ORG_HEADER.strip() + ")",
                                "organisations.csv line 1: missing column \"type\""));
    }

    @Test
    void read_everyBadCellOfManyRows_isReported() {
        String orgs = ORG_HEADER
                + "a,A,NOPE,GB-WLS,,,,,maybe,ILLUSTRATIVE,\n"
                + "b,B,NGO,ZZ,,1800,ftp://x,,,A,\n";
        assertThatThrownBy(() -> read(orgs, LINK_HEADER))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::location)
                        .containsExactlyInAnyOrder(
                                "organisations.csv line 2, column \"type\"",
                                "organisations.csv line 2, column \"seeking_partner\"",
                                "organisations.csv line 3, column \"founded\"",
                                "organisations.csv line 3, column \"website\"",
                                "organisations.csv line 3, column \"sources\""));
    }

    @Test
    void read_unclosedQuote_isAnErrorNotACrash() {
        String orgs = ORG_HEADER + "a,\"A,NGO,GB-WLS,,,,,,ILLUSTRATIVE,\n";
        assertThatThrownBy(() -> read(orgs, LINK_HEADER))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).location()).startsWith("organisations.csv"));
    }
}
