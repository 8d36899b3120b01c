package org.partnershipatlas.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Charter;
import org.partnershipatlas.model.Link;
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
        NetworkSnapshot original = Networks.withQuality();
        String orgs = CsvSnapshotFormat.organisationsCsv(original);
        String links = CsvSnapshotFormat.linksCsv(original);
        String assessments = CsvSnapshotFormat.assessmentsCsv(original);
        NetworkSnapshot back = CsvSnapshotFormat.read(new StringReader(orgs), new StringReader(links),
                new StringReader(assessments));
        assertThat(back.organisations()).isEqualTo(original.organisations());
        assertThat(back.links()).isEqualTo(original.links());
        assertThat(CsvSnapshotFormat.organisationsCsv(back)).isEqualTo(orgs);
        assertThat(CsvSnapshotFormat.linksCsv(back)).isEqualTo(links);
        assertThat(CsvSnapshotFormat.assessmentsCsv(back)).isEqualTo(assessments);
    }

    @Test
    void write_assessments_goToTheirOwnFileAndLinksKeepTheContractsColumns() {
        NetworkSnapshot network = Networks.withQuality();
        assertThat(CsvSnapshotFormat.linksCsv(network).lines().findFirst().orElseThrow()).isEqualTo(LINK_HEADER.strip());
        String csv = CsvSnapshotFormat.assessmentsCsv(network);
        var rows = csv.lines().toList();
        assertThat(rows.get(0)).isEqualTo("link,date,assessed_by,charter_organisational_responsibilities,"
                + "charter_reciprocal_partnership,charter_good_practice,charter_sound_governance,factor_trust,"
                + "factor_shared_goals,factor_community_engagement,factor_capacity_building,"
                + "factor_equitable_collaboration,factor_resource_mobilisation,factor_sound_governance,"
                + "factor_long_term_vision,challenge_cultural_differences,challenge_power_imbalance,challenge_logistics,"
                + "challenge_monitoring_evaluation,challenge_sustainable_funding,evaluation,evaluation_url,"
                + "community_involvement,benefits_to_wales,benefits_to_partner,funders,funded_until,exit_strategy,"
                + "outcomes,sources");
        assertThat(rows.get(1)).isEqualTo("l-dolen-cymru-lesotho,,,2,3,2,,,,,,,,,,,,,,,,,,,,,,,,");
        assertThat(rows.get(2)).startsWith("l-dolen-cymru-lesotho,2024-05-01,International lead,2,3,2,2,3,1,,2,,,,,,NONE,"
                + "MAJOR,,SOME,PLANNED,https://example.org/evaluation,true,Staff learn to work with scarce resources.,"
                + "\"Training for midwives.");
        assertThat(csv).contains("A new ward.\",Welsh Government Wales and Africa programme,2027,false,"
                + "health workers trained | 60 | 2024 | annual report,Partnership return (example) | \r\n");
        assertThat(CsvSnapshotFormat.organisationsCsv(network).lines().findFirst().orElseThrow())
                .isEqualTo(ORG_HEADER.strip() + ",dissolved,placeholder");
    }

    @Test
    void write_withoutDissolvedOrPlaceholders_keepsTheElevenColumns() {
        assertThat(CsvSnapshotFormat.organisationsCsv(Networks.small()).lines().findFirst().orElseThrow())
                .isEqualTo(ORG_HEADER.strip());
    }

    @Test
    void read_charterColumnsOfLinksCsv_areOneUndatedAssessment() {
        String orgs = ORG_HEADER + "a,A,NGO,GB-WLS,,,,,,ILLUSTRATIVE,\n" + "b,B,NGO,LS,,,,,,ILLUSTRATIVE,\n";
        String links = LINK_HEADER.strip() + ",charter_good_practice\n" + "l1,a,b,HEALTH_LINK,,,,,,,,ILLUSTRATIVE,,2\n";
        Link link = read(orgs, links).links().get(0);
        assertThat(link.assessments()).containsExactly(Assessment.undated(new Charter(null, null, 2, null)));
        assertThat(link.charter().goodPractice()).isEqualTo(2);
    }

    @Test
    void read_assessmentsFile_badRowsAreLocatedByFileLineAndColumn() {
        String orgs = ORG_HEADER + "a,A,NGO,GB-WLS,,,,,,ILLUSTRATIVE,\n" + "b,B,NGO,LS,,,,,,ILLUSTRATIVE,\n";
        String links = LINK_HEADER + "l1,a,b,HEALTH_LINK,,,,,,,,ILLUSTRATIVE,\n" + "l2,a,b,NOPE,,,,,,,,ILLUSTRATIVE,\n";
        String header = String.join(",", CsvSnapshotFormat.ASSESSMENT_COLUMNS) + "\n";
        String empty = ",".repeat(CsvSnapshotFormat.ASSESSMENT_COLUMNS.size() - 3);
        String assessments = header
                + "l1,2025-01-01," + empty + "\n"
                + "l1,2024-01-01," + empty + "\n"
                + "l2,2024-01-01," + empty + "\n"
                + "nowhere,2024-01-01," + empty + "\n"
                + "l1,2025-02-01,,,,,,9" + ",".repeat(CsvSnapshotFormat.ASSESSMENT_COLUMNS.size() - 8) + "\n"
                + "l1,2025-03-01,," + empty.substring(2) + "a | sixty | ,\n";
        assertThatThrownBy(() -> CsvSnapshotFormat.read(new StringReader(orgs), new StringReader(links),
                new StringReader(assessments)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::toString)
                        .containsExactly(
                                "links.csv line 3, column \"kind\": \"NOPE\" is not one of HEALTH_LINK, MEMBERSHIP, "
                                        + "FUNDING, COORDINATION, SUCCESSION, COLLABORATION",
                                "assessments.csv line 3, column \"date\": assessments go oldest first: 2024-01-01 comes "
                                        + "after 2025-01-01",
                                "assessments.csv line 4, column \"link\": link \"l2\" was refused, see links.csv line 3",
                                "assessments.csv line 5, column \"link\": unknown link \"nowhere\" (an assessment's link "
                                        + "must be in links.csv)",
                                "assessments.csv line 6, column \"factor_trust\": must be 0-3",
                                "assessments.csv line 7, column \"outcomes\", item 1 (value): expected a number (60, 12.5), "
                                        + "found \"sixty\""));
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
                                        + ORG_HEADER.strip() + ",dissolved,placeholder)",
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
