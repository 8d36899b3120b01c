package org.partnershipatlas.analytics.introductions;

import java.util.Comparator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;

/**
 * The k shortest simple routes from an organisation to another, to any organisation in a country, or to any on a
 * theme, each with its introducer named and the links (with sources) behind every step.
 *
 * <p>Algorithm: J. Y. Yen, "Finding the k shortest loopless paths in a network", Management Science 17(11), 1971,
 * as JGraphT's {@code YenKShortestPath}, over path lengths of the weight mode; by hops ({@link #byHops}, the default)
 * as {@link YenHopPaths}, breadth-first searches on the graph itself with the same semantics as below. For a set of
 * targets a directed copy of the graph gets a virtual sink joined from every target by a zero-length arc, and no
 * arc leaves a target except to the sink, so every route ends at the first target it meets. The start is never a
 * target of its own query. Up to 5k candidates (at most k + 30) are found and ranked: shorter first, then ending at a
 * named organisation before a placeholder, then better-founded (link confidence), then as Yen found them.
 *
 * <p><b>Different introducers first.</b> Routes that differ only in their last step ask the same people for the same
 * introduction, so the k offered are chosen from the ranked candidates in three passes: first the best route through
 * each introducer not yet offered (the direct link, when there is one, counts as an introducer of its own); then the
 * best route through each chain of introducers not yet offered (the same first introducer, a different one after
 * it); then the rest in rank order. Within each pass the ranking above holds.
 *
 * <p>Complexity: O(k·n·(m + n log n)) time; a target set copies the graph (O(n + m)).
 */
public final class RouteFinder {
    private static final String SINK = "\u0000target";

    private final NetworkGraph graph;
    /** null: every step counts one, and {@link YenHopPaths} searches the graph itself */
    private final Graph<String, DefaultWeightedEdge> jgrapht;

    /** @param jgrapht the projection of {@code graph} with path lengths as edge weights */
    public RouteFinder(NetworkGraph graph, Graph<String, DefaultWeightedEdge> jgrapht) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.jgrapht = Objects.requireNonNull(jgrapht, "jgrapht");
    }

    private RouteFinder(NetworkGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.jgrapht = null;
    }

    /** Routes whose length is their number of steps (unweighted), found by {@link YenHopPaths}. */
    public static RouteFinder byHops(NetworkGraph graph) {
        return new RouteFinder(graph);
    }

    /**
     * @throws IllegalArgumentException for an unknown start or target, k < 1, or a target no organisation matches
     */
    public List<Route> routes(String from, RouteTarget target, int k) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(target, "target");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        if (!graph.contains(from)) {
            throw new IllegalArgumentException("unknown organisation \"" + from + "\"");
        }
        Set<String> targets = targets(target);
        targets.remove(from);
        if (targets.isEmpty()) {
            return List.of();
        }
        // More candidates than asked for, so that among routes of equal length the better-founded ones can win.
        int candidates = Math.min(k * CANDIDATES_PER_ROUTE, k + MAX_EXTRA_CANDIDATES);
        var found = new ArrayList<Candidate>();
        if (jgrapht == null) {
            int[] ends = targets.stream().mapToInt(graph::indexOf).toArray();
            for (int[] path : new YenHopPaths(graph, ends).paths(graph.indexOf(from), candidates)) {
                List<String> vertices = Arrays.stream(path).mapToObj(graph::id).toList();
                found.add(new Candidate(vertices, path.length - 1, endsAtPlaceholder(vertices), doubt(vertices),
                        found.size()));
            }
        } else {
            List<GraphPath<String, DefaultWeightedEdge>> paths;
            if (target.kind() == RouteTarget.Kind.ORGANISATION) {
                paths = new YenKShortestPath<>(jgrapht).getPaths(from, target.value(), candidates);
            } else {
                paths = new YenKShortestPath<>(withSink(targets)).getPaths(from, SINK, candidates);
            }
            for (var path : paths) {
                List<String> vertices = new ArrayList<>(path.getVertexList());
                if (vertices.get(vertices.size() - 1).equals(SINK)) {
                    vertices.remove(vertices.size() - 1);
                }
                found.add(new Candidate(vertices, path.getWeight(), endsAtPlaceholder(vertices), doubt(vertices),
                        found.size()));
            }
        }
        found.sort(Candidate.ORDER);
        var routes = new ArrayList<Route>();
        for (Candidate c : diverse(found, k)) {
            routes.add(route(routes.size() + 1, c.vertices(), c.length()));
        }
        return routes;
    }

    static final int CANDIDATES_PER_ROUTE = 5;
    static final int MAX_EXTRA_CANDIDATES = 30;

    /**
     * Up to k of the ranked candidates: the best through each introducer first, then the best through each chain of
     * introducers, then the rest, each pass in rank order.
     */
    static List<Candidate> diverse(List<Candidate> ranked, int k) {
        var chosen = new ArrayList<Candidate>();
        var taken = new boolean[ranked.size()];
        var introducers = new HashSet<List<String>>();
        var chains = new HashSet<List<String>>();
        for (int pass = 0; pass < 3 && chosen.size() < k; pass++) {
            for (int i = 0; i < ranked.size() && chosen.size() < k; i++) {
                if (taken[i]) {
                    continue;
                }
                Candidate c = ranked.get(i);
                boolean take = switch (pass) {
                    case 0 -> !introducers.contains(c.introducers().subList(0, Math.min(1, c.introducers().size())));
                    case 1 -> !chains.contains(c.introducers());
                    default -> true;
                };
                if (take) {
                    taken[i] = true;
                    chosen.add(c);
                    introducers.add(c.introducers().subList(0, Math.min(1, c.introducers().size())));
                    chains.add(c.introducers());
                }
            }
        }
        return chosen;
    }

    /**
     * A route before ranking. Order: shorter first; then one ending at a named organisation before one ending at a
     * placeholder ("… (not named in source)"); then the better-founded (the sum over its steps of the best link's
     * confidence grade, A = 0, B = 1, C = 2); then as Yen found them.
     */
    record Candidate(List<String> vertices, double length, boolean placeholderEnd, int doubt, int found) {
        /** The organisations between the start and the end: who is asked, in turn (none for a direct link). */
        List<String> introducers() {
            return vertices.subList(1, Math.max(1, vertices.size() - 1));
        }

        static final Comparator<Candidate> ORDER = Comparator.comparingDouble(Candidate::length)
                .thenComparing(Candidate::placeholderEnd).thenComparingInt(Candidate::doubt)
                .thenComparingInt(Candidate::found);
    }

    private boolean endsAtPlaceholder(List<String> vertices) {
        String end = vertices.get(vertices.size() - 1);
        return graph.snapshot().flatMap(s -> s.organisation(end)).map(o -> o.placeholder()).orElse(false);
    }

    private int doubt(List<String> vertices) {
        var snapshot = graph.snapshot();
        if (snapshot.isEmpty()) {
            return 0;
        }
        int sum = 0;
        for (int i = 0; i + 1 < vertices.size(); i++) {
            String a = vertices.get(i);
            String b = vertices.get(i + 1);
            sum += snapshot.get().linksOf(a).stream().filter(l -> l.otherEnd(a).equals(b))
                    .mapToInt(l -> l.confidence().ordinal()).min().orElse(0);
        }
        return sum;
    }

    private Set<String> targets(RouteTarget target) {
        var result = new LinkedHashSet<String>();
        switch (target.kind()) {
            case ORGANISATION -> {
                if (!graph.contains(target.value())) {
                    throw new IllegalArgumentException("unknown organisation \"" + target.value() + "\"");
                }
                result.add(target.value());
            }
            case COUNTRY -> {
                if (!graph.hasAttribute(NetworkGraph.COUNTRY)) {
                    throw new IllegalArgumentException("routes to a country need organisation countries "
                            + "(a native JSON snapshot, or a country column in the nodes table)");
                }
                for (int v = 0; v < graph.nodeCount(); v++) {
                    if (target.value().equals(graph.attribute(v, NetworkGraph.COUNTRY))) {
                        result.add(graph.id(v));
                    }
                }
                if (result.isEmpty()) {
                    throw new IllegalArgumentException("no organisation in country \"" + target.value() + "\"");
                }
            }
            case THEME -> {
                NetworkSnapshot s = graph.snapshot().orElseThrow(() -> new IllegalArgumentException(
                        "routes to a theme need link themes (a native JSON snapshot)"));
                String wanted = target.value().toLowerCase(Locale.ROOT);
                for (Link l : s.links()) {
                    if (l.themes().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(wanted))) {
                        result.add(l.from());
                        result.add(l.to());
                    }
                }
                if (result.isEmpty()) {
                    throw new IllegalArgumentException("no link has a theme containing \"" + target.value() + "\"");
                }
            }
        }
        return result;
    }

    /** A directed copy in which targets lead only to the sink. */
    private Graph<String, DefaultWeightedEdge> withSink(Set<String> targets) {
        var g = new SimpleDirectedWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        jgrapht.vertexSet().forEach(g::addVertex);
        g.addVertex(SINK);
        for (DefaultWeightedEdge e : jgrapht.edgeSet()) {
            String a = jgrapht.getEdgeSource(e);
            String b = jgrapht.getEdgeTarget(e);
            double w = jgrapht.getEdgeWeight(e);
            if (!targets.contains(a)) {
                g.setEdgeWeight(g.addEdge(a, b), w);
            }
            if (!targets.contains(b)) {
                g.setEdgeWeight(g.addEdge(b, a), w);
            }
        }
        for (String t : targets) {
            g.setEdgeWeight(g.addEdge(t, SINK), 0.0);
        }
        return g;
    }

    private Route route(int rank, List<String> vertices, double length) {
        var snapshot = graph.snapshot();
        var names = vertices.stream().map(id -> graph.label(graph.indexOf(id))).toList();
        var steps = new ArrayList<RouteStep>();
        boolean inferred = false;
        for (int i = 0; i + 1 < vertices.size(); i++) {
            String a = vertices.get(i);
            String b = vertices.get(i + 1);
            var evidence = snapshot.map(s -> s.linksOf(a).stream().filter(l -> l.otherEnd(a).equals(b))
                    .map(l -> new LinkEvidence(l.id(), l.kind(), l.from(), l.to(), l.confidence(), l.sources()))
                    .toList()).orElse(List.of());
            inferred |= evidence.stream().anyMatch(LinkEvidence::inferred);
            steps.add(new RouteStep(a, b, evidence));
        }
        int hops = vertices.size() - 1;
        String introducer = hops >= 2 ? vertices.get(1) : null;
        String path = String.join(" → ", names);
        Finding explanation;
        if (introducer == null) {
            explanation = Finding.of("ALREADY_LINKED", "from", names.get(0), "to", names.get(hops),
                    "inferred", inferred);
        } else {
            Object[] arguments = {"introducer", names.get(1), "introducerId", introducer, "from", names.get(0),
                    "next", hops == 2 ? null : names.get(2), "to", names.get(hops), "toId", vertices.get(hops),
                    "steps", hops, "path", path, "inferred", inferred};
            explanation = hops == 2 ? Finding.of("ASK_TO_INTRODUCE", arguments)
                    : Finding.of("ASK_TO_INTRODUCE_ONWARD", arguments);
        }
        return new Route(rank, vertices, names, introducer, vertices.get(hops), hops, length, steps, inferred,
                explanation);
    }

}
