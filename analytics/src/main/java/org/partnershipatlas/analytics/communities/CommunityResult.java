package org.partnershipatlas.analytics.communities;

import java.util.List;
import java.util.Locale;

/** The Louvain partition: communities largest first, and its modularity. */
public record CommunityResult(int count, double modularity, List<Community> communities) {
    public CommunityResult {
        communities = List.copyOf(communities);
    }

    public String explain() {
        return String.format(Locale.ROOT, "%d communities, modularity %.3f (above 0.3 means clearly separated groups)",
                count, modularity);
    }
}
