package org.partnershipatlas.brokers;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Service;

import org.partnershipatlas.analysis.AnalysisService;
import org.partnershipatlas.analytics.brokerage.Broker;
import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.scope.AnalysisScope;

/** The ranked brokers in the shape the API and the view use. */
@Service
public class BrokersService {
    private final AnalysisService analyses;

    public BrokersService(AnalysisService analyses) {
        this.analyses = analyses;
    }

    /**
     * @param score          normalised betweenness (NetworkX): the share of shortest routes between others it lies on
     * @param roles          short labels: articulation point, bridge end, low constraint, Gould–Fernandez roles
     * @param brokerageRoles Gould–Fernandez role counts (groups: Wales / partner country / international)
     * @param reasons        why it ranks here, as findings, its share of shortest routes first: the API writes them as
     *                       text in the request's language with {@code findings} (codes and arguments) beside
     */
    public record BrokerView(int rank, String id, String name, double score, List<String> roles,
                             Map<String, Integer> brokerageRoles, boolean articulationPoint, int cutOff, int bridges,
                             @Schema(nullable = true, description = "Burt's constraint; null without ties") Double constraint,
                             @Schema(nullable = true, description = "Burt's effective size; null without ties") Double effectiveSize,
                             int countriesSpanned, List<Finding> reasons) {
        static BrokerView of(Broker b) {
            var counts = new LinkedHashMap<String, Integer>();
            b.roles().forEach((role, n) -> counts.put(role.name().toLowerCase(Locale.ROOT), n));
            return new BrokerView(b.rank(), b.id(), b.name(), b.betweennessNormalized(), b.labels(), counts,
                    b.articulationPoint(), b.cutOff(), b.bridges(), b.constraint(), b.effectiveSize(),
                    b.countriesSpanned(), b.reasons());
        }
    }

    /**
     * @param version          the network version the ranking describes
     * @param preparingVersion on a large network right after a write, the stored version whose ranking is still being
     *                         computed (this answer is the previous version's, see
     *                         {@link AnalysisService#analysePrepared}); absent when the ranking is current
     */
    public record BrokersResponse(long version,
                                  @JsonInclude(
                                          JsonInclude.Include.NON_NULL)
                                  Long preparingVersion,
                                  List<BrokerView> brokers) {
    }

    /** The ranking of the network as stored now (what the view shows). */
    public BrokersResponse brokers(AnalysisScope scope, int top) {
        return ranking(analyses.analyseNow(scope), top);
    }

    /**
     * The ranking as the API answers it: on a large network, for the seconds after a write in which the new version's
     * ranking is computed, the previous version's, named as such.
     */
    public BrokersResponse brokersPrepared(AnalysisScope scope, int top) {
        return ranking(analyses.analysePrepared(scope), top);
    }

    private static BrokersResponse ranking(AnalysisService.Prepared prepared, int top) {
        var analysis = prepared.analysis();
        return new BrokersResponse(analysis.version(), prepared.preparing(),
                analysis.analytics().brokers().stream().limit(top).map(BrokerView::of).toList());
    }
}
