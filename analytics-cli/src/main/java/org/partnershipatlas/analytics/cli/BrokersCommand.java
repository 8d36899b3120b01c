package org.partnershipatlas.analytics.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import org.partnershipatlas.analytics.brokerage.Broker;
import org.partnershipatlas.analytics.brokerage.BrokerageRole;
import org.partnershipatlas.analytics.graph.NetworkGraph;

/** {@code brokers}: the ranked broker list with roles and reasons. */
@Command(name = "brokers", description = "Ranked brokers with roles and plain-words reasons.")
final class BrokersCommand implements Callable<Integer> {
    @ParentCommand
    AnalyticsCli cli;

    @Mixin
    CommonOptions common;

    @Option(names = "--group-attribute", paramLabel = "A",
            description = "node attribute for Gould-Fernandez groups (default: group = Wales / partner country / "
                    + "international for a snapshot)")
    String groupAttribute;

    @Override
    public Integer call() {
        boolean csv = common.csv();
        var analytics = common.analytics();
        if (groupAttribute != null && !analytics.graph().hasAttribute(groupAttribute)) {
            throw new InputException("--group-attribute: no node attribute \"" + groupAttribute + "\" in "
                    + (common.nodes != null ? common.nodes : common.input) + " (have "
                    + analytics.graph().attributeNames() + ")");
        }
        var brokers = analytics.brokers(groupAttribute == null ? NetworkGraph.GROUP : groupAttribute);
        if (csv) {
            var header = new ArrayList<>(List.of("rank", "id", "name", "betweenness", "betweennessNormalized",
                    "articulationPoint", "cutOff", "bridges", "constraint", "effectiveSize"));
            for (BrokerageRole r : BrokerageRole.values()) {
                header.add(r.name().toLowerCase(Locale.ROOT));
            }
            header.addAll(List.of("countriesSpanned", "labels", "reasons", "codes"));
            var rows = new ArrayList<List<?>>();
            for (Broker b : brokers) {
                var row = new ArrayList<Object>(Arrays.asList(b.rank(), b.id(), b.name(), b.betweenness(),
                        b.betweennessNormalized(), b.articulationPoint(), b.cutOff(), b.bridges(), b.constraint(),
                        b.effectiveSize()));
                for (BrokerageRole r : BrokerageRole.values()) {
                    row.add(b.roles().getOrDefault(r, 0));
                }
                row.add(b.countriesSpanned());
                row.add(b.labels());
                row.add(Output.english(b.reasons()));
                row.add(Output.codes(b.reasons()));
                rows.add(row);
            }
            Output.csv(header, rows, cli.out);
        } else {
            Output.json(Map.of("brokers", brokers), cli.out);
        }
        return 0;
    }
}
