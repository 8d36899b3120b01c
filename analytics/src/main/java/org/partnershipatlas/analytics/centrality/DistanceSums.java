package org.partnershipatlas.analytics.centrality;

import java.util.function.IntConsumer;

import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.ParallelSources;
import org.partnershipatlas.analytics.graph.ShortestPathTree;
import org.partnershipatlas.analytics.graph.WeightMode;

/**
 * One single-source shortest-path search from every vertex, keeping per source the number of other vertices reached,
 * the sum of their distances and the sum of the reciprocals: what closeness and harmonic centrality need. Each
 * source writes only its own slots, so the sweep is parallel without combining.
 */
final class DistanceSums {
    final int[] reachedOthers;
    final double[] distanceSum;
    final double[] reciprocalSum;

    DistanceSums(NetworkGraph graph, WeightMode mode, int threads) {
        int n = graph.nodeCount();
        reachedOthers = new int[n];
        distanceSum = new double[n];
        reciprocalSum = new double[n];
        double[] lengths = graph.lengths(mode);
        ParallelSources.run(ParallelSources.all(n), threads, () -> new IntConsumer() {
            private final ShortestPathTree tree = new ShortestPathTree(graph, lengths);

            @Override
            public void accept(int s) {
                tree.run(s);
                double sum = 0;
                double reciprocal = 0;
                for (int i = 1; i < tree.reached(); i++) {
                    double d = tree.distance(tree.order(i));
                    sum += d;
                    reciprocal += 1.0 / d;
                }
                reachedOthers[s] = tree.reached() - 1;
                distanceSum[s] = sum;
                reciprocalSum[s] = reciprocal;
            }
        });
    }
}
