package org.partnershipatlas.analytics.cli;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import org.partnershipatlas.analytics.gaps.CoverageDimension;
import org.partnershipatlas.analytics.gaps.HealthBoardGap;

/** {@code gaps}: Health Boards against their median, thin countries and themes, fragile links, coverage. */
@Command(name = "gaps", description = "Health Board gaps, thin countries and themes, fragile links, coverage matrices "
        + "(needs a native JSON snapshot or the spreadsheet CSV).")
final class GapsCommand implements Callable<Integer> {
    @ParentCommand
    AnalyticsCli cli;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        boolean csv = common.csv();
        var analytics = common.analytics();
        if (analytics.snapshot().isEmpty()) {
            throw new InputException(common.input + ": gaps need Health Boards, countries and link details: give a "
                    + "native JSON snapshot (or the spreadsheet CSV), not an edge list");
        }
        var report = analytics.gaps();
        if (csv) {
            var rows = new ArrayList<List<?>>();
            for (HealthBoardGap g : report.healthBoards()) {
                rows.add(Arrays.asList(g.id(), g.name(), g.links(), g.directLinks(), g.countries(),
                        g.themes().size(), g.activities(), g.reciprocalShare(), g.topBroker(), g.dependence(),
                        g.inferred(), g.underLinked(), Output.english(g.reasons()), Output.codes(g.reasons())));
            }
            Output.csv(List.of("id", "name", "links", "directLinks", "countries", "themes", "activities",
                    "reciprocalShare", "topBroker", "dependence", "inferred", "underLinked", "reasons", "codes"), rows,
                    cli.out);
            return 0;
        }
        var out = new LinkedHashMap<String, Object>();
        out.put("healthBoards", report.healthBoards());
        out.put("medians", report.medians());
        out.put("countries", report.countries());
        out.put("singleLinkThemes", report.singleLinkThemes());
        out.put("fragileLinks", report.fragileLinks());
        var coverage = new LinkedHashMap<String, Object>();
        for (CoverageDimension d : CoverageDimension.values()) {
            coverage.put(d.name().toLowerCase(Locale.ROOT), analytics.coverage(d));
        }
        out.put("coverage", coverage);
        Output.json(out, cli.out);
        return 0;
    }
}
