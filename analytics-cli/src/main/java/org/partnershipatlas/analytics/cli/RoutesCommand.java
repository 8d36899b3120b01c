package org.partnershipatlas.analytics.cli;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import org.partnershipatlas.analytics.introductions.Route;
import org.partnershipatlas.analytics.introductions.RouteTarget;

/** {@code routes}: k shortest routes with the introducer named. */
@Command(name = "routes", description = "The k shortest routes from an organisation, each with its introducer.")
final class RoutesCommand implements Callable<Integer> {
    @ParentCommand
    AnalyticsCli cli;

    @Mixin
    CommonOptions common;

    @Option(names = "--from", required = true, paramLabel = "ID", description = "start organisation")
    String from;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--to", paramLabel = "ID", description = "target organisation")
        String to;
        @Option(names = "--country", paramLabel = "CODE", description = "any organisation in this country (ISO code)")
        String country;
        @Option(names = "--theme", paramLabel = "T", description = "any organisation on a link with this theme")
        String theme;
    }

    @Option(names = "--k", paramLabel = "K", defaultValue = "3", description = "how many routes (default ${DEFAULT-VALUE})")
    int k;

    @Override
    public Integer call() {
        if (k < 1) {
            throw new InputException("--k must be at least 1: " + k);
        }
        boolean csv = common.csv();
        var analytics = common.analytics();
        CommonOptions.requireKnown(analytics.graph(), "--from", from, common.input);
        RouteTarget t;
        if (target.to != null) {
            CommonOptions.requireKnown(analytics.graph(), "--to", target.to, common.input);
            t = RouteTarget.organisation(target.to);
        } else if (target.country != null) {
            t = RouteTarget.country(target.country);
        } else {
            t = RouteTarget.theme(target.theme);
        }
        List<Route> routes;
        try {
            routes = analytics.routes(from, t, k);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        if (csv) {
            var rows = new ArrayList<List<?>>();
            for (Route r : routes) {
                rows.add(Arrays.asList(r.rank(), r.hops(), r.length(), r.introducer(), r.target(),
                        r.organisations(), r.inferred(), r.explanation().english(), r.explanation().code()));
            }
            Output.csv(List.of("rank", "hops", "length", "introducer", "target", "organisations", "inferred",
                    "explanation", "code"), rows, cli.out);
        } else {
            Output.json(Map.of("routes", routes), cli.out);
        }
        return 0;
    }
}
