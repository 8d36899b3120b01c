package org.partnershipatlas.whatif;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.partnershipatlas.model.NetworkSnapshot;
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

    /**
     * @param version          the network version the answer describes
     * @param preparingVersion on a large network right after a write, the stored version still being analysed (this
     *                         answer is the previous version's, see {@link AnalysisService#analysePrepared}); absent
     *                         when the answer is current
     */
    public record WhatIfResponse(long version,
                                 @JsonInclude(
                                         JsonInclude.Include.NON_NULL)
                                 Long preparingVersion,
                                 WhatIfResult result) {
    }

    /** What a what-if answer depends on beyond the network version and the scope (the key of its cached answer). */
    private record WhatIfQuestion(List<String> organisations, List<String> links) {
    }

    /** The network the view offers choices from: as stored now, without illustrative data. */
    public NetworkSnapshot network() {
        return analyses.current().snapshot();
    }

    /**
     * What removing them would do to the network as stored now (what the view shows).
     *
     * @throws NotFoundException naming the first id that is not in the network
     */
    public WhatIfResponse whatIf(AnalysisScope scope, List<String> organisations, List<String> links) {
        return answer(analyses.analyseNow(scope), organisations, links);
    }

    /**
     * As the API answers it: on a large network, for the seconds after a write in which the new version is analysed,
     * from the previous version, named as such — unless the question names something only the new version holds.
     *
     * @throws NotFoundException naming the first id that is not in the network
     */
    public WhatIfResponse whatIfPrepared(AnalysisScope scope, List<String> organisations, List<String> links) {
        var prepared = analyses.analysePrepared(scope);
        if (prepared.preparing() != null && !holdsAll(prepared.analysis(), organisations, links)) {
            prepared = analyses.analyseNow(scope);
        }
        return answer(prepared, organisations, links);
    }

    private static boolean holdsAll(Analysis analysis, List<String> organisations, List<String> links) {
        return organisations.stream().allMatch(id -> analysis.snapshot().organisation(id).isPresent())
                && links.stream().allMatch(id -> analysis.snapshot().link(id).isPresent());
    }

    private WhatIfResponse answer(AnalysisService.Prepared prepared, List<String> organisations, List<String> links) {
        Analysis analysis = prepared.analysis();
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
        return new WhatIfResponse(analysis.version(), prepared.preparing(), analyses.answer(analysis,
                new WhatIfQuestion(List.copyOf(organisations), List.copyOf(links)), a -> a.analytics().whatIf(ids)));
    }
}
