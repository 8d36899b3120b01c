package org.partnershipatlas.analytics.introductions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.TestNetworks;
import org.partnershipatlas.analytics.graph.NetworkGraph;

class YenHopPathsTest {

    @Test
    void routesByHops_square_givesBothSidesWithTheirIntroducers() {
        var g = TestNetworks.graph("a-b", "b-c", "a-d", "d-c");
        var routes = RouteFinder.byHops(g).routes("a", RouteTarget.organisation("c"), 3);
        assertThat(routes).extracting(Route::introducer).containsExactlyInAnyOrder("b", "d");
        assertThat(routes).extracting(Route::hops).containsExactly(2, 2);
    }

    @Test
    void routesByHops_toAttributeSet_endAtTheFirstTargetMet() {
        var g = NetworkGraph.builder().edge("a", "b", 1).edge("b", "t1", 1).edge("t1", "t2", 1).edge("a", "t2", 1)
                .attribute("t1", "country", "LS").attribute("t2", "country", "LS").build();
        var routes = RouteFinder.byHops(g).routes("a", RouteTarget.country("LS"), 5);
        assertThat(routes).extracting(Route::organisations)
                .containsExactly(List.of("a", "t2"), List.of("a", "b", "t1"));
    }

    @Test
    void routesByHops_disconnectedTarget_givesNone() {
        var g = TestNetworks.graph("a-b", "x-y");
        assertThat(RouteFinder.byHops(g).routes("a", RouteTarget.organisation("y"), 2)).isEmpty();
    }

    @Test
    void paths_aPath_givesTheOnlyOne() {
        var g = TestNetworks.graph("a-b", "b-c", "c-d");
        var paths = new YenHopPaths(g, new int[] {g.indexOf("d")}).paths(g.indexOf("a"), 4);
        assertThat(paths).hasSize(1);
        assertThat(paths.get(0)).containsExactly(g.indexOf("a"), g.indexOf("b"), g.indexOf("c"), g.indexOf("d"));
    }

    @Test
    void paths_everyPathIsSimpleAndEndsAtItsFirstTarget() {
        var random = new Random(7);
        for (int round = 0; round < 20; round++) {
            var g = randomGraph(random, 30, 70);
            int[] targets = {random.nextInt(10) + 20, random.nextInt(10) + 20};
            var paths = new YenHopPaths(g, targets).paths(0, 12);
            for (int[] path : paths) {
                assertThat(path).doesNotHaveDuplicates();
                assertThat(path[path.length - 1]).isIn(targets[0], targets[1]);
                for (int i = 1; i + 1 < path.length; i++) {
                    assertThat(path[i]).isNotIn(targets[0], targets[1]);
                }
                for (int i = 0; i + 1 < path.length; i++) {
                    assertThat(g.adjacent(path[i], path[i + 1])).isTrue();
                }
            }
            for (int i = 0; i + 1 < paths.size(); i++) {
                assertThat(paths.get(i).length).isLessThanOrEqualTo(paths.get(i + 1).length);
            }
        }
    }

    /** The lengths of the k shortest routes are the same whoever finds them; only the order among ties may differ. */
    @Test
    void routesByHops_randomGraphs_sameLengthsAsJGraphTsYen() {
        var random = new Random(42);
        for (int round = 0; round < 30; round++) {
            var g = randomGraph(random, 40, 90);
            String from = g.id(random.nextInt(g.nodeCount()));
            String to = g.id(random.nextInt(g.nodeCount()));
            for (RouteTarget target : List.of(RouteTarget.country("LS"), RouteTarget.organisation(to))) {
                if (target.kind() == RouteTarget.Kind.ORGANISATION && to.equals(from)) {
                    continue;
                }
                var expected = RouteFinderTest.finder(g).routes(from, target, 5);
                var actual = RouteFinder.byHops(g).routes(from, target, 5);
                assertThat(actual).extracting(Route::hops)
                        .as("round %d from %s to %s", round, from, target)
                        .containsExactlyElementsOf(expected.stream().map(Route::hops).toList());
            }
        }
    }

    /**
     * On real and realistic networks (the seed; a synthetic 1,000 with confidences and placeholders) the hop search
     * gives routes as good as JGraphT's Yen under the ranking (length, named end before placeholder, confidence) at
     * every rank: the same ranking keys, or better ones where Yen's pool of candidates cut a tie differently. Routes
     * equal on every key may differ (the ranking then keeps the order found, which differs between the two); measured
     * when written: 558 of 559 questions with the same keys, one better (on the seed), none worse.
     */
    @Test
    void routesByHops_seedAndSynthetic_rankedAtLeastAsWellAsJGraphTsYen() {
        var synthetic = new org.partnershipatlas.synthetic.SyntheticNetworkGenerator(1000, 7).generate();
        for (var snapshot : List.of(TestNetworks.seed(), synthetic)) {
            var g = NetworkGraph.of(snapshot);
            var countries = snapshot.organisations().stream().map(o -> o.country())
                    .filter(java.util.Objects::nonNull).distinct().sorted().limit(6).toList();
            var random = new Random(1);
            int asked = 0;
            int sameKeys = 0;
            for (int round = 0; round < 40; round++) {
                String from = g.id(random.nextInt(g.nodeCount()));
                String to = g.id(random.nextInt(g.nodeCount()));
                var targets = new java.util.ArrayList<RouteTarget>();
                countries.forEach(c -> targets.add(RouteTarget.country(c)));
                if (!to.equals(from)) {
                    targets.add(RouteTarget.organisation(to));
                }
                for (RouteTarget target : targets) {
                    var expected = keys(snapshot, RouteFinderTest.finder(g).routes(from, target, 3));
                    var actual = keys(snapshot, RouteFinder.byHops(g).routes(from, target, 3));
                    assertThat(actual).as("from %s to %s", from, target).hasSameSizeAs(expected);
                    int order = 0;
                    for (int i = 0; i < actual.size() && order == 0; i++) {
                        order = java.util.Arrays.compare(actual.get(i), expected.get(i));
                    }
                    assertThat(order).as("from %s to %s: not ranked worse", from, target).isLessThanOrEqualTo(0);
                    asked++;
                    sameKeys += order == 0 ? 1 : 0;
                }
            }
            System.out.printf("on %d organisations: %d of %d questions with the same ranking keys%n", g.nodeCount(),
                    sameKeys, asked);
            assertThat(sameKeys).as("on %d organisations", g.nodeCount()).isGreaterThanOrEqualTo(asked * 99 / 100);
        }
    }

    /** Each route's ranking key: length, 1 when it ends at a placeholder, the sum of its steps' best grades. */
    private static List<int[]> keys(org.partnershipatlas.model.NetworkSnapshot s, List<Route> routes) {
        return routes.stream().map(r -> {
            int doubt = 0;
            var v = r.organisations();
            for (int i = 0; i + 1 < v.size(); i++) {
                String a = v.get(i);
                String b = v.get(i + 1);
                doubt += s.linksOf(a).stream().filter(l -> l.otherEnd(a).equals(b))
                        .mapToInt(l -> l.confidence().ordinal()).min().orElse(0);
            }
            boolean placeholder = s.organisation(r.target()).map(o -> o.placeholder()).orElse(false);
            return new int[] {r.hops(), placeholder ? 1 : 0, doubt};
        }).toList();
    }

    /** n vertices v0… joined in a random tree plus random ties up to m; every fifth (v4, v9, …) in country LS. */
    private static NetworkGraph randomGraph(Random random, int n, int m) {
        var builder = NetworkGraph.builder();
        for (int v = 0; v < n; v++) {
            builder.node("v" + v);
            if (v % 5 == 4) {
                builder.attribute("v" + v, "country", "LS");
            }
        }
        for (int v = 1; v < n; v++) {
            builder.edge("v" + v, "v" + random.nextInt(v), 1);
        }
        for (int e = n - 1; e < m; e++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                builder.edge("v" + a, "v" + b, 1);
            }
        }
        return builder.build();
    }
}
