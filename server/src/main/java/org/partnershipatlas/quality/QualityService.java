package org.partnershipatlas.quality;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import org.partnershipatlas.analysis.Analysis;
import org.partnershipatlas.analysis.AnalysisService;
import org.partnershipatlas.analytics.gaps.HealthBoardGap;
import org.partnershipatlas.analytics.quality.GroupBy;
import org.partnershipatlas.analytics.quality.GroupQuality;
import org.partnershipatlas.analytics.quality.LinkAtRisk;
import org.partnershipatlas.analytics.quality.QualityAnalysis;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.store.VersionedSnapshot;

/**
 * Partnership quality for the Quality view and API, over one read of the network: roll-ups per Board, Trust and
 * country, links at risk, structure beside quality (the quadrant), and which way learning flows.
 */
@Service
public class QualityService {
    private final AnalysisService analyses;
    private final NetworkReads reads;

    public QualityService(AnalysisService analyses, NetworkReads reads) {
        this.analyses = analyses;
        this.reads = reads;
    }

    public VersionedSnapshot stored() {
        return reads.current();
    }

    /** What a roll-up depends on beyond the network version and the scope (the key of its cached answer). */
    private record GroupsQuestion(GroupBy groupBy) {
    }

    /** Every Board's or Trust's quality roll-up, computed once per version and scope (a profile shows one of them). */
    public List<GroupQuality> groups(VersionedSnapshot stored, AnalysisScope scope, GroupBy groupBy) {
        return analyses.answer(analyses.analyse(stored, scope), new GroupsQuestion(groupBy),
                a -> QualityAnalysis.rollUp(a.snapshot(), groupBy));
    }

    public List<LinkAtRisk> atRisk(VersionedSnapshot stored, AnalysisScope scope) {
        return QualityAnalysis.atRisk(analyses.analyse(stored, scope).snapshot(), LocalDate.now(ZoneOffset.UTC));
    }

    /** "3 of 13 links assessed": assessment coverage over the scope's links. */
    public record Coverage(int assessed, int links) {
    }

    public Coverage coverage(VersionedSnapshot stored, AnalysisScope scope) {
        var links = analyses.analyse(stored, scope).snapshot().links();
        return new Coverage((int) links.stream().filter(l -> l.latestAssessment().isPresent()).count(), links.size());
    }

    /** Where a Board or Trust stands: linked well or under-linked, strong or weak (or not known). */
    public enum Quadrant { WELL_LINKED_STRONG, WELL_LINKED_FRAGILE, UNDER_LINKED_STRONG, UNDER_LINKED_WEAK, QUALITY_UNKNOWN }

    /** One Board or Trust in the quadrant, with its links and assessment coverage beside it. */
    public record Placed(String id, String name, boolean underLinked, Double quality, int links, int assessedLinks,
                         Quadrant quadrant) {
    }

    /** Boards and Trusts by structure (under-linked against their peers' median) and quality (mean factor score). */
    public List<Placed> quadrant(VersionedSnapshot stored, AnalysisScope scope) {
        Analysis analysis = analyses.analyse(stored, scope);
        Set<String> under = analysis.analytics().gaps().healthBoards().stream().filter(HealthBoardGap::underLinked)
                .map(HealthBoardGap::id).collect(Collectors.toSet());
        var result = new ArrayList<Placed>();
        for (GroupBy group : List.of(GroupBy.HEALTH_BOARDS, GroupBy.TRUSTS)) {
            List<GroupQuality> rolled = QualityAnalysis.rollUp(analysis.snapshot(), group);
            double median = group == GroupBy.TRUSTS ? median(rolled) : -1;
            for (GroupQuality g : rolled) {
                boolean isUnder = group == GroupBy.HEALTH_BOARDS ? under.contains(g.id()) : g.links() == 0 || g.links() < median;
                Double q = g.overall();
                Quadrant quadrant = q == null ? Quadrant.QUALITY_UNKNOWN
                        : isUnder ? (q >= QualityAnalysis.WEAK_BELOW ? Quadrant.UNDER_LINKED_STRONG : Quadrant.UNDER_LINKED_WEAK)
                        : (q >= QualityAnalysis.WEAK_BELOW ? Quadrant.WELL_LINKED_STRONG : Quadrant.WELL_LINKED_FRAGILE);
                result.add(new Placed(g.id(), g.name(), isUnder, q, g.links(), g.assessedLinks(), quadrant));
            }
        }
        return result;
    }

    private static double median(List<GroupQuality> groups) {
        double[] links = groups.stream().mapToDouble(GroupQuality::links).sorted().toArray();
        if (links.length == 0) {
            return 0;
        }
        int mid = links.length / 2;
        return links.length % 2 == 1 ? links[mid] : (links[mid - 1] + links[mid]) / 2;
    }

    /** Which way learning flows: counts by direction, the links where Wales learns, and how many are unknown. */
    public record Reciprocity(Map<Learning, Integer> byDirection, List<LinkSummary> toWales) {
    }

    public record LinkSummary(String id, String fromName, String toName, List<String> themes) {
    }

    public Reciprocity reciprocity(VersionedSnapshot stored, AnalysisScope scope) {
        NetworkSnapshot network = analyses.analyse(stored, scope).snapshot();
        Map<Learning, Integer> counts = new EnumMap<>(Learning.class);
        for (Learning l : Learning.values()) {
            counts.put(l, 0);
        }
        var toWales = new ArrayList<LinkSummary>();
        for (Link l : network.links()) {
            counts.merge(l.learning(), 1, Integer::sum);
            if (l.learning() == Learning.TO_WALES) {
                toWales.add(new LinkSummary(l.id(), name(network, l.from()), name(network, l.to()), l.themes()));
            }
        }
        return new Reciprocity(counts, toWales);
    }

    private static String name(NetworkSnapshot network, String id) {
        return network.organisation(id).map(Organisation::name).orElse(id);
    }
}
