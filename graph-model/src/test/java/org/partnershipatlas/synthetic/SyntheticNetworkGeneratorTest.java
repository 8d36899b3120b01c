package org.partnershipatlas.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.Organisation;

class SyntheticNetworkGeneratorTest {

    @Test
    void generate_sameSeed_givesTheSameNetwork() {
        assertThat(new SyntheticNetworkGenerator(500, 9).generate())
                .isEqualTo(new SyntheticNetworkGenerator(500, 9).generate());
        assertThat(new SyntheticNetworkGenerator(500, 9).generate())
                .isNotEqualTo(new SyntheticNetworkGenerator(500, 10).generate());
    }

    @Test
    void generate_thousandOrganisations_isPartnershipLike() {
        var s = new SyntheticNetworkGenerator(1000, 1).generate();
        assertThat(s.organisations()).hasSize(1000);
        assertThat(s.links().size()).isBetween(2900, 3000);
        long welsh = s.organisations().stream().filter(Organisation::isWelsh).count();
        assertThat(welsh).isBetween(60L, 140L);
        assertThat(s.organisations().stream().filter(Organisation::isHealthBoard).count()).isEqualTo(7);
        long cross = s.links().stream().filter(l -> isWelsh(s, l.from()) != isWelsh(s, l.to())).count();
        assertThat(cross).isGreaterThan(s.links().size() / 2);
        assertThat(s.organisations().stream().map(Organisation::country).distinct().count()).isGreaterThan(20);
        assertThat(s.links()).allMatch(l -> l.sources().get(0).citation().equals("synthetic network, seed 1"));
    }

    @Test
    void generate_output_survivesTheJsonFormat() {
        var s = new SyntheticNetworkGenerator(200, 3).generate();
        assertThat(JsonSnapshotFormat.read(JsonSnapshotFormat.toJson(s, false))).isEqualTo(s);
    }

    @Test
    void writeEdgeList_writesHeaderAndOneRowPerLink() {
        var s = new SyntheticNetworkGenerator(50, 2).generate();
        var out = new StringWriter();
        SyntheticNetworkGenerator.writeEdgeList(s, out);
        var lines = out.toString().split("\n");
        assertThat(lines[0]).isEqualTo("source,target");
        assertThat(lines).hasSize(s.links().size() + 1);
        Link first = s.links().get(0);
        assertThat(lines[1]).isEqualTo(first.from() + "," + first.to());
    }

    @Test
    void constructor_tooFewOrganisations_isRejected() {
        assertThatThrownBy(() -> new SyntheticNetworkGenerator(1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean isWelsh(org.partnershipatlas.model.NetworkSnapshot s, String id) {
        return Countries.WALES.equals(s.organisation(id).orElseThrow().country());
    }
}
