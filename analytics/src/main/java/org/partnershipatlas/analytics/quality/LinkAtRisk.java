package org.partnershipatlas.analytics.quality;

import java.util.List;

import org.partnershipatlas.analytics.findings.Finding;

/**
 * A link whose latest assessment says it may not last, with each reason: funding ending within a year, no exit
 * strategy, one funder only, no monitoring and evaluation, a major challenge.
 */
public record LinkAtRisk(String id, String from, String fromName, String to, String toName, List<Finding> reasons) {
    public LinkAtRisk {
        reasons = List.copyOf(reasons);
    }
}
