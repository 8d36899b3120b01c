package org.partnershipatlas.analytics.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import org.partnershipatlas.analytics.whatif.MetricChange;
import org.partnershipatlas.analytics.whatif.WhatIfResult;

/** {@code whatif}: remove organisations and/or links and see what disconnects and which scores move. */
@Command(name = "whatif", description = "Remove organisations and/or links (ids separated by commas) and compare.")
final class WhatIfCommand implements Callable<Integer> {
    @ParentCommand
    AnalyticsCli cli;

    @Mixin
    CommonOptions common;

    @Option(names = "--remove", required = true, paramLabel = "ID,…", split = ",",
            description = "organisation or link ids to remove")
    List<String> remove;

    @Override
    public Integer call() {
        boolean csv = common.csv();
        var analytics = common.analytics();
        WhatIfResult result;
        try {
            result = analytics.whatIf(remove.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        } catch (IllegalArgumentException e) {
            throw new InputException("--remove: " + e.getMessage() + " (not in " + common.input + ")");
        }
        if (csv) {
            var rows = new ArrayList<List<?>>();
            for (MetricChange c : result.biggestChanges()) {
                rows.add(Arrays.asList(c.id(), c.measure().field() + (c.measure().estimated() ? " (estimated)" : ""), c.before(), c.after(), c.change()));
            }
            Output.csv(List.of("id", "metric", "before", "after", "change"), rows, cli.out);
        } else {
            Output.json(result, cli.out);
        }
        return 0;
    }
}
