package org.partnershipatlas.analysis;

import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.analytics.NetworkAnalytics;
import org.partnershipatlas.model.NetworkSnapshot;

/**
 * The analytics of one scope of the network at one version.
 *
 * @param version   the stored network version it was computed from
 * @param scope     the part of the network analysed
 * @param snapshot  that part
 * @param analytics its measures, each computed once on first use
 */
public record Analysis(long version, AnalysisScope scope, NetworkSnapshot snapshot, NetworkAnalytics analytics) {
}
