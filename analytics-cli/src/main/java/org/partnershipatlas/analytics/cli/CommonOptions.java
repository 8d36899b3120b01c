package org.partnershipatlas.analytics.cli;

import java.util.Locale;
import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.partnershipatlas.analytics.AnalysisOptions;
import org.partnershipatlas.analytics.NetworkAnalytics;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.ParallelSources;
import org.partnershipatlas.analytics.graph.WeightMode;

/** The options every analysis command takes. */
final class CommonOptions {
    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "native JSON snapshot, spreadsheet links.csv, or edge list source,target[,weight]")
    Path input;

    @Option(names = "--nodes", paramLabel = "FILE",
            description = "node table id,<attribute>… for an edge list (or organisations.csv for links.csv)")
    Path nodes;

    @Option(names = "--weights", paramLabel = "MODE", defaultValue = "none",
            description = "none | distance | strength (default: ${DEFAULT-VALUE})")
    String weights;

    @Option(names = "--threads", paramLabel = "N", description = "threads for the all-pairs kernels (default: all processors)")
    Integer threads;

    @Option(names = "--seed", paramLabel = "S", description = "seed of everything sampled (betweenness estimates, "
            + "Louvain's visiting order; default " + AnalysisOptions.DEFAULT_SEED + ")")
    Long seed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json | csv (csv where the result is a table)")
    String format;

    WeightMode weightMode() {
        try {
            return WeightMode.parse(weights);
        } catch (IllegalArgumentException e) {
            throw new InputException("--weights: " + e.getMessage());
        }
    }

    int threadCount() {
        int t = threads == null ? ParallelSources.defaultThreads() : threads;
        if (t < 1) {
            throw new InputException("--threads must be at least 1: " + t);
        }
        return t;
    }

    boolean csv() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> false;
            case "csv" -> true;
            default -> throw new InputException("--format must be json or csv: " + format);
        };
    }

    AnalysisOptions options(int samples) {
        return AnalysisOptions.defaults().withWeights(weightMode()).withThreads(threadCount())
                .withBetweennessSamples(samples).withSeed(seed == null ? AnalysisOptions.DEFAULT_SEED : seed);
    }

    NetworkGraph readGraph() {
        return InputReader.read(input, nodes);
    }

    NetworkAnalytics analytics() {
        return NetworkAnalytics.of(readGraph(), options(0));
    }

    /** The vertex of an id given on the command line, or a clear error. */
    static void requireKnown(NetworkGraph graph, String option, String id, Path input) {
        if (!graph.contains(id)) {
            throw new InputException(option + ": unknown id \"" + id + "\" (not in " + input + ")");
        }
    }
}
