package org.partnershipatlas.analytics.introductions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.graph.Labels;
import org.partnershipatlas.analytics.graph.NetworkGraph;

/**
 * First-partner suggestions, the fallback when the neighbourhood scores have nothing to offer an organisation: it
 * has no ties (19 Hills before any partnership, {@code seekingPartner: true}), or none of its neighbours' partners is
 * a plausible partner.
 *
 * <p>Rule: <em>hubs</em> are Welsh organisations with ties to partner-country organisations, ranked by how many
 * such partners they have, then betweenness, then id. For each hub in that order the suggestions are joining the
 * hub (unless already tied) and then each of the hub's partners (unless already tied, and only plausible pairs when
 * asked; joining a Welsh hub is offered to a Welsh organisation even then, as its way to a first partner), each
 * with the hub as evidence ({@code via}). The score is the hub's number of partners: suggestions
 * through the same hub share it and are listed hub first.
 *
 * <p>Complexity: O(n + m) plus sorting the hubs.
 */
public final class FirstPartner {
    public static final String METHOD = "first-partner";

    private FirstPartner() {
    }

    public static List<LinkSuggestion> suggest(NetworkGraph graph, int organisation, double[] betweenness, int top,
                                               boolean plausibleOnly) {
        Objects.requireNonNull(graph, "graph");
        byte[] side = LinkPrediction.sides(graph);
        int n = graph.nodeCount();
        int[] partners = new int[n];
        for (int v = 0; v < n; v++) {
            if (side[v] == LinkPrediction.WELSH) {
                for (int e = graph.start(v); e < graph.end(v); e++) {
                    partners[v] += side[graph.target(e)] == LinkPrediction.PARTNER ? 1 : 0;
                }
            }
        }
        int[] hubs = IntStream.range(0, n).filter(v -> v != organisation && partners[v] > 0).boxed()
                .sorted(Comparator.<Integer>comparingInt(v -> -partners[v])
                        .thenComparingDouble(v -> -betweenness[v]).thenComparing(graph::id))
                .mapToInt(Integer::intValue).toArray();
        var result = new ArrayList<LinkSuggestion>();
        var suggested = new LinkedHashSet<Integer>();
        String who = graph.label(organisation);
        String whoId = graph.id(organisation);
        for (int hub : hubs) {
            if (result.size() >= top) {
                break;
            }
            var partnerIds = new ArrayList<Integer>();
            for (int e = graph.start(hub); e < graph.end(hub); e++) {
                int p = graph.target(e);
                if (side[p] == LinkPrediction.PARTNER) {
                    partnerIds.add(p);
                }
            }
            int[] partnerArray = partnerIds.stream().mapToInt(Integer::intValue).toArray();
            var where = Labels.byCountry(graph, partnerArray);
            if (!graph.adjacent(organisation, hub) && suggested.add(hub)
                    && (!plausibleOnly || LinkPrediction.plausible(side, organisation, hub)
                    || side[organisation] == LinkPrediction.WELSH)) {
                result.add(new LinkSuggestion(whoId, graph.id(hub), partners[hub], METHOD,
                        new Evidence(List.of(), null, Finding.of("HUB_TO_JOIN", "hub", graph.label(hub),
                                "hubId", graph.id(hub), "partners", partners[hub], "byCountry", where,
                                "organisation", who, "organisationId", whoId))));
            }
            for (int p : partnerArray) {
                if (result.size() >= top) {
                    break;
                }
                if (p == organisation || graph.adjacent(organisation, p) || !suggested.add(p)
                        || (plausibleOnly && !LinkPrediction.plausible(side, organisation, p))) {
                    continue;
                }
                result.add(new LinkSuggestion(whoId, graph.id(p), partners[hub], METHOD,
                        new Evidence(List.of(), graph.id(hub), Finding.of("PARTNER_OF_HUB", "partner", graph.label(p),
                                "partnerId", graph.id(p),
                                "country", Labels.countryName(graph, graph.attribute(p, NetworkGraph.COUNTRY)),
                                "hub", graph.label(hub), "hubId", graph.id(hub), "organisation", who,
                                "organisationId", whoId))));
            }
        }
        return result.size() > top ? result.subList(0, top) : result;
    }
}
