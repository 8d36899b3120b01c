package org.partnershipatlas.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

import org.partnershipatlas.analytics.brokerage.ArticulationPointsAndBridges;
import org.partnershipatlas.analytics.brokerage.Broker;
import org.partnershipatlas.analytics.brokerage.BrokerRanking;
import org.partnershipatlas.analytics.brokerage.GouldFernandezBrokerage;
import org.partnershipatlas.analytics.brokerage.StructuralHoles;
import org.partnershipatlas.analytics.centrality.BetweennessCentrality;
import org.partnershipatlas.analytics.centrality.ClosenessCentrality;
import org.partnershipatlas.analytics.centrality.Components;
import org.partnershipatlas.analytics.centrality.CoreNumber;
import org.partnershipatlas.analytics.centrality.Degrees;
import org.partnershipatlas.analytics.centrality.Diameter;
import org.partnershipatlas.analytics.centrality.EigenvectorCentrality;
import org.partnershipatlas.analytics.centrality.HarmonicCentrality;
import org.partnershipatlas.analytics.centrality.KadabraBetweenness;
import org.partnershipatlas.analytics.centrality.PageRank;
import org.partnershipatlas.analytics.centrality.Triangles;
import org.partnershipatlas.analytics.communities.CommunityResult;
import org.partnershipatlas.analytics.communities.LouvainCommunities;
import org.partnershipatlas.analytics.gaps.CoverageDimension;
import org.partnershipatlas.analytics.gaps.CoverageMatrix;
import org.partnershipatlas.analytics.gaps.FragileLink;
import org.partnershipatlas.analytics.gaps.GapAnalysis;
import org.partnershipatlas.analytics.gaps.GapReport;
import org.partnershipatlas.analytics.gaps.MemberGroup;
import org.partnershipatlas.analytics.graph.JGraphTProjection;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;
import org.partnershipatlas.analytics.introductions.FirstPartner;
import org.partnershipatlas.analytics.introductions.LinkPrediction;
import org.partnershipatlas.analytics.introductions.LinkSuggestion;
import org.partnershipatlas.analytics.introductions.Route;
import org.partnershipatlas.analytics.introductions.RouteFinder;
import org.partnershipatlas.analytics.introductions.RouteTarget;
import org.partnershipatlas.analytics.introductions.SuggestionRequest;
import org.partnershipatlas.analytics.timeslice.Growth;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.analytics.whatif.WhatIfMeasure;
import org.partnershipatlas.analytics.whatif.WhatIfResult;
import org.partnershipatlas.model.NetworkSnapshot;

/**
 * Every analysis of one network, for the UI, the REST API and the CLI: built from an immutable snapshot (filter it
 * first, e.g. with {@link AnalysisScope#apply} or {@link NetworkSnapshot#asOf(int)}), each result computed once on first
 * use and shared. Immutable and thread-safe; no Spring, no Neo4j. Definitions: {@link #conventions()} and the
 * algorithm classes.
 *
 * <pre>{@code
 * var analytics = NetworkAnalytics.of(snapshot.asOf(2020));
 * analytics.metrics("pont");               // Optional<NodeMetrics>
 * analytics.gaps().underLinked();          // Health Boards with reasons
 * analytics.routes("19-hills-health-and-wellbeing-centre", RouteTarget.country("LS"), 3);
 * }</pre>
 */
public final class NetworkAnalytics {
    /** How many brokers {@link #brokers()} lists at most. */
    public static final int BROKER_LIMIT = 50;

    /**
     * Above this many organisations the broker ranking, what-if and the CLI's {@code --approximate auto} use
     * betweenness estimated by {@link KadabraBetweenness} (adaptive sampling with a stated (ε, δ)) instead of exact
     * Brandes: exact betweenness costs O(nm) — about 0.1 s at 2,000 organisations but 1.5 s at 10,000 and 3 to 6
     * minutes at 100,000 on two cores — while the estimate's cost grows far more slowly (about a second for the top
     * 100 at 100,000). At and below it the estimate would not be faster, and exact answers need no caveat.
     */
    public static final int ADAPTIVE_BETWEENNESS_ABOVE = 2_000;

    private final NetworkGraph graph;
    private final AnalysisOptions options;

    private final Lazy<Graph<String, DefaultWeightedEdge>> jgrapht;
    private final Lazy<BetweennessCentrality> betweenness;
    private final Lazy<double[]> closeness;
    private final Lazy<double[]> harmonic;
    private final Lazy<double[]> pageRank;
    private final Lazy<double[]> eigenvector;
    private final Lazy<int[]> cores;
    private final Lazy<Triangles> triangles;
    private final Lazy<StructuralHoles> holes;
    private final Lazy<ArticulationPointsAndBridges> cuts;
    private final Lazy<LouvainCommunities> louvain;
    private final Lazy<Components> components;
    private final Lazy<List<NodeMetrics>> metrics;
    private final Lazy<Map<String, NodeMetrics>> metricsById;
    private final Lazy<GraphSummary> summary;
    private final Lazy<GapReport> gaps;
    private final Lazy<GapReport> trustGaps;
    /** Each computed once per analysis: views and the API ask for them on every request. */
    private final Lazy<List<Broker>> rankedBrokers;
    private final Lazy<Map<WhatIfMeasure, double[]>> estimatedHeadlineMeasures;
    private final Lazy<Optional<KadabraBetweenness>> adaptiveBetweenness;
    private final Map<CoverageDimension, CoverageMatrix> coverages = new ConcurrentHashMap<>();
    private final Map<CoverageDimension, CoverageMatrix> trustCoverages = new ConcurrentHashMap<>();

    private NetworkAnalytics(NetworkGraph graph, AnalysisOptions options) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.options = Objects.requireNonNull(options, "options");
        var mode = options.weights();
        jgrapht = new Lazy<>(() -> JGraphTProjection.of(graph, mode));
        betweenness = new Lazy<>(() -> new BetweennessCentrality(graph, mode, options.threads(),
                options.betweennessSamples(), options.seed()));
        closeness = new Lazy<>(() -> new ClosenessCentrality(graph, mode, options.threads()).scores());
        harmonic = new Lazy<>(() -> new HarmonicCentrality(graph, mode, options.threads()).scores());
        pageRank = new Lazy<>(() -> new PageRank(graph, mode).scores());
        eigenvector = new Lazy<>(() -> new EigenvectorCentrality(graph, mode).scores());
        cores = new Lazy<>(() -> new CoreNumber(graph).cores());
        triangles = new Lazy<>(() -> new Triangles(graph));
        holes = new Lazy<>(() -> new StructuralHoles(graph, mode));
        cuts = new Lazy<>(() -> new ArticulationPointsAndBridges(graph));
        louvain = new Lazy<>(() -> new LouvainCommunities(graph, mode, options.seed()));
        components = new Lazy<>(() -> new Components(graph));
        metrics = new Lazy<>(this::computeMetrics);
        metricsById = new Lazy<>(() -> {
            var map = new LinkedHashMap<String, NodeMetrics>();
            metrics.get().forEach(m -> map.put(m.id(), m));
            return map;
        });
        summary = new Lazy<>(this::computeSummary);
        gaps = new Lazy<>(() -> GapAnalysis.analyse(requireSnapshot("gaps"), graph, cuts.get()));
        trustGaps = new Lazy<>(() -> GapAnalysis.analyse(requireSnapshot("gaps"), graph, cuts.get(), MemberGroup.TRUSTS));
        rankedBrokers = new Lazy<>(() -> brokers(NetworkGraph.GROUP));
        estimatedHeadlineMeasures = new Lazy<>(() -> WhatIfMeasures.estimated(this, usesAdaptiveBetweenness()));
        adaptiveBetweenness = new Lazy<>(() -> usesAdaptiveBetweenness()
                ? Optional.of(KadabraBetweenness.recording(graph, KadabraBetweenness.RECORDING_EPSILON,
                KadabraBetweenness.DEFAULT_DELTA, BROKER_LIMIT, options.threads(), options.seed()))
                : Optional.empty());
    }

    /**
     * Whether the broker ranking and what-if estimate betweenness with {@link KadabraBetweenness}: above
     * {@link #ADAPTIVE_BETWEENNESS_ABOVE} organisations, unweighted (KADABRA samples hop-count paths; with weights they
     * keep exact, or the options' source sample), and unless the options ask for a fixed source sample.
     */
    public boolean usesAdaptiveBetweenness() {
        return graph.nodeCount() > ADAPTIVE_BETWEENNESS_ABOVE
                && options.weights() == WeightMode.NONE
                && options.betweennessSamples() == 0;
    }

    /**
     * The betweenness estimate behind {@link #brokers()} and {@link #whatIf} when {@link #usesAdaptiveBetweenness()}:
     * KADABRA recording its samples (one path per pair), ε {@value KadabraBetweenness#RECORDING_EPSILON}, δ
     * {@value KadabraBetweenness#DEFAULT_DELTA}, the top {@value #BROKER_LIMIT} separated; empty otherwise.
     */
    public Optional<KadabraBetweenness> adaptiveBetweenness() {
        return adaptiveBetweenness.get();
    }

    /** Unweighted, exact, every processor. */
    public static NetworkAnalytics of(NetworkSnapshot snapshot) {
        return of(snapshot, AnalysisOptions.defaults());
    }

    public static NetworkAnalytics of(NetworkSnapshot snapshot, AnalysisOptions options) {
        return new NetworkAnalytics(NetworkGraph.of(snapshot), options);
    }

    /** The snapshot narrowed to a scope first (year, kinds, themes, countries, …). */
    public static NetworkAnalytics of(NetworkSnapshot snapshot, AnalysisScope scope, AnalysisOptions options) {
        return of(scope.apply(snapshot), options);
    }

    /** For a graph read from an edge list (no snapshot: gaps and theme routes are unavailable). */
    public static NetworkAnalytics of(NetworkGraph graph, AnalysisOptions options) {
        return new NetworkAnalytics(graph, options);
    }

    public NetworkGraph graph() {
        return graph;
    }

    public AnalysisOptions options() {
        return options;
    }

    public Optional<NetworkSnapshot> snapshot() {
        return graph.snapshot();
    }

    /** The definitions behind every number (what the CLI writes under {@code conventions}). */
    public Map<String, Object> conventions() {
        return Conventions.of(options);
    }

    // --- centrality ----------------------------------------------------------------------------------------------

    /** Every organisation's measures, in snapshot order. */
    public List<NodeMetrics> metrics() {
        return metrics.get();
    }

    public Optional<NodeMetrics> metrics(String id) {
        return Optional.ofNullable(metricsById.get().get(id));
    }

    /**
     * One organisation's measures as a detail panel shows them, computing only what that needs: degree, closeness
     * (one search from it), PageRank, core number, clustering, constraint, effective size and community (each
     * linear or near it in the network's size), and betweenness only if it has been computed already
     * ({@link #betweennessComputed()}; otherwise {@code NaN}: ask {@link #betweenness(String)}, which costs O(nm)).
     * Harmonic and eigenvector centrality are {@code NaN} unless every measure was computed ({@link #metrics()}),
     * in which case that record is returned. At 10,000 organisations this takes a fraction of a second where
     * {@link #metrics(String)} computed every measure of every organisation first (3–5 s).
     */
    public Optional<NodeMetrics> shownMetrics(String id) {
        if (metricsById.isDone()) {
            return metrics(id);
        }
        if (!graph.contains(id)) {
            return Optional.empty();
        }
        int v = graph.indexOf(id);
        boolean haveBetweenness = betweenness.isDone();
        double[] constraint = holes.get().constraint();
        double[] effective = holes.get().effectiveSize();
        return Optional.of(new NodeMetrics(id, graph.degree(v), Degrees.strength(graph, options.weights())[v],
                haveBetweenness ? betweenness.get().raw()[v] : Double.NaN,
                haveBetweenness ? betweenness.get().normalized()[v] : Double.NaN,
                ClosenessCentrality.of(graph, options.weights(), v),
                harmonic.isDone() ? harmonic.get()[v] : Double.NaN, pageRank.get()[v],
                eigenvector.isDone() ? eigenvector.get()[v] : Double.NaN, cores.get()[v],
                triangles.get().clustering()[v], triangles.get().triangles()[v], nanToNull(constraint[v]),
                nanToNull(effective[v]), louvain.get().communities()[v]));
    }

    /** Whether every organisation's betweenness has been computed (so {@link #shownMetrics} includes it). */
    public boolean betweennessComputed() {
        return betweenness.isDone();
    }

    /** One organisation's betweenness, raw and normalised, computing every organisation's once (O(nm)). */
    public Optional<double[]> betweenness(String id) {
        if (!graph.contains(id)) {
            return Optional.empty();
        }
        int v = graph.indexOf(id);
        return Optional.of(new double[] {betweenness.get().raw()[v], betweenness.get().normalized()[v]});
    }

    /**
     * One measure of every organisation, in graph order ({@code graph().id(v)}), computing only that measure: what a
     * picture sized by one metric needs, without the cost of all of them. Constraint and effective size are NaN for
     * isolated organisations.
     */
    public double[] values(Measure measure) {
        return switch (measure) {
            case DEGREE -> Arrays.stream(Degrees.degree(graph)).asDoubleStream().toArray();
            case STRENGTH -> Degrees.strength(graph, options.weights());
            case BETWEENNESS -> betweenness.get().raw();
            case CLOSENESS -> closeness.get();
            case HARMONIC -> harmonic.get();
            case PAGE_RANK -> pageRank.get();
            case EIGENVECTOR -> eigenvector.get();
            case CORE_NUMBER -> Arrays.stream(cores.get()).asDoubleStream().toArray();
            case CLUSTERING -> triangles.get().clustering();
            case CONSTRAINT -> holes.get().constraint();
            case EFFECTIVE_SIZE -> holes.get().effectiveSize();
        };
    }

    /** Every organisation's Louvain community number, in graph order. */
    public int[] communityLabels() {
        return louvain.get().communities().clone();
    }

    private List<NodeMetrics> computeMetrics() {
        int n = graph.nodeCount();
        int[] degree = Degrees.degree(graph);
        double[] strength = Degrees.strength(graph, options.weights());
        double[] raw = betweenness.get().raw();
        double[] normalized = betweenness.get().normalized();
        double[] cl = closeness.get();
        double[] ha = harmonic.get();
        double[] pr = pageRank.get();
        double[] ev = eigenvector.get();
        int[] core = cores.get();
        double[] clustering = triangles.get().clustering();
        long[] tri = triangles.get().triangles();
        double[] constraint = holes.get().constraint();
        double[] effective = holes.get().effectiveSize();
        int[] community = louvain.get().communities();
        var result = new ArrayList<NodeMetrics>(n);
        for (int v = 0; v < n; v++) {
            result.add(new NodeMetrics(graph.id(v), degree[v], strength[v], raw[v], normalized[v], cl[v], ha[v],
                    pr[v], ev[v], core[v], clustering[v], tri[v], nanToNull(constraint[v]),
                    nanToNull(effective[v]), community[v]));
        }
        return List.copyOf(result);
    }

    private static Double nanToNull(double x) {
        return Double.isNaN(x) ? null : x;
    }

    /** Size, density, components, clustering, diameter and growth by year. */
    public GraphSummary summary() {
        return summary.get();
    }

    private GraphSummary computeSummary() {
        var c = components.get();
        int isolated = 0;
        for (int v = 0; v < graph.nodeCount(); v++) {
            isolated += graph.degree(v) == 0 ? 1 : 0;
        }
        var growth = graph.snapshot().map(Growth::new);
        int links = graph.snapshot().map(s -> s.links().size()).orElse(graph.edgeCount());
        return new GraphSummary(graph.nodeCount(), graph.edgeCount(), links, c.count(),
                c.largest() < 0 ? 0 : c.size(c.largest()), isolated, Degrees.density(graph),
                triangles.get().transitivity(), triangles.get().averageClustering(), new Diameter(graph).diameter(),
                cuts.get().articulationPoints().length, cuts.get().bridges().size(),
                growth.map(Growth::years).orElse(List.of()), growth.map(Growth::undatedLinks).orElse(0));
    }

    // --- brokerage -----------------------------------------------------------------------------------------------

    /**
     * The ranked brokers with Gould–Fernandez roles by the seed's groups (Wales / partner country / international).
     * Above {@link #ADAPTIVE_BETWEENNESS_ABOVE} organisations (unweighted) the ranking is by KADABRA-estimated
     * betweenness ({@link #adaptiveBetweenness()}), and the reasons say so.
     */
    public List<Broker> brokers() {
        return rankedBrokers.get();
    }

    /**
     * Computes now, on the calling thread, the Health Boards' gaps, the measures behind the broker ranking and the
     * network's side of a what-if (betweenness or its estimate, PageRank, brokerage roles, constraint): the costly part of the first
     * question about a large network, so that a caller can pay it in the background before anyone asks. Each is kept,
     * as if asked for.
     */
    public void prepare() {
        if (graph.snapshot().isPresent()) {
            gaps.get();
        }
        rankedBrokers.get();
        if (graph.nodeCount() > WHAT_IF_EXACT_LIMIT) {
            estimatedHeadlineMeasures.get();
        }
    }

    /** Computes now (for a caller in the background) what {@link #shownMetrics} needs, then exact betweenness. */
    public void prepareMeasures() {
        List.<Lazy<?>>of(pageRank, cores, triangles, holes, louvain, betweenness).forEach(Lazy::get);
    }

    /**
     * The ranked brokers, roles counted over the node attribute {@code groupAttribute} (without it, no roles).
     */
    public List<Broker> brokers(String groupAttribute) {
        var roles = graph.hasAttribute(groupAttribute) ? new GouldFernandezBrokerage(graph, groupAttribute) : null;
        var adaptive = adaptiveBetweenness.get();
        if (adaptive.isPresent()) {
            return BrokerRanking.rank(graph, adaptive.get().raw(), adaptive.get().normalized(), cuts.get(),
                    holes.get().constraint(), holes.get().effectiveSize(), roles, BROKER_LIMIT, true);
        }
        var b = betweenness.get();
        return BrokerRanking.rank(graph, b.raw(), b.normalized(), cuts.get(), holes.get().constraint(),
                holes.get().effectiveSize(), roles, BROKER_LIMIT, !b.isExact());
    }

    /** Articulation points and bridges with what each separates. */
    public ArticulationPointsAndBridges articulationPointsAndBridges() {
        return cuts.get();
    }

    // --- gaps ----------------------------------------------------------------------------------------------------

    /**
     * Health Boards against their median, thin countries and themes, fragile links.
     *
     * @throws IllegalStateException for a network read from an edge list (no Boards, no countries)
     */
    public GapReport gaps() {
        return gaps.get();
    }

    /** The gaps of a peer group: Health Boards ({@link #gaps()}) or NHS Trusts, each against its own median. */
    public GapReport gaps(MemberGroup group) {
        return group == MemberGroup.TRUSTS ? trustGaps.get() : gaps.get();
    }

    /** Members of {@code group} × country / theme / activity counts of partner links. */
    public CoverageMatrix coverage(CoverageDimension dimension, MemberGroup group) {
        return group == MemberGroup.BOARDS ? coverage(dimension)
                : trustCoverages.computeIfAbsent(dimension, d -> GapAnalysis.coverage(requireSnapshot("coverage"), d, group));
    }

    /** Health Board × country / theme / activity counts of partner links (same attribution as {@link #gaps()}). */
    public CoverageMatrix coverage(CoverageDimension dimension) {
        return coverages.computeIfAbsent(dimension, d -> GapAnalysis.coverage(requireSnapshot("coverage"), d));
    }

    /** Bridges and what each would cut off (for an edge list, without link evidence). */
    public List<FragileLink> fragileLinks() {
        return graph.snapshot().isPresent() ? gaps().fragileLinks()
                : GapAnalysis.fragileLinks(null, graph, cuts.get());
    }

    private NetworkSnapshot requireSnapshot(String what) {
        return graph.snapshot().orElseThrow(() -> new IllegalStateException(what
                + " needs organisation types, countries and link details: give a native JSON snapshot, not an edge list"));
    }

    // --- introductions ---------------------------------------------------------------------------------------------

    /**
     * The k shortest simple routes (Yen) from an organisation to a target, with the introducer and evidence.
     *
     * @throws IllegalArgumentException for an unknown organisation, a target nothing matches, or k < 1
     */
    public List<Route> routes(String from, RouteTarget target, int k) {
        var finder = options.weights() == WeightMode.NONE
                ? RouteFinder.byHops(graph) : new RouteFinder(graph, jgrapht.get());
        return finder.routes(from, target, k);
    }

    /**
     * Link suggestions by the request's method. For one organisation ({@code forId}) for which the method finds
     * nothing — no ties, or no plausible pair — the {@link FirstPartner} fallback is returned instead (method
     * {@code first-partner}).
     *
     * @throws IllegalArgumentException for an unknown organisation
     */
    public List<LinkSuggestion> suggest(SuggestionRequest request) {
        var result = LinkPrediction.suggest(graph, request);
        if (result.isEmpty() && request.forId() != null) {
            return FirstPartner.suggest(graph, graph.indexOf(request.forId()), betweenness.get().raw(),
                    request.top(), request.plausibleOnly());
        }
        return result;
    }

    // --- communities -------------------------------------------------------------------------------------------------

    public CommunityResult communities() {
        return CommunityResult.of(graph, louvain.get());
    }

    // --- what if ---------------------------------------------------------------------------------------------------

    /**
     * What removing organisations and links does (ids of either kind may be mixed in {@code ids}); the measures
     * compared are {@link WhatIfMeasures}'.
     *
     * @throws IllegalArgumentException for an id that is neither an organisation nor a link
     */
    public WhatIfResult whatIf(Collection<String> ids) {
        return WhatIfMeasures.whatIf(this, ids);
    }

    /**
     * Above this many organisations a what-if compares degree, PageRank and estimated betweenness instead of exact
     * betweenness and closeness. The estimate is {@link KadabraBetweenness} (the one the broker ranking uses: ε
     * {@value KadabraBetweenness#RECORDING_EPSILON}, δ {@value KadabraBetweenness#DEFAULT_DELTA}, top
     * {@value #BROKER_LIMIT} separated) when unweighted; with weights, {@value #WHAT_IF_SAMPLES} sampled sources
     * (Brandes and Pich 2007). Equal to {@link #ADAPTIVE_BETWEENNESS_ABOVE}.
     */
    public static final int WHAT_IF_EXACT_LIMIT = ADAPTIVE_BETWEENNESS_ABOVE;
    public static final int WHAT_IF_SAMPLES = 256;

    // --- for WhatIfMeasures ----------------------------------------------------------------------------------------

    /** Exact (or the options' source-sampled) betweenness, computed once. */
    BetweennessCentrality betweennessCentrality() {
        return betweenness.get();
    }

    double[] closenessScores() {
        return closeness.get();
    }

    double[] pageRankScores() {
        return pageRank.get();
    }

    /** The estimated headline measures of this network, computed once (what {@link #prepare()} pays for). */
    Map<WhatIfMeasure, double[]> estimatedHeadlineMeasures() {
        return estimatedHeadlineMeasures.get();
    }
}
