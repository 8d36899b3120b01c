package org.partnershipatlas.whatif;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import org.partnershipatlas.analysis.Analysis;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.analysis.AnalysisService;
import org.partnershipatlas.analytics.whatif.WhatIfResult;
import org.partnershipatlas.writes.NotFoundException;

/** What removing organisations and links would do, over the cached analysis of the network. */
@Service
public class WhatIfService {
    private final AnalysisService analyses;

    public WhatIfService(AnalysisService analyses) {
        this.analyses = analyses;
    }

    public record WhatIfResponse(long version, WhatIfResult result) {
    }

    /** What a what-if answer depends on beyond the network version and the scope (the key of its cached answer). */
    private record WhatIfQuestion(List<String> organisations, List<String> links) {
    }

    /** @throws NotFoundException naming the first id that is not in the network */
    /** The network the view offers choices from: as stored now, without illustrative data. */
    public org.partnershipatlas.model.NetworkSnapshot network() {
        return analyses.current().snapshot();
    }

    public WhatIfResponse whatIf(AnalysisScope scope, List<String> organisations, List<String> links) {
        Analysis analysis = analyses.analyse(scope);
        for (String id : organisations) {
            if (analysis.snapshot().organisation(id).isEmpty()) {
                throw new NotFoundException("organisation", id);
            }
        }
        for (String id : links) {
            if (analysis.snapshot().link(id).isEmpty()) {
                throw new NotFoundException("link", id);
            }
        }
        var ids = new ArrayList<String>(organisations);
        ids.addAll(links);
        return new WhatIfResponse(analysis.version(), analyses.answer(analysis,
                new WhatIfQuestion(List.copyOf(organisations), List.copyOf(links)), a -> a.analytics().whatIf(ids)));
    }
}
