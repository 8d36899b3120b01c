package org.partnershipatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.format.CsvSnapshotFormat;
import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Factor;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * README's two-file spreadsheet merge (organisations.csv + links.csv) must not wipe the links' quality assessments:
 * an absent assessments.csv means "unchanged"; an empty one with its header clears them.
 */
@AtlasSpringTest
class CsvAssessmentsTest {
    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;
    @Autowired
    DataService data;

    private String link;

    @BeforeEach
    void seedWithOneAssessment() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
        link = reads.current().snapshot().links().stream().filter(l -> l.kind().name().equals("HEALTH_LINK"))
                .findFirst().orElseThrow().id();
        writes.addAssessment(link, new Assessment(LocalDate.of(2026, 3, 1), "ihcc", null,
                Map.of(Factor.TRUST, 3), Map.of(), null, null, null, null, null, List.of(), null, null, List.of(), List.of()),
                TestWrites.CHANGE);
        assertThat(assessments()).isEqualTo(1);
    }

    private int assessments() {
        return reads.current().snapshot().link(link).orElseThrow().assessments().size();
    }

    private void mergeCsv(boolean withEmptyAssessments) {
        NetworkSnapshot network = reads.current().snapshot();
        byte[] organisations = CsvSnapshotFormat.organisationsCsv(network).replace("Dolen Cymru", "Dolen Cymru (csv)")
                .getBytes(StandardCharsets.UTF_8);
        byte[] links = CsvSnapshotFormat.linksCsv(network).getBytes(StandardCharsets.UTF_8);
        byte[] assessments = withEmptyAssessments
                ? (String.join(",", CsvSnapshotFormat.ASSESSMENT_COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8) : null;
        data.importCsv(organisations, links, assessments, ImportMode.MERGE, new DataService.Upload("csv", 1, null),
                TestWrites.CHANGE, false, null);
    }

    @Test
    void aMergeWithoutAssessmentsCsv_keepsEveryLinksAssessments() {
        mergeCsv(false);
        assertThat(reads.current().snapshot().organisation("dolen-cymru").orElseThrow().name()).contains("(csv)");
        assertThat(assessments()).isEqualTo(1);
    }

    @Test
    void anEmptyAssessmentsCsvWithItsHeader_clearsThem() {
        mergeCsv(true);
        assertThat(assessments()).isZero();
    }
}
