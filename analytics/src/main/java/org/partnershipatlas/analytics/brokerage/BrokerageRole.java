package org.partnershipatlas.analytics.brokerage;

/**
 * The five brokerage roles of Gould and Fernandez (1989) for a two-step path {@code a → b → c} with no arc
 * {@code a → c}, by the groups of the three (b is the broker).
 */
public enum BrokerageRole {
    /** All three in one group: {@code g(a) = g(b) = g(c)}. */
    COORDINATOR("coordinates within its own group"),
    /** An outsider between two members of one group: {@code g(a) = g(c) ≠ g(b)} (also called consultant). */
    ITINERANT("links two members of another group"),
    /** Brings an outsider's contact into its own group: {@code g(a) ≠ g(b) = g(c)}. */
    GATEKEEPER("lets outsiders into its group"),
    /** Carries its own group's contact outwards: {@code g(a) = g(b) ≠ g(c)}. */
    REPRESENTATIVE("represents its group to outsiders"),
    /** All three in different groups: {@code g(a) ≠ g(b) ≠ g(c) ≠ g(a)}. */
    LIAISON("links two other groups");

    private final String meaning;

    BrokerageRole(String meaning) {
        this.meaning = meaning;
    }

    /** What the role means, in plain words. */
    public String meaning() {
        return meaning;
    }

    /** The role of broker b on the path a → b → c, by group labels (non-null). */
    public static BrokerageRole of(String groupA, String groupB, String groupC) {
        boolean ab = groupA.equals(groupB);
        boolean bc = groupB.equals(groupC);
        boolean ac = groupA.equals(groupC);
        if (ab && bc) {
            return COORDINATOR;
        }
        if (ac) {
            return ITINERANT;
        }
        if (bc) {
            return GATEKEEPER;
        }
        if (ab) {
            return REPRESENTATIVE;
        }
        return LIAISON;
    }
}
