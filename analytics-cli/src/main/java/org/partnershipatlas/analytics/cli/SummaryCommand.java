package org.partnershipatlas.analytics.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import org.partnershipatlas.analytics.timeslice.YearGrowth;

/** {@code summary}: size, density, components, diameter, growth by year, communities. */
@Command(name = "summary", description = "Graph summary and growth by year (CSV: the growth table).")
final class SummaryCommand implements Callable<Integer> {
    @ParentCommand
    AnalyticsCli cli;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        boolean csv = common.csv();
        var analytics = common.analytics();
        var summary = analytics.summary();
        if (csv) {
            var rows = new ArrayList<List<?>>();
            for (YearGrowth y : summary.growth()) {
                rows.add(List.of(y.year(), y.newLinks(), y.newOrganisations(), y.linksToDate(), y.organisationsToDate()));
            }
            Output.csv(List.of("year", "newLinks", "newOrganisations", "linksToDate", "organisationsToDate"), rows,
                    cli.out);
            return 0;
        }
        var communities = analytics.communities();
        var out = new LinkedHashMap<String, Object>();
        out.put("summary", summary);
        out.put("communities", communities.count());
        out.put("modularity", communities.modularity());
        out.put("explanation", summary.explain());
        out.put("conventions", analytics.conventions());
        Output.json(out, cli.out);
        return 0;
    }
}
