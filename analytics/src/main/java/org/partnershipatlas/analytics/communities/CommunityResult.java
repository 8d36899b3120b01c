package org.partnershipatlas.analytics.communities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.partnershipatlas.analytics.graph.NetworkGraph;

/** The Louvain partition: communities largest first, and its modularity. */
public record CommunityResult(int count, double modularity, List<Community> communities) {
    public CommunityResult {
        communities = List.copyOf(communities);
    }

    /** The partition found by {@code louvain} on {@code graph}: each community's members by id, largest first. */
    public static CommunityResult of(NetworkGraph graph, LouvainCommunities louvain) {
        int[] labels = louvain.communities();
        var members = new ArrayList<List<String>>();
        for (int c = 0; c < louvain.count(); c++) {
            members.add(new ArrayList<>());
        }
        for (int v = 0; v < labels.length; v++) {
            members.get(labels[v]).add(graph.id(v));
        }
        var list = new ArrayList<Community>();
        for (int c = 0; c < members.size(); c++) {
            list.add(new Community(c, members.get(c).size(), members.get(c)));
        }
        list.sort((a, b) -> b.size() != a.size() ? Integer.compare(b.size(), a.size())
                : Integer.compare(a.number(), b.number()));
        return new CommunityResult(louvain.count(), louvain.modularity(), list);
    }

    public String explain() {
        return String.format(Locale.ROOT, "%d communities, modularity %.3f (above 0.3 means clearly separated groups)",
                count, modularity);
    }
}
