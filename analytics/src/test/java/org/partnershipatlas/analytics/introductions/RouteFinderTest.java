package org.partnershipatlas.analytics.introductions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.TestNetworks;
import org.partnershipatlas.analytics.graph.JGraphTProjection;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;

class RouteFinderTest {
    static RouteFinder finder(NetworkGraph g) {
        return new RouteFinder(g, JGraphTProjection.of(g, WeightMode.NONE));
    }

    @Test
    void routes_square_givesBothSidesWithTheirIntroducers() {
        var g = TestNetworks.graph("a-b", "b-c", "a-d", "d-c");
        var routes = finder(g).routes("a", RouteTarget.organisation("c"), 3);
        assertThat(routes).hasSize(2);
        assertThat(routes).extracting(Route::introducer).containsExactlyInAnyOrder("b", "d");
        assertThat(routes.get(0).hops()).isEqualTo(2);
        assertThat(routes.get(0).explanation().english()).startsWith("ask ");
    }

    @Test
    void routes_toAttributeSet_endAtTheFirstTargetMet() {
        var g = NetworkGraph.builder().edge("a", "b", 1).edge("b", "t1", 1).edge("t1", "t2", 1).edge("a", "t2", 1)
                .attribute("t1", "country", "LS").attribute("t2", "country", "LS").build();
        var routes = finder(g).routes("a", RouteTarget.country("LS"), 5);
        assertThat(routes).extracting(Route::target).containsExactly("t2", "t1");
        assertThat(routes.get(0).introducer()).isNull();
        assertThat(routes.get(1).organisations()).containsExactly("a", "b", "t1");
    }

    @Test
    void routes_disconnectedTarget_givesNone() {
        var g = TestNetworks.graph("a-b", "x-y");
        assertThat(finder(g).routes("a", RouteTarget.organisation("y"), 2)).isEmpty();
    }

    @Test
    void routes_unknownStart_isRejected() {
        var g = TestNetworks.graph("a-b");
        assertThatThrownBy(() -> finder(g).routes("nope", RouteTarget.organisation("b"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }

    /** Swansea Bay to Lesotho: routes that differ only in the last step ask the same introducer for the same thing. */
    @Test
    void routes_offerDifferentIntroducersFirst_thenTheRest() {
        var b = NetworkGraph.builder().edge("a", "b", 1).edge("a", "c", 1).edge("c", "d", 1).edge("d", "t5", 1);
        for (String t : new String[] {"t1", "t2", "t3", "t4"}) {
            b.edge("b", t, 1).attribute(t, "country", "LS");
        }
        var g = b.attribute("t5", "country", "LS").build();
        for (RouteFinder finder : new RouteFinder[] {finder(g), RouteFinder.byHops(g)}) {
            var routes = finder.routes("a", RouteTarget.country("LS"), 3);
            assertThat(routes).extracting(Route::introducer).containsExactly("b", "c", "b");
            assertThat(routes.get(1).organisations()).containsExactly("a", "c", "d", "t5");
            assertThat(routes).extracting(Route::rank).containsExactly(1, 2, 3);
            assertThat(routes.get(0).hops()).isEqualTo(2);
            // Asked for one, the best route still comes first.
            assertThat(finder.routes("a", RouteTarget.country("LS"), 1)).extracting(Route::target)
                    .containsExactly(routes.get(0).target());
        }
    }

    @Test
    void routes_throughOneIntroducer_offerDifferentChainsBeforeDifferentLastSteps() {
        var g = NetworkGraph.builder().edge("a", "x", 1).edge("x", "b1", 1).edge("x", "b2", 1)
                .edge("b1", "t1", 1).edge("b1", "t2", 1).edge("b2", "t3", 1)
                .attribute("t1", "country", "LS").attribute("t2", "country", "LS").attribute("t3", "country", "LS")
                .build();
        var routes = RouteFinder.byHops(g).routes("a", RouteTarget.country("LS"), 3);
        assertThat(routes).extracting(r -> r.organisations().get(2)).containsExactly("b1", "b2", "b1");
        assertThat(routes).extracting(Route::target).doesNotHaveDuplicates();
    }
}
