package org.partnershipatlas.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Ids;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Networks;
import org.partnershipatlas.model.validation.ValidationException;

/** A link's {@code lastEvidence}: the year of the latest dated source, kept through JSON and CSV. */
class LastEvidenceTest {
    private static final String ORGS = "id,name,type,country,city,founded,website,description,seeking_partner,"
            + "confidence,sources\na,A,NGO,GB-WLS,,,,,,ILLUSTRATIVE,\nb,B,NGO,LS,,,,,,ILLUSTRATIVE,\n";
    private static final String LINK_HEADER =
            "id,from,to,kind,since,until,status,themes,activities,learning,strength,confidence,sources";

    /** {@link Networks#small()} with the Dolen Cymru link last seen active in 2023. */
    private static NetworkSnapshot withEvidence() {
        NetworkSnapshot small = Networks.small();
        var links = new ArrayList<Link>();
        for (Link l : small.links()) {
            links.add(l.id().equals("l-dolen-cymru-lesotho") ? new Link(l.id(), l.from(), l.to(), l.kind(), l.since(),
                    l.until(), l.status(), 2023, l.themes(), l.activities(), l.learning(), l.strength(),
                    l.confidence(), l.sources(), l.assessments()) : l);
        }
        return new NetworkSnapshot(small.countries(), small.organisations(), links);
    }

    @Test
    void json_writesLastEvidenceAfterStatus_andReadsItBack() {
        String json = JsonSnapshotFormat.toJson(withEvidence(), false);
        assertThat(json).contains("\"status\":\"ACTIVE\",\"lastEvidence\":2023,\"themes\"")
                .contains("\"status\":\"ENDED\",\"lastEvidence\":null,");
        assertThat(JsonSnapshotFormat.read(json)).isEqualTo(withEvidence());
    }

    @Test
    void csv_writesTheOptionalColumnOnlyWhenSomeLinkHasAYear_andRoundTrips() {
        String links = CsvSnapshotFormat.linksCsv(withEvidence());
        assertThat(links.lines().findFirst().orElseThrow()).isEqualTo(LINK_HEADER + ",last_evidence");
        assertThat(links.lines().toList().get(1)).endsWith(",2023");
        NetworkSnapshot back = CsvSnapshotFormat.read(new StringReader(CsvSnapshotFormat.organisationsCsv(withEvidence())),
                new StringReader(links));
        assertThat(back.links()).extracting(Link::id, Link::lastEvidence)
                .containsExactly(tuple("l-dolen-cymru-lesotho", 2023), tuple("l-board-dolen", null));
        assertThat(CsvSnapshotFormat.linksCsv(Networks.small()).lines().findFirst().orElseThrow())
                .isEqualTo(LINK_HEADER);
    }

    @Test
    void aYearOutOfRange_isRefusedAtItsColumn() {
        String links = LINK_HEADER + ",last_evidence\nl1,a,b,HEALTH_LINK,,,ACTIVE,,,,,ILLUSTRATIVE,,1850\n";
        assertThatThrownBy(() -> CsvSnapshotFormat.read(new StringReader(ORGS), new StringReader(links)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.location()).isEqualTo("links.csv line 2, column \"last_evidence\"");
                            assertThat(error.message()).contains(String.valueOf(Ids.lastYear()));
                        }));
        assertThatThrownBy(() -> new Link("l", "a", "b", LinkKind.HEALTH_LINK, null, null,
                null, Ids.lastYear() + 1, List.of(), List.of(), null, null,
                Confidence.ILLUSTRATIVE, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lastEvidence");
    }
}
