package org.partnershipatlas.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.partnershipatlas.app.EmbeddedNeo4j;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.validation.NetworkChange;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.ChangeNote;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.StoreWrite;
import org.partnershipatlas.store.WriteResult;
import org.partnershipatlas.synthetic.SyntheticNetworkGenerator;

/**
 * How long the embedded store takes to import a large synthetic partnership network, as the store does it (through
 * the driver over Bolt, the store's one write without the door's checks). Not a test: run it on a quiet machine with
 *
 * <pre>mvn -q -pl ui -am -Pbench-store -DskipTests process-test-classes</pre>
 *
 * (arguments via {@code -Dbench.args="ORGANISATIONS LINKS_PER_ORGANISATION SEED [WRITERS]"}, default 100000 3 42 and
 * the store's own number of writers). It prints the wall time of the replace import into an empty store, of reading
 * the whole network back, of a merge import of the same network over itself (every record an update) and of a replace
 * import over it; and, because the machine is shared and its speed varies by the minute, the same run's time of
 * python-igraph's exact betweenness of a 10,000-organisation synthetic network (before and after the imports, if
 * Debian's {@code /usr/bin/python3} has {@code python3-igraph}; {@code -Dbench.python=…} names another python), with each import as a multiple
 * of it. The goal for the replace into the empty store is at most 30 s and at most 4 × igraph's time.
 */
public final class StoreImportBenchmark {
    private static final int IGRAPH_ORGANISATIONS = 10_000;
    private static final double GOAL_SECONDS = 30;
    private static final double GOAL_IGRAPH_MULTIPLE = 4;

    public static void main(String[] args) throws Exception {
        int organisations = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int linksPer = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Integer writers = args.length > 3 ? Integer.valueOf(args[3]) : null;

        var igraph = new ArrayList<Double>();
        igraphBetweenness(seed).ifPresent(igraph::add);

        long t0 = System.nanoTime();
        NetworkSnapshot network = new SyntheticNetworkGenerator(organisations, linksPer, seed).generate();
        System.out.printf("generated %,d organisations and %,d links in %.1f s%n", network.organisations().size(),
                network.links().size(), seconds(t0));

        Path dataDir = Files.createTempDirectory("atlas-bench-store");
        double replaceSeconds;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, 0, "1g");
             Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, neo4j.password()))) {
            var store = writers == null ? new NetworkStore(driver, null) : new NetworkStore(driver, null, writers);
            store.initialise();

            long t1 = System.nanoTime();
            long c1 = cpu();
            WriteResult replace = write(store, network, ImportMode.REPLACE);
            replaceSeconds = seconds(t1);
            System.out.printf("replace import into the empty store: %.1f s, CPU %.1f s (%,d organisations, %,d links "
                    + "stored)%n", replaceSeconds, cpuSince(c1), replace.totalOrganisations(), replace.totalLinks());

            long t2 = System.nanoTime();
            long c2 = cpu();
            int read = store.read().snapshot().links().size();
            System.out.printf("read the whole network back: %.1f s, CPU %.1f s (%,d links)%n", seconds(t2), cpuSince(c2),
                    read);

            if (Boolean.getBoolean("bench.firstOnly")) {
                return;
            }
            long t3 = System.nanoTime();
            long c3 = cpu();
            WriteResult merge = write(store, network, ImportMode.MERGE);
            System.out.printf("merge import of the same network over itself: %.1f s, CPU %.1f s (%,d organisations "
                    + "updated)%n", seconds(t3), cpuSince(c3), merge.organisationsUpdated());

            long t4 = System.nanoTime();
            long c4 = cpu();
            WriteResult again = write(store, network, ImportMode.REPLACE);
            System.out.printf("replace import over the stored network: %.1f s, CPU %.1f s (%,d links updated)%n",
                    seconds(t4), cpuSince(c4), again.linksUpdated());
            long t5 = System.nanoTime();
            store.awaitDeletions();
            System.out.printf("then the replaced generation deleted in the background: %.1f s more%n", seconds(t5));
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }

        igraphBetweenness(seed).ifPresent(igraph::add);
        if (igraph.isEmpty()) {
            System.out.printf("goal: replace into the empty store %.1f s <= %.0f s: %s (igraph not found: no relative "
                    + "figure)%n", replaceSeconds, GOAL_SECONDS, replaceSeconds <= GOAL_SECONDS ? "met" : "NOT met");
            return;
        }
        double reference = igraph.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        System.out.printf("goal: replace into the empty store %.1f s <= %.0f s: %s; = %.2f x igraph's exact betweenness "
                        + "of %,d organisations (%s s) <= %.0f x: %s%n", replaceSeconds, GOAL_SECONDS,
                replaceSeconds <= GOAL_SECONDS ? "met" : "NOT met", replaceSeconds / reference, IGRAPH_ORGANISATIONS,
                igraph.stream().map(s -> String.format("%.1f", s)).toList(), GOAL_IGRAPH_MULTIPLE,
                replaceSeconds / reference <= GOAL_IGRAPH_MULTIPLE ? "met" : "NOT met");
    }

    /** The store's one write, as the door calls it for a large import (counts only in the history). */
    private static WriteResult write(NetworkStore store, NetworkSnapshot network, ImportMode mode) {
        return store.write(new StoreWrite(store.version(), mode, NetworkChange.of(network), null, null, null,
                new ChangeNote("bench", ChangeKind.IMPORT, null, "benchmark", "benchmark", Map.of(), List.of(), false)));
    }

    /**
     * Seconds python-igraph takes for the exact betweenness of the seeded 10k synthetic network (the analytics
     * benchmark's reference, {@code analytics/bench/compare-peers.sh}), or empty if python3 or igraph is missing.
     */
    private static java.util.Optional<Double> igraphBetweenness(long seed) throws IOException, InterruptedException {
        if (!Boolean.parseBoolean(System.getProperty("bench.igraph", "true"))) {
            return java.util.Optional.empty();
        }
        Path edges = Files.createTempFile("atlas-bench-igraph", ".csv");
        try {
            NetworkSnapshot small = new SyntheticNetworkGenerator(IGRAPH_ORGANISATIONS, seed).generate();
            try (Writer w = Files.newBufferedWriter(edges, StandardCharsets.UTF_8)) {
                SyntheticNetworkGenerator.writeEdgeList(small, w);
            }
            String script = """
                    import csv, sys, time, igraph
                    with open(sys.argv[1], newline="") as f:
                        rows = csv.reader(f); next(rows)
                        g = igraph.Graph.TupleList([(r[0], r[1]) for r in rows], directed=False)
                    start = time.perf_counter()
                    g.betweenness(directed=False)
                    print(time.perf_counter() - start)
                    """;
            Process python = new ProcessBuilder(System.getProperty("bench.python", "/usr/bin/python3"), "-c", script,
                    edges.toString()).redirectErrorStream(true).start();
            String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (python.waitFor() != 0) {
                System.out.println("igraph reference not measured: " + out.lines().reduce((a, b) -> b).orElse(""));
                return java.util.Optional.empty();
            }
            double seconds = Double.parseDouble(out.lines().reduce((a, b) -> b).orElseThrow());
            System.out.printf("igraph exact betweenness, %,d organisations: %.1f s%n", IGRAPH_ORGANISATIONS, seconds);
            return java.util.Optional.of(seconds);
        } catch (IOException e) {
            System.out.println("igraph reference not measured: " + e.getMessage());
            return java.util.Optional.empty();
        } finally {
            Files.deleteIfExists(edges);
        }
    }

    /**
     * CPU nanoseconds this process (the store's client and the embedded database alike) has used: less disturbed by
     * other work on a shared machine than the wall time, and what a second core can share.
     */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double cpuSince(long since) {
        return (cpu() - since) / 1e9;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
