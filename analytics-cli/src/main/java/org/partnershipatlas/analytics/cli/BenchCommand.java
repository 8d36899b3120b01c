package org.partnershipatlas.analytics.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import org.partnershipatlas.analytics.bench.Benchmark;

/** {@code bench}: one timed run of the kernels the peer comparison covers. */
@Command(name = "bench", description = "Time exact and sampled betweenness (with top-100 overlap), articulation "
        + "points, bridges and PageRank on the input, one run each.")
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    AnalyticsCli cli;

    @Mixin
    CommonOptions common;

    @Option(names = "--approximate", paramLabel = "SAMPLES", defaultValue = "0",
            description = "also time betweenness sampled from this many sources")
    int approximate;

    @Option(names = "--adaptive", description = "also time KADABRA adaptive betweenness (default epsilon and delta, top 100)")
    boolean adaptive;

    @Option(names = "--no-exact", description = "skip exact betweenness")
    boolean noExact;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        var graph = common.readGraph();
        long parse = Math.round((System.nanoTime() - start) / 1e6);
        var result = Benchmark.run(graph, common.threadCount(), approximate, adaptive, !noExact,
                common.options(0).seed());
        result.put("parseMs", parse);
        Output.json(result, cli.out);
        return 0;
    }
}
