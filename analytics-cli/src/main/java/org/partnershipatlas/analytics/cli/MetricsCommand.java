package org.partnershipatlas.analytics.cli;

import java.util.Comparator;
import java.util.stream.IntStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import org.partnershipatlas.analytics.AnalysisOptions;
import org.partnershipatlas.analytics.Conventions;
import org.partnershipatlas.analytics.NetworkAnalytics;
import org.partnershipatlas.analytics.brokerage.ArticulationPointsAndBridges;
import org.partnershipatlas.analytics.brokerage.StructuralHoles;
import org.partnershipatlas.analytics.centrality.BetweennessCentrality;
import org.partnershipatlas.analytics.centrality.ClosenessCentrality;
import org.partnershipatlas.analytics.centrality.Components;
import org.partnershipatlas.analytics.centrality.CoreNumber;
import org.partnershipatlas.analytics.centrality.Degrees;
import org.partnershipatlas.analytics.centrality.EigenvectorCentrality;
import org.partnershipatlas.analytics.centrality.HarmonicCentrality;
import org.partnershipatlas.analytics.centrality.KadabraBetweenness;
import org.partnershipatlas.analytics.centrality.PageRank;
import org.partnershipatlas.analytics.centrality.Triangles;
import org.partnershipatlas.analytics.communities.LouvainCommunities;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.ParallelSources;
import org.partnershipatlas.analytics.graph.WeightMode;

/**
 * {@code metrics}: every (or the chosen) measure of every node and of the graph, each algorithm timed alone. The
 * CSR kernels are called directly (not through the facade) so that each timing covers one algorithm only.
 */
@Command(name = "metrics", description = "Per-node and graph-level measures as JSON (or the node table as CSV).")
final class MetricsCommand implements Callable<Integer> {
    static final List<String> NODE_FIELDS = List.of("degree", "strength", "betweenness", "betweennessNormalized",
            "closeness", "harmonic", "pageRank", "eigenvector", "coreNumber", "clustering", "triangles", "constraint",
            "effectiveSize", "community");
    static final List<String> GRAPH_FIELDS = List.of("components", "density", "transitivity", "averageClustering",
            "articulationPoints", "bridges");

    @ParentCommand
    AnalyticsCli cli;

    @Mixin
    CommonOptions common;

    @Option(names = "--metrics", paramLabel = "LIST", defaultValue = "all",
            description = "all, or field names separated by commas: ${COMPLETION-CANDIDATES}")
    String metrics;

    @Option(names = "--approximate", paramLabel = "SAMPLES|auto", defaultValue = "0",
            description = "betweenness: 0 = exact; N = estimated from N sampled sources (Brandes-Pich); auto = exact "
                    + "up to " + NetworkAnalytics.ADAPTIVE_BETWEENNESS_ABOVE + " organisations, above that KADABRA adaptive "
                    + "sampling with the (epsilon, delta) guarantee stated under \"approximation\"")
    String approximate;

    @Option(names = "--top", paramLabel = "K",
            description = "write only the K nodes of highest betweenness (highest first); with --approximate auto the "
                    + "sampling stops once the top K are separated or known within epsilon")
    Integer top;

    @Option(names = "--epsilon", paramLabel = "E", description = "KADABRA absolute error on betweenness / (n(n-1)/2) "
            + "for --approximate auto (default " + KadabraBetweenness.DEFAULT_EPSILON + ")")
    Double epsilon;

    @Option(names = "--delta", paramLabel = "D", description = "KADABRA failure probability for --approximate auto "
            + "(default " + KadabraBetweenness.DEFAULT_DELTA + ")")
    Double delta;

    @Override
    public Integer call() {
        Set<String> wanted = wanted(metrics);
        boolean auto = approximate.strip().equalsIgnoreCase("auto");
        int samples = auto ? 0 : samples(approximate);
        if (top != null && top < 1) {
            throw new InputException("--top must be at least 1: " + top);
        }
        boolean betweennessWanted = wanted.contains("betweenness") || wanted.contains("betweennessNormalized");
        if (top != null && !betweennessWanted) {
            throw new InputException("--top ranks by betweenness: include betweenness in --metrics");
        }
        double eps = epsilon == null ? KadabraBetweenness.DEFAULT_EPSILON : epsilon;
        double del = delta == null ? KadabraBetweenness.DEFAULT_DELTA : delta;
        if (!(eps > 0 && eps < 1) || !(del > 0 && del < 1)) {
            throw new InputException("--epsilon and --delta must be between 0 and 1 (exclusive): " + eps + ", " + del);
        }
        if ((epsilon != null || delta != null) && !auto) {
            throw new InputException("--epsilon and --delta apply to --approximate auto only");
        }
        boolean csv = common.csv();
        AnalysisOptions options = common.options(samples);
        WeightMode mode = options.weights();
        Map<String, Long> timings = new LinkedHashMap<>();
        NetworkGraph graph = timed(timings, "parse", common::readGraph);
        int threads = options.threads();
        Map<String, Object> columns = new LinkedHashMap<>();
        Map<String, Object> graphFields = new LinkedHashMap<>();
        if (wanted.contains("degree")) {
            columns.put("degree", timed(timings, "degree", () -> Degrees.degree(graph)));
        }
        if (wanted.contains("strength")) {
            columns.put("strength", timed(timings, "strength", () -> Degrees.strength(graph, mode)));
        }
        Map<String, Object> approximation = null;
        String betweennessConvention = null;
        double[] ranking = null;
        if (betweennessWanted) {
            double[] raw;
            double[] normalized;
            if (auto && graph.nodeCount() > NetworkAnalytics.ADAPTIVE_BETWEENNESS_ABOVE) {
                if (mode != WeightMode.NONE) {
                    throw new InputException("--approximate auto above " + NetworkAnalytics.ADAPTIVE_BETWEENNESS_ABOVE
                            + " organisations samples hop-count shortest paths (KADABRA): use --weights none, or "
                            + "--approximate SAMPLES for weighted source sampling");
                }
                int k = top == null ? 0 : top;
                // the estimate is computed on first use: the timing covers the sampling
                var b = timed(timings, "betweenness", () -> {
                    var estimate = new KadabraBetweenness(graph, eps, del, k, threads, options.seed());
                    estimate.samples();
                    return estimate;
                });
                raw = b.raw();
                normalized = b.normalized();
                approximation = b.description();
                betweennessConvention = Conventions.kadabra(b);
            } else {
                var b = timed(timings, "betweenness", () -> new BetweennessCentrality(graph, mode, threads,
                        options.betweennessSamples(), options.seed()));
                raw = b.raw();
                normalized = b.normalized();
                approximation = b.description();
            }
            ranking = raw;
            if (wanted.contains("betweenness")) {
                columns.put("betweenness", raw);
            }
            if (wanted.contains("betweennessNormalized")) {
                columns.put("betweennessNormalized", normalized);
            }
        }
        if (wanted.contains("closeness")) {
            columns.put("closeness", timed(timings, "closeness",
                    () -> new ClosenessCentrality(graph, mode, threads).scores()));
        }
        if (wanted.contains("harmonic")) {
            columns.put("harmonic", timed(timings, "harmonic",
                    () -> new HarmonicCentrality(graph, mode, threads).scores()));
        }
        if (wanted.contains("pageRank")) {
            columns.put("pageRank", timed(timings, "pageRank", () -> new PageRank(graph, mode).scores()));
        }
        if (wanted.contains("eigenvector")) {
            columns.put("eigenvector", timed(timings, "eigenvector",
                    () -> new EigenvectorCentrality(graph, mode).scores()));
        }
        if (wanted.contains("coreNumber")) {
            columns.put("coreNumber", timed(timings, "coreNumber", () -> new CoreNumber(graph).cores()));
        }
        if (wanted.stream().anyMatch(Set.of("clustering", "triangles", "transitivity", "averageClustering")::contains)) {
            var t = timed(timings, "triangles", () -> new Triangles(graph));
            if (wanted.contains("clustering")) {
                columns.put("clustering", t.clustering());
            }
            if (wanted.contains("triangles")) {
                columns.put("triangles", t.triangles());
            }
            if (wanted.contains("transitivity")) {
                graphFields.put("transitivity", t.transitivity());
            }
            if (wanted.contains("averageClustering")) {
                graphFields.put("averageClustering", t.averageClustering());
            }
        }
        if (wanted.contains("constraint")) {
            columns.put("constraint", timed(timings, "constraint",
                    () -> new StructuralHoles(graph, mode, true, false).constraint()));
        }
        if (wanted.contains("effectiveSize")) {
            columns.put("effectiveSize", timed(timings, "effectiveSize",
                    () -> new StructuralHoles(graph, mode, false, true).effectiveSize()));
        }
        if (wanted.contains("community")) {
            columns.put("community", timed(timings, "community",
                    () -> new LouvainCommunities(graph, mode, options.seed()).communities()));
        }
        if (wanted.contains("components")) {
            graphFields.put("components", timed(timings, "components", () -> new Components(graph).count()));
        }
        if (wanted.contains("density")) {
            graphFields.put("density", timed(timings, "density", () -> Degrees.density(graph)));
        }
        // one depth-first search finds both: timed once, under the first of them asked for
        ArticulationPointsAndBridges cuts = null;
        if (wanted.contains("articulationPoints")) {
            cuts = timed(timings, "articulationPoints", () -> new ArticulationPointsAndBridges(graph));
            var ids = new ArrayList<String>();
            for (int v : cuts.articulationPoints()) {
                ids.add(graph.id(v));
            }
            graphFields.put("articulationPoints", ids);
        }
        if (wanted.contains("bridges")) {
            if (cuts == null) {
                cuts = timed(timings, "bridges", () -> new ArticulationPointsAndBridges(graph));
            }
            var pairs = new ArrayList<List<String>>();
            for (int i = 0; i < cuts.bridgeCount(); i++) {
                String x = graph.id(cuts.bridgeParent(i));
                String y = graph.id(cuts.bridgeChild(i));
                pairs.add(x.compareTo(y) <= 0 ? List.of(x, y) : List.of(y, x));
            }
            pairs.sort((p, q) -> p.get(0).equals(q.get(0)) ? p.get(1).compareTo(q.get(1)) : p.get(0).compareTo(q.get(0)));
            graphFields.put("bridges", pairs);
        }
        var orderedGraph = new LinkedHashMap<String, Object>();
        orderedGraph.put("nodes", graph.nodeCount());
        orderedGraph.put("edges", graph.edgeCount());
        for (String f : GRAPH_FIELDS) {
            if (graphFields.containsKey(f)) {
                orderedGraph.put(f, graphFields.get(f));
            }
        }
        var orderedColumns = new LinkedHashMap<String, Object>();
        for (String f : NODE_FIELDS) {
            if (columns.containsKey(f)) {
                orderedColumns.put(f, columns.get(f));
            }
        }
        int[] rows = top == null ? ParallelSources.all(graph.nodeCount()) : highest(ranking, top);
        var conventions = Conventions.of(options);
        if (betweennessConvention != null) {
            conventions.put("betweenness", betweennessConvention);
        }
        if (csv) {
            writeCsv(graph, rows, orderedColumns);
        } else {
            writeJson(graph, rows, orderedGraph, orderedColumns, approximation, conventions, timings);
        }
        return 0;
    }

    /** {@code --approximate}: a non-negative sample count (or auto, handled by the caller). */
    private static int samples(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0) {
                throw new InputException("--approximate must not be negative: " + text);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InputException("--approximate must be a sample count or auto: " + text);
        }
    }

    /** The k vertices of highest score, highest first; ties by vertex order. */
    static int[] highest(double[] scores, int k) {
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(v -> -scores[v]).thenComparingInt(v -> v))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    static Set<String> wanted(String list) {
        var result = new LinkedHashSet<String>();
        for (String name : list.split(",")) {
            String n = name.strip();
            if (n.equals("all")) {
                result.addAll(NODE_FIELDS);
                result.addAll(GRAPH_FIELDS);
            } else if (NODE_FIELDS.contains(n) || GRAPH_FIELDS.contains(n)) {
                result.add(n);
            } else if (!n.isEmpty()) {
                throw new InputException("--metrics: unknown metric \"" + n + "\" (expected all or some of "
                        + String.join(",", NODE_FIELDS) + "," + String.join(",", GRAPH_FIELDS) + ")");
            }
        }
        return result;
    }

    static <T> T timed(Map<String, Long> timings, String key, Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        timings.put(key, Math.round((System.nanoTime() - start) / 1e6));
        return value;
    }

    private void writeJson(NetworkGraph graph, int[] rows, Map<String, Object> graphFields,
                           Map<String, Object> columns, Map<String, Object> approximation,
                           Map<String, Object> conventions, Map<String, Long> timings) {
        try (JsonGenerator g = Output.generator(cli.out)) {
            g.writeStartObject();
            g.writeFieldName("graph");
            g.writeObject(graphFields);
            g.writeArrayFieldStart("nodes");
            if (!columns.isEmpty()) {
                for (int v : rows) {
                    g.writeStartObject();
                    g.writeStringField("id", graph.id(v));
                    for (var c : columns.entrySet()) {
                        g.writeFieldName(c.getKey());
                        writeValue(g, c.getValue(), v);
                    }
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            if (approximation != null) {
                g.writeFieldName("approximation");
                g.writeObject(approximation);
            }
            g.writeFieldName("conventions");
            g.writeObject(conventions);
            g.writeFieldName("timingsMs");
            g.writeObject(timings);
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cli.out.flush();
    }

    private static void writeValue(JsonGenerator g, Object column, int v) throws IOException {
        Number x = value(column, v);
        if (x == null) {
            g.writeNull();
        } else if (x instanceof Double d) {
            g.writeNumber(d);
        } else {
            g.writeNumber(x.longValue());
        }
    }

    /** One vertex's value of a computed column: int, long or double; {@code null} for NaN (undefined). */
    private static Number value(Object column, int v) {
        if (column instanceof int[] a) {
            return a[v];
        }
        if (column instanceof long[] a) {
            return a[v];
        }
        double x = ((double[]) column)[v];
        return Double.isNaN(x) ? null : x;
    }

    private void writeCsv(NetworkGraph graph, int[] order, Map<String, Object> columns) {
        var header = new ArrayList<String>();
        header.add("id");
        header.addAll(columns.keySet());
        var rows = new ArrayList<List<?>>(order.length);
        for (int v : order) {
            var row = new ArrayList<Object>();
            row.add(graph.id(v));
            for (Object c : columns.values()) {
                row.add(value(c, v));
            }
            rows.add(row);
        }
        Output.csv(header, rows, cli.out);
    }
}
