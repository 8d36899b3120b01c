package org.partnershipatlas.analytics.introductions;

import java.util.List;

import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.Source;

/** One link behind a step of a route, with its provenance. */
public record LinkEvidence(String id, LinkKind kind, String from, String to, Confidence confidence,
                           List<Source> sources) {
    public LinkEvidence {
        sources = List.copyOf(sources);
    }

    /** Whether the link is only inferred from the sources (confidence B or C). */
    public boolean inferred() {
        return confidence == Confidence.B || confidence == Confidence.C;
    }
}
