package org.partnershipatlas.analytics.communities;

import java.util.List;

/** One community: its number, size and members (ids, in graph order). */
public record Community(int number, int size, List<String> members) {
    public Community {
        members = List.copyOf(members);
    }
}
