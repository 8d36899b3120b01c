package org.partnershipatlas.network;

import java.util.Collections;
import java.util.EnumMap;
import java.util.TreeMap;
import org.partnershipatlas.analytics.layout.NetworkLayout;
import org.partnershipatlas.store.ChangeQuery;
import org.partnershipatlas.store.RecordedChange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.springframework.stereotype.Service;

import org.partnershipatlas.analysis.Analysis;
import org.partnershipatlas.analysis.AnalysisService;
import org.partnershipatlas.analytics.NodeMetrics;
import org.partnershipatlas.analytics.layout.Position;
import org.partnershipatlas.analytics.quality.QualityAnalysis;
import org.partnershipatlas.analytics.Measure;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Region;
import org.partnershipatlas.store.VersionedSnapshot;

/**
 * Builds what the explorer shows from the stored network: the scoped network and its measures (cached per
 * version and scope by {@link AnalysisService}), positions (cached per version by {@link LayoutCache}), colours,
 * sizes and the legend; finds organisations by name; and gathers the details of one organisation or link.
 */
@Service
public class ExplorerService {
    public static final double MIN_SIZE = 3;
    static final double MAX_SIZE = 16;
    /** Above this many organisations in view, dots shrink with 1/√n (to 30% at 11,000 and more). */
    static final int SHRINK_FROM = 1_000;

    private final NetworkReads reads;
    private final AnalysisService analyses;
    private final LayoutCache layouts;

    public ExplorerService(NetworkReads reads, AnalysisService analyses, LayoutCache layouts) {
        this.reads = reads;
        this.analyses = analyses;
        this.layouts = layouts;
    }

    /**
     * Turns a category value into the words of the legend: type, region and community names (the view translates
     * them), {@code ""} for not stated and {@code null} for "other". Countries are named from the network itself.
     */
    @FunctionalInterface
    public interface Labeller {
        String label(ColourBy by, String value);

        /** A country's name ({@code name}: the network's, in English) in the caller's language. */
        default String country(String code, String name) {
            return name;
        }

        /** The legend's words for a mark; English unless the caller speaks the reader's language. */
        default String mark(NetworkPicture.Mark mark) {
            return switch (mark) {
                case UNDER_LINKED -> "Under-linked Health Board";
                case BROKER -> "Top broker";
            };
        }

        /** The legend's words for a class of links; English unless the caller speaks the reader's language. */
        default String linkClass(LinkColour.LinkClass linkClass) {
            return switch (linkClass) {
                case DOCUMENTED -> "Documented link";
                case INFERRED -> "Inferred or indirect link";
                case QUALITY_STRONG -> "Quality strong (2.5 to 3)";
                case QUALITY_GOOD -> "Quality good (2 to 2.5)";
                case QUALITY_FAIR -> "Quality fair (1 to 2)";
                case QUALITY_WEAK -> "Quality weak (below 1)";
                case NOT_ASSESSED -> "Not assessed";
                case LEARNING_RECIPROCAL -> "Learning both ways";
                case LEARNING_TO_WALES -> "Learning mostly to Wales";
                case LEARNING_TO_PARTNER -> "Learning mostly to the partner";
                case LEARNING_UNKNOWN -> "Learning direction not known";
                case AT_RISK -> "Link at risk";
                case NOT_AT_RISK -> "Not at risk";
            };
        }
    }

    /** Brokers marked on the picture: the first five of the ranking, as on the overview. */
    static final int MARKED_BROKERS = 5;
    /** Marks need betweenness of the whole scope; past this size the picture is too dense for rings to tell. */
    static final int MARKS_UP_TO = 2_000;

    /**
     * The network as stored now: read once per refresh of a view and passed to every other method, so that the
     * picture, the tables and the detail panel show one version.
     */
    public VersionedSnapshot stored() {
        return reads.current();
    }

    /** The scoped network (before neighbourhood focus) and its analytics. */
    public Analysis analysis(VersionedSnapshot stored, ExplorerState state) {
        return analyses.analyse(stored, state.scope());
    }

    /** The network the state shows: its scope, narrowed to the neighbourhood of the selection when focused. */
    public NetworkSnapshot visible(VersionedSnapshot stored, ExplorerState state) {
        return visible(analysis(stored, state), state);
    }

    private static NetworkSnapshot visible(Analysis analysis, ExplorerState state) {
        NetworkSnapshot scoped = analysis.snapshot();
        if (state.focus() == 0 || state.selected() == null || scoped.organisation(state.selected()).isEmpty()) {
            return scoped;
        }
        Set<String> near = neighbourhood(scoped, state.selected(), state.focus());
        return scoped.withOrganisations(o -> near.contains(o.id()));
    }

    public static Set<String> neighbourhood(NetworkSnapshot snapshot, String start, int steps) {
        Set<String> seen = new HashSet<>(Set.of(start));
        var frontier = new ArrayDeque<>(List.of(start));
        for (int step = 0; step < steps; step++) {
            var next = new ArrayDeque<String>();
            for (String id : frontier) {
                for (Link l : snapshot.linksOf(id)) {
                    String other = l.otherEnd(id);
                    if (seen.add(other)) {
                        next.add(other);
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }

    /**
     * What one state shows, computed from one read of the stored network.
     *
     * @param analysis the scoped network and its measures
     * @param shown    that network narrowed to the neighbourhood focus: what the picture and the tables show
     */
    public record Explored(Analysis analysis, NetworkSnapshot shown, NetworkPicture picture) {
    }

    public NetworkPicture picture(VersionedSnapshot stored, ExplorerState state, Labeller labeller) {
        return explore(stored, state, labeller).picture();
    }

    public Explored explore(VersionedSnapshot stored, ExplorerState state, Labeller labeller) {
        Analysis analysis = analyses.analyse(stored, state.scope());
        NetworkSnapshot shown = visible(analysis, state);
        Map<String, Position> positions = layouts.positions(stored, state.layout());
        var analytics = analysis.analytics();
        var graph = analytics.graph();
        Measure sizeBy = state.sizeBy();
        double[] raw = sizeBy == null ? null : analytics.values(sizeBy);
        ToDoubleFunction<String> sizeValue = id -> {
            int v = graph.contains(id) ? graph.indexOf(id) : -1;
            return raw == null ? 1 : v < 0 ? 0 : sizeBy.sizeValue(raw[v]);
        };
        double max = 0;
        for (Organisation o : shown.organisations()) {
            max = Math.max(max, sizeValue.applyAsDouble(o.id()));
        }
        int[] communities = state.colourBy() == ColourBy.COMMUNITY ? analytics.communityLabels() : null;
        Function<Organisation, String> category = categories(state.colourBy(), shown,
                id -> communities == null || !graph.contains(id) ? "" : String.valueOf((int) communities[graph.indexOf(id)] + 1));
        Map<String, Integer> counts = new LinkedHashMap<>();
        shown.organisations().forEach(o -> counts.merge(category.apply(o), 1, Integer::sum));
        List<String> ordered = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        // Fixed colours per category (Palette): a filter, a view or an export never recolours one.
        Map<String, String> countryColours = state.colourBy() == ColourBy.COUNTRY
                ? Palette.countries(stored.snapshot()) : Map.of();
        Map<String, String> colours = new HashMap<>();
        var legend = new ArrayList<NetworkPicture.LegendEntry>();
        int otherCount = 0;
        for (int i = 0; i < ordered.size(); i++) {
            String value = ordered.get(i);
            String colour = value.isEmpty() ? Palette.NOT_STATED : switch (state.colourBy()) {
                case TYPE -> Palette.of(OrganisationType.valueOf(value));
                case REGION -> Palette.of(Region.valueOf(value));
                case COUNTRY -> countryColours.getOrDefault(value, Palette.OTHER);
                case COMMUNITY -> Palette.ranked(i);
            };
            colours.put(value, colour);
            if (Palette.OTHER.equals(colour) && !(state.colourBy() == ColourBy.TYPE)) {
                otherCount += counts.get(value);
                continue;
            }
            String label = state.colourBy() == ColourBy.COUNTRY && !value.isEmpty()
                    ? labeller.country(value, shown.country(value).map(c -> c.name()).orElse(value))
                    : labeller.label(state.colourBy(), value);
            legend.add(new NetworkPicture.LegendEntry(label, colour, counts.get(value)));
        }
        if (otherCount > 0) {
            legend.add(new NetworkPicture.LegendEntry(labeller.label(state.colourBy(), null), Palette.OTHER, otherCount));
        }

        // Large pictures get smaller dots: they stay readable and cost the renderer far less to fill.
        double shrink = shown.organisations().size() <= SHRINK_FROM ? 1
                : Math.max(0.3, Math.sqrt((double) SHRINK_FROM / shown.organisations().size()));
        Set<String> underLinked = new HashSet<>();
        Set<String> brokers = new HashSet<>();
        if (analysis.snapshot().organisations().size() <= MARKS_UP_TO) {
            analytics.gaps().healthBoards().stream().filter(g -> g.underLinked()).forEach(g -> underLinked.add(g.id()));
            analytics.brokers().stream().limit(MARKED_BROKERS).forEach(b -> brokers.add(b.id()));
        }
        Map<NetworkPicture.Mark, Integer> markCounts = new EnumMap<>(NetworkPicture.Mark.class);
        var nodes = new ArrayList<NetworkPicture.Node>(shown.organisations().size());
        for (Organisation o : shown.organisations()) {
            Position p = positions.getOrDefault(o.id(), new Position(0, 0));
            double value = sizeValue.applyAsDouble(o.id());
            double size = shrink * (max <= 0 ? MIN_SIZE + 2 : MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(value / max));
            var nodeMarks = new ArrayList<NetworkPicture.Mark>(2);
            if (underLinked.contains(o.id())) {
                nodeMarks.add(NetworkPicture.Mark.UNDER_LINKED);
            }
            if (brokers.contains(o.id())) {
                nodeMarks.add(NetworkPicture.Mark.BROKER);
            }
            nodeMarks.forEach(m -> markCounts.merge(m, 1, Integer::sum));
            int rank = o.type() == OrganisationType.HEALTH_BOARD ? 0
                    : o.type() == OrganisationType.NHS_TRUST || brokers.contains(o.id()) ? 1 : 2;
            nodes.add(new NetworkPicture.Node(o.id(), o.name(), p.x(), p.y(), round(size),
                    colours.get(category.apply(o)), o.isWelsh(), o.isInferred(), List.copyOf(nodeMarks), rank));
        }
        var marks = new ArrayList<NetworkPicture.MarkEntry>();
        markCounts.forEach((m, n) -> marks.add(new NetworkPicture.MarkEntry(m, labeller.mark(m), m.color(), n)));
        LinkColour linkColour = state.linkColour();
        Set<String> atRisk = new HashSet<>();
        if (linkColour == LinkColour.RISK) {
            QualityAnalysis.atRisk(shown, LinkColour.today()).forEach(r -> atRisk.add(r.id()));
        }
        Map<LinkColour.LinkClass, Integer> linkCounts = new EnumMap<>(LinkColour.LinkClass.class);
        var edges = new ArrayList<NetworkPicture.Edge>(shown.links().size());
        for (Link l : shown.links()) {
            boolean weak = l.confidence() == Confidence.B || l.confidence() == Confidence.C;
            double width = l.strength() == null ? 1 : 0.5 + 0.5 * l.strength();
            LinkColour.LinkClass linkClass = linkColour.classOf(l, atRisk);
            linkCounts.merge(linkClass, 1, Integer::sum);
            edges.add(new NetworkPicture.Edge(l.id(), l.from(), l.to(),
                    linkClass == LinkColour.LinkClass.AT_RISK ? width + 1 : width, linkClass.color(), weak));
        }
        var linkLegend = new ArrayList<NetworkPicture.LegendEntry>();
        for (LinkColour.LinkClass c : linkColour.classes()) {
            if (linkCounts.containsKey(c)) {
                linkLegend.add(new NetworkPicture.LegendEntry(labeller.linkClass(c), c.color(), linkCounts.get(c)));
            }
        }
        double[] extent = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Position p : positions.values()) {
            extent[0] = Math.min(extent[0], p.x());
            extent[1] = Math.min(extent[1], p.y());
            extent[2] = Math.max(extent[2], p.x());
            extent[3] = Math.max(extent[3], p.y());
        }
        if (positions.isEmpty()) {
            extent = new double[] {0, 0, 1, 1};
        }
        List<NetworkPicture.GroupLabel> groups = state.layout() == NetworkLayout.Kind.WALES_LEFT
                ? countryLabels(shown, positions, labeller) : List.of();
        return new Explored(analysis, shown,
                new NetworkPicture(nodes, edges, legend, analysis.snapshot().organisations().size(), extent, groups, marks,
                        List.copyOf(linkLegend), inView(state.route(), shown), inView(state.highlight(), shown)));
    }

    /**
     * The partner countries' names over their bands in the "Wales left" layout: the column furthest right holds
     * the partners, one band per country; each name sits in the gap above its band.
     */
    static List<NetworkPicture.GroupLabel> countryLabels(NetworkSnapshot shown, Map<String, Position> positions,
                                                         Labeller labeller) {
        double right = -Double.MAX_VALUE;
        for (Organisation o : shown.organisations()) {
            Position p = positions.get(o.id());
            if (p != null) {
                right = Math.max(right, p.x());
            }
        }
        Map<String, List<Double>> bands = new TreeMap<>();
        for (Organisation o : shown.organisations()) {
            Position p = positions.get(o.id());
            if (p != null && p.x() >= right - 1e-6 && o.country() != null) {
                bands.computeIfAbsent(o.country(), c -> new ArrayList<>()).add(p.y());
            }
        }
        var spacing = new ArrayList<Double>();
        bands.values().forEach(ys -> {
            Collections.sort(ys);
            for (int i = 1; i < ys.size(); i++) {
                spacing.add(ys.get(i) - ys.get(i - 1));
            }
        });
        Collections.sort(spacing);
        double slot = spacing.isEmpty() ? 12 : Math.max(4, spacing.get(spacing.size() / 2));
        var labels = new ArrayList<NetworkPicture.GroupLabel>();
        for (var band : bands.entrySet()) {
            String name = labeller.country(band.getKey(), shown.country(band.getKey()).map(c -> c.name())
                    .orElse(band.getKey()));
            labels.add(new NetworkPicture.GroupLabel(name, right, band.getValue().get(0) - 0.6 * slot));
        }
        return labels;
    }

    /** The ids of {@code ids} that the picture shows, in their order. */
    private static List<String> inView(List<String> ids, NetworkSnapshot shown) {
        return ids.stream().filter(id -> shown.organisation(id).isPresent()).toList();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static Function<Organisation, String> categories(ColourBy by, NetworkSnapshot snapshot,
                                                             Function<String, String> community) {
        return switch (by) {
            case TYPE -> o -> o.type().name();
            case COUNTRY -> o -> o.country() == null ? "" : o.country();
            case REGION -> o -> snapshot.country(o.country()).map(c -> c.region().name()).orElse("");
            case COMMUNITY -> o -> community.apply(o.id());
        };
    }

    /** Organisations in the state's scope whose name or id contains the text, best matches first (at most 20). */
    public List<Organisation> search(VersionedSnapshot stored, ExplorerState state, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return analysis(stored, state).snapshot().organisations().stream()
                .filter(o -> o.name().toLowerCase(Locale.ROOT).contains(wanted) || o.id().contains(wanted))
                .sorted(Comparator.comparing((Organisation o) -> !o.name().toLowerCase(Locale.ROOT).startsWith(wanted))
                        .thenComparing(o -> o.name().length()))
                .limit(20).toList();
    }

    /** An organisation as the detail panel shows it. */
    public record OrganisationDetails(Organisation organisation, String countryName, Optional<NodeMetrics> metrics,
                                      List<LinkEnd> links) {
    }

    /** One of an organisation's links, with the organisation at the other end. */
    public record LinkEnd(Link link, Organisation other) {
    }

    /** A link as the detail panel shows it. */
    public record LinkDetails(Link link, Organisation from, Organisation to) {
    }

    /** The stored organisation (any scope) with its measures and links in the state's scope. */
    public Optional<OrganisationDetails> organisation(VersionedSnapshot current, ExplorerState state, String id) {
        NetworkSnapshot stored = current.snapshot();
        return stored.organisation(id).map(o -> {
            Analysis analysis = analysis(current, state);
            var links = analysis.snapshot().linksOf(id).stream()
                    .map(l -> new LinkEnd(l, stored.organisation(l.otherEnd(id)).orElseThrow()))
                    .sorted(Comparator.comparing((LinkEnd e) -> e.other().name()))
                    .toList();
            String country = o.country() == null ? null : stored.country(o.country())
                    .map(c -> c.name()).orElse(o.country());
            // Only what the panel shows: betweenness (O(nm)) is NaN until computed, see betweenness(...) below.
            var analytics = analysis.analytics();
            Optional<NodeMetrics> measures = analysis.snapshot().organisation(id).isPresent()
                    ? analytics.shownMetrics(id) : Optional.empty();
            if (measures.isPresent() && Double.isNaN(measures.get().betweenness())
                    && analytics.graph().nodeCount() <= BETWEENNESS_WITH_DETAILS_UP_TO) {
                measures = Optional.of(withBetweenness(measures.get(), analytics.betweenness(id).orElseThrow()));
            }
            return new OrganisationDetails(o, country, measures, links);
        });
    }

    /**
     * Up to this many organisations in scope the detail panel gets betweenness with the other measures (about 0.1 s
     * for all of them at 2,000); above, it shows the others at once and fills betweenness in when computed.
     */
    static final int BETWEENNESS_WITH_DETAILS_UP_TO = 2_000;

    /** {@code m} with its betweenness ({@code [raw, normalised]}) filled in. */
    public static NodeMetrics withBetweenness(NodeMetrics m, double[] betweenness) {
        return new NodeMetrics(m.id(), m.degree(), m.strength(), betweenness[0], betweenness[1], m.closeness(),
                m.harmonic(), m.pageRank(), m.eigenvector(), m.coreNumber(), m.clustering(), m.triangles(),
                m.constraint(), m.effectiveSize(), m.community());
    }

    /**
     * An organisation's betweenness in the state's scope ({@code [raw, normalised]}), computing every
     * organisation's once per scope and version if not yet done: seconds at 10,000 organisations, so the view asks
     * for it off the request thread.
     */
    public Optional<double[]> betweenness(VersionedSnapshot current, ExplorerState state, String id) {
        return analysis(current, state).analytics().betweenness(id);
    }

    /** The latest recorded changes of an organisation (its links' too) or link, newest first. */
    public List<RecordedChange> history(String id, int limit) {
        // Summaries only: the panel shows when, who and what; a replace import's recorded entities are megabytes.
        return reads.changeSummaries(ChangeQuery.latest(limit).forEntity(id));
    }

    public Optional<LinkDetails> link(VersionedSnapshot current, String id) {
        NetworkSnapshot stored = current.snapshot();
        return stored.link(id).map(l -> new LinkDetails(l, stored.organisation(l.from()).orElseThrow(),
                stored.organisation(l.to()).orElseThrow()));
    }
}
