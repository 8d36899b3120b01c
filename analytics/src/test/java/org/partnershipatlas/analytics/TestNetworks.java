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
}
