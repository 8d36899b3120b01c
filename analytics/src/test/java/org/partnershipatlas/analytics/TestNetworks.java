package org.partnershipatlas.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import org.partnershipatlas.analytics.graph.EdgeListFormat;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.format.CsvSnapshotFormat;
import org.partnershipatlas.format.Json;
import org.partnershipatlas.model.NetworkSnapshot;

/** The networks the tests read: the real seed, the published networks and their reference values, small graphs. */
public final class TestNetworks {
    private TestNetworks() {
    }

    public static NetworkSnapshot seed() {
        try (var o = reader("/seed/seed-organisations.csv"); var l = reader("/seed/seed-links.csv")) {
            return CsvSnapshotFormat.read(o, l);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** karate, florentine, lesmis or davis, from the edge list written by make_reference.py. */
    public static NetworkGraph published(String name) {
        try (var r = reader("/reference/" + name + ".csv")) {
            return EdgeListFormat.read(name + ".csv", r, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode reference(String name) {
        try (var in = TestNetworks.class.getResourceAsStream("/reference/" + name + ".json")) {
            return Json.mapper().readTree(Objects.requireNonNull(in, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BufferedReader reader(String resource) {
        var in = Objects.requireNonNull(TestNetworks.class.getResourceAsStream(resource), resource);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** A graph from "a-b b-c …" pairs (unit weights). */
    public static NetworkGraph graph(String... edges) {
        var b = NetworkGraph.builder();
        for (String e : edges) {
            String[] ends = e.split("-");
            if (ends.length == 1) {
                b.node(ends[0]);
            } else {
                b.edge(ends[0], ends[1], 1.0);
            }
        }
        return b.build();
    }

    /** A path 0-1-…-(n-1). */
    public static NetworkGraph path(int n) {
        var b = NetworkGraph.builder();
        b.node("0");
        for (int i = 1; i < n; i++) {
            b.edge(String.valueOf(i - 1), String.valueOf(i), 1.0);
        }
        return b.build();
    }

    /** A star with centre "c" and leaves "l1".."lk". */
    public static NetworkGraph star(int leaves) {
        var b = NetworkGraph.builder();
        b.node("c");
        for (int i = 1; i <= leaves; i++) {
            b.edge("c", "l" + i, 1.0);
        }
        return b.build();
    }

    /** A reproducible random graph with about {@code m} ties and integer weights 1..5. */
    public static NetworkGraph random(int n, int m, long seed) {
        var random = new java.util.SplittableRandom(seed);
        var b = NetworkGraph.builder();
        for (int i = 0; i < n; i++) {
            b.node("v" + i);
        }
        for (int e = 0; e < m; e++) {
            int u = random.nextInt(n);
            int v = random.nextInt(n);
            if (u != v) {
                b.edge("v" + u, "v" + v, 1 + random.nextInt(5));
            }
        }
        return b.build();
    }

    /**
     * A reproducible random graph full of what partnership networks have: a random core of {@code core} vertices
     * with about {@code 2·core} ties, trees and chains hanging off it (one partner only, and partners of those), a
     * separate tree, a separate small cycle and isolated vertices — so leaves, cut vertices, bridges and several
     * components. Integer weights 1..4 (ties of equal total length are common, so several shortest paths tie); one
     * row per pair, so the weights are exactly those drawn.
     */
    public static NetworkGraph leafy(int core, int hanging, long seed) {
        return leafy(core, hanging, seed, new int[] {1, 2, 3, 4});
    }

    /** As {@link #leafy(int, int, long)}, each weight drawn from {@code weights}. */
    public static NetworkGraph leafy(int core, int hanging, long seed, int[] weights) {
        var random = new java.util.SplittableRandom(seed);
        var b = NetworkGraph.builder();
        for (int i = 0; i < core; i++) {
            b.node("c" + i);
        }
        var pairs = new java.util.HashSet<Long>();
        for (int e = 0; e < 2 * core; e++) {
            int u = random.nextInt(core);
            int v = random.nextInt(core);
            // one row per pair: repeated rows would be merged with their weights summed
            if (u != v && pairs.add((long) Math.min(u, v) * core + Math.max(u, v))) {
                b.edge("c" + u, "c" + v, weights[random.nextInt(weights.length)]);
            }
        }
        var attached = new java.util.ArrayList<String>();
        for (int i = 0; i < hanging; i++) {
            String parent = attached.isEmpty() || random.nextInt(3) == 0 ? "c" + random.nextInt(core)
                    : attached.get(random.nextInt(attached.size()));
            String leaf = "h" + i;
            b.edge(parent, leaf, weights[random.nextInt(weights.length)]);
            attached.add(leaf);
        }
        // a separate tree, a separate triangle with a tail, isolated vertices
        for (int i = 1; i < 12; i++) {
            b.edge("t" + random.nextInt(i), "t" + i, weights[random.nextInt(weights.length)]);
        }
        b.edge("x0", "x1", 1).edge("x1", "x2", 2).edge("x2", "x0", 3).edge("x2", "x3", 1);
        b.node("lonely1");
        b.node("lonely2");
        return b.build();
    }
}
