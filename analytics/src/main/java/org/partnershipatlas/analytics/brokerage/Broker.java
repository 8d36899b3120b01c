package org.partnershipatlas.analytics.brokerage;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.partnershipatlas.analytics.findings.Finding;

/**
 * One organisation in the ranked broker list, with the reasons for its rank as findings.
 *
 * @param rank                  1 for the strongest broker
 * @param id                    organisation id
 * @param name                  display name (the id for edge-list input)
 * @param betweenness           raw betweenness
 * @param betweennessNormalized NetworkX-normalised betweenness
 * @param articulationPoint     whether removing it disconnects part of the network
 * @param cutOff                how many organisations only it connects to the rest (0 unless an articulation point)
 * @param bridges               how many of its ties are bridges
 * @param constraint            Burt's constraint ({@code null} without ties)
 * @param effectiveSize         Burt's effective size ({@code null} without ties)
 * @param roles                 Gould–Fernandez role counts (empty when the group attribute is missing)
 * @param countriesSpanned      distinct countries among itself and its neighbours
 * @param labels                short role labels: "articulation point", "bridge end", "low constraint",
 *                              "gatekeeper", …
 * @param reasons               why it ranks here (see {@link BrokerRanking} for the codes)
 */
public record Broker(
        int rank,
        String id,
        String name,
        double betweenness,
        double betweennessNormalized,
        boolean articulationPoint,
        int cutOff,
        int bridges,
        Double constraint,
        Double effectiveSize,
        Map<BrokerageRole, Integer> roles,
        int countriesSpanned,
        List<String> labels,
        List<Finding> reasons) {

    public Broker {
        roles = roles.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(roles));
        labels = List.copyOf(labels);
        reasons = List.copyOf(reasons);
    }

    /** "#1 PONT: on 12% of shortest routes between other organisations; only route to …", in English for logs. */
    public String explain() {
        return "#" + rank + " " + name + ": " + String.join("; ", reasons.stream().map(Finding::english).toList());
    }
}
