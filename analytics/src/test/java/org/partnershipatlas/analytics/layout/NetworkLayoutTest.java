package org.partnershipatlas.analytics.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.TestNetworks;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Region;
import org.partnershipatlas.synthetic.SyntheticNetworkGenerator;

class NetworkLayoutTest {

    @Test
    void forceLayoutPlacesEveryOrganisationFinitelyAndRepeatably() {
        NetworkSnapshot seed = TestNetworks.seed();
        Map<String, Position> first = NetworkLayout.of(seed, NetworkLayout.Kind.FORCE);
        assertThat(first.keySet()).hasSize(seed.organisations().size());
        assertThat(first.values()).allMatch(p -> Double.isFinite(p.x()) && Double.isFinite(p.y()));
        assertThat(new HashSet<>(first.values())).as("no two organisations on one point").hasSize(first.size());
        assertThat(NetworkLayout.of(seed, NetworkLayout.Kind.FORCE)).isEqualTo(first);
    }

    @Test
    void linkedOrganisationsEndUpCloserThanUnlinkedOnesOnAverage() {
        NetworkSnapshot network = new SyntheticNetworkGenerator(400, 7).generate();
        Map<String, Position> p = NetworkLayout.of(network, NetworkLayout.Kind.FORCE);
        double linked = network.links().stream().mapToDouble(l -> distance(p.get(l.from()), p.get(l.to()))).average().orElseThrow();
        var ids = network.organisations().stream().map(o -> o.id()).toList();
        double all = 0;
        int pairs = 0;
        for (int i = 0; i < ids.size(); i += 7) {
            for (int j = i + 1; j < ids.size(); j += 11) {
                all += distance(p.get(ids.get(i)), p.get(ids.get(j)));
                pairs++;
            }
        }
        assertThat(linked).isLessThan(0.6 * all / pairs);
    }

    @Test
    void walesLeftPutsWalesLeftPartnersRightAndCountriesInBands() {
        NetworkSnapshot seed = TestNetworks.seed();
        Map<String, Position> p = NetworkLayout.of(seed, NetworkLayout.Kind.WALES_LEFT);
        assertThat(p.keySet()).hasSize(seed.organisations().size());
        for (var o : seed.organisations()) {
            Region region = seed.country(o.country()).map(c -> c.region()).orElse(null);
            if (Countries.WALES.equals(o.country())) {
                assertThat(p.get(o.id()).x()).as(o.id()).isEqualTo(0);
            } else if (region == Region.SUB_SAHARAN_AFRICA) {
                assertThat(p.get(o.id()).x()).as(o.id()).isEqualTo(1000);
            }
        }
        // Lesotho organisations form one contiguous band: nothing from another country sits between them.
        var lesotho = seed.organisations().stream().filter(o -> "LS".equals(o.country())).map(o -> p.get(o.id()).y()).toList();
        double top = lesotho.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double bottom = lesotho.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(seed.organisations().stream().filter(o -> !"LS".equals(o.country()))
                .map(o -> p.get(o.id())).filter(q -> q.x() == 1000 && q.y() > top && q.y() < bottom)).isEmpty();
    }

    private static double distance(Position a, Position b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
