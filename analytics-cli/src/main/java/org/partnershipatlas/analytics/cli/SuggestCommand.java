package org.partnershipatlas.analytics.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import org.partnershipatlas.analytics.introductions.LinkPredictionMethod;
import org.partnershipatlas.analytics.introductions.LinkSuggestion;
import org.partnershipatlas.analytics.introductions.SuggestionRequest;

/** {@code suggest}: link prediction with evidence. */
@Command(name = "suggest", description = "Suggested new links with their evidence (shared neighbours).")
final class SuggestCommand implements Callable<Integer> {
    @ParentCommand
    AnalyticsCli cli;

    @Mixin
    CommonOptions common;

    @Option(names = "--method", required = true, paramLabel = "METHOD",
            description = "adamic-adar | jaccard | resource-allocation | common-neighbours | preferential-attachment")
    String method;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "how many (default ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--for", paramLabel = "ID", description = "only pairs with this organisation")
    String forId;

    @Option(names = "--plausible", description = "only Welsh body ↔ partner-country organisation pairs")
    boolean plausible;

    @Override
    public Integer call() {
        LinkPredictionMethod m;
        try {
            m = LinkPredictionMethod.parse(method);
        } catch (IllegalArgumentException e) {
            throw new InputException("--method: " + e.getMessage());
        }
        if (top < 1) {
            throw new InputException("--top must be at least 1: " + top);
        }
        boolean csv = common.csv();
        var analytics = common.analytics();
        if (forId != null) {
            CommonOptions.requireKnown(analytics.graph(), "--for", forId, common.input);
        }
        var suggestions = analytics.suggest(new SuggestionRequest(m, top, forId, plausible));
        if (csv) {
            var rows = new ArrayList<List<?>>();
            for (LinkSuggestion s : suggestions) {
                var row = new ArrayList<Object>();
                row.add(s.source());
                row.add(s.target());
                row.add(s.score());
                row.add(s.method());
                row.add(s.evidence().sharedNeighbours());
                row.add(s.evidence().via());
                row.add(s.evidence().reason().english());
                row.add(s.evidence().reason().code());
                rows.add(row);
            }
            Output.csv(List.of("source", "target", "score", "method", "sharedNeighbours", "via", "reason", "code"), rows,
                    cli.out);
        } else {
            Output.json(Map.of("suggestions", suggestions), cli.out);
        }
        return 0;
    }
}
