package org.partnershipatlas.healthboards;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Service;

import org.partnershipatlas.analysis.Analysis;
import org.partnershipatlas.analysis.AnalysisService;
import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.gaps.CountryCoverage;
import org.partnershipatlas.analytics.gaps.CoverageDimension;
import org.partnershipatlas.analytics.gaps.CoverageMatrix;
import org.partnershipatlas.analytics.gaps.FragileLink;
import org.partnershipatlas.analytics.gaps.GapAnalysis;
import org.partnershipatlas.analytics.gaps.GapReport;
import org.partnershipatlas.analytics.gaps.HealthBoardGap;
import org.partnershipatlas.analytics.gaps.MemberGroup;
import org.partnershipatlas.analytics.gaps.PeerMedians;
import org.partnershipatlas.analytics.gaps.UnderLinked;
import org.partnershipatlas.analytics.gaps.ThemeCoverage;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.returns.ReturnsService;
import org.partnershipatlas.store.ReturnStore;
import org.partnershipatlas.store.VersionedSnapshot;

/** The Health Board gap report in the shape the API and the view use. */
@Service
public class HealthBoardsService {
    private final AnalysisService analyses;
    private final NetworkReads reads;

    private final ReturnsService returns;

    public HealthBoardsService(AnalysisService analyses, NetworkReads reads, ReturnsService returns) {
        this.analyses = analyses;
        this.reads = reads;
        this.returns = returns;
    }

    /** What the register's knowledge of a Board or Trust rests on. */
    public enum EvidenceStatus {
        /** No known partner link and no return: "no evidence found", not "no links". */
        NO_EVIDENCE,
        /** Known from public sources only. */
        PUBLIC_SOURCES,
        /** It answered a partnership return, and the answer was accepted. */
        SELF_REPORTED
    }

    /**
     * @param status       what the knowledge rests on
     * @param sources      distinct citations behind its partner links (a self-report counts as one)
     * @param lastAssessed the latest quality self-assessment of any of its partner links, or null
     * @param reported     when its accepted return was reviewed (null unless self-reported)
     */
    @Schema(name = "GapEvidence")
    public record Evidence(EvidenceStatus status, int sources, @Schema(nullable = true) LocalDate lastAssessed,
                           @Schema(nullable = true) Instant reported) {
    }

    /**
     * A Board's figures.
     *
     * @param links           partner links (its own and its units')
     * @param directLinks     partner links starting at one of its units
     * @param countries       distinct partner countries
     * @param themes          distinct themes
     * @param activities      distinct activity types
     * @param reciprocalShare share of links whose learning is reciprocal
     * @param dependence      share of links passing through its top broker
     */
    public record BoardMetrics(int links, int directLinks, int countries, int themes, int activities,
                               double reciprocalShare, double dependence) {
        static BoardMetrics of(HealthBoardGap g) {
            return new BoardMetrics(g.links(), g.directLinks(), g.countries().size(), g.themes().size(),
                    g.activities().size(), g.reciprocalShare(), g.dependence());
        }
    }

    /**
     * The median Board (the comparison every reason is made against), and the lines below which a Board is
     * under-linked ({@link UnderLinked}: half the median's partner links or partner countries).
     *
     * @param underLinkedBelowLinks     a Board with fewer partner links is under-linked
     * @param underLinkedBelowCountries a Board with partner links in fewer countries is under-linked
     */
    public record PeerMedian(int boards, double links, double countries, double themes, double activities,
                             double reciprocalShare, double dependence, double underLinkedBelowLinks,
                             double underLinkedBelowCountries) {
        static PeerMedian of(PeerMedians m) {
            return new PeerMedian(m.boards(), m.links(), m.countries(), m.themes(), m.activities(),
                    m.reciprocalShare(), m.dependence(), UnderLinked.linksLine(m), UnderLinked.countriesLine(m));
        }
    }

    /**
     * One Board against the median.
     *
     * @param reasons       why it is under-linked (or what it lacks), as findings: the API writes them as text in the
     *                      request's language with {@code findings} (codes and arguments) beside
     * @param topBroker     the broker most of its links pass through (id), or {@code null}
     * @param topBrokerName its name
     */
    /**
     * @param standing    under-linked, not, or no evidence found ({@link UnderLinked}, the one definition)
     * @param underLinked whether {@code standing} is under-linked
     */
    public record BoardGap(String id, String name, BoardMetrics metrics, PeerMedian peerMedian,
                           UnderLinked.Standing standing, boolean underLinked, List<Finding> reasons, List<String> countries, List<String> themes, List<String> activities,
                           @Schema(nullable = true) String topBroker, @Schema(nullable = true) String topBrokerName,
                           List<String> units, boolean inferred, List<String> inferredLinks,
                           @Schema(nullable = true) Evidence evidence) {
        /** No known link and no self-report: what the register lacks is knowledge, not (yet) a link. */
        public boolean noEvidence() {
            return standing == UnderLinked.Standing.NO_EVIDENCE;
        }

        /** It answered a return and has no partner links: a finding, not a gap in knowledge. */
        public boolean reportsNoLinks() {
            return evidence != null && evidence.status() == EvidenceStatus.SELF_REPORTED && metrics.links() == 0;
        }
    }

    /**
     * @param countriesWithoutLinks partner countries of the network with no link at all
     * @param thinCountries         countries with zero or one link
     * @param themesWithOneLink     themes carried by a single link
     * @param fragileLinks          links whose loss cuts part of the network off
     */
    /**
     * @param version          the network version described
     * @param preparingVersion as for the brokers (the API on a large network just after a write: the newer version
     *                         whose analysis is still being computed); absent when current
     */
    public record GapsResponse(long version,
                               @JsonInclude(
                                       JsonInclude.Include.NON_NULL)
                               Long preparingVersion,
                               String group, List<BoardGap> healthBoards, PeerMedian peerMedian,
                               List<CountryCoverage> countriesWithoutLinks, List<CountryCoverage> thinCountries,
                               List<ThemeCoverage> themesWithOneLink, List<FragileLink> fragileLinks) {
        GapsResponse preparing(long newer) {
            return new GapsResponse(version, newer, group, healthBoards, peerMedian, countriesWithoutLinks,
                    thinCountries, themesWithOneLink, fragileLinks);
        }
    }

    public GapsResponse gaps(AnalysisScope scope) {
        return gaps(reads.current(), scope, MemberGroup.BOARDS);
    }

    public GapsResponse gaps(AnalysisScope scope, MemberGroup group) {
        return gaps(reads.current(), scope, group);
    }

    /** The network as stored now, for a view that asks several questions of one version. */
    public VersionedSnapshot stored() {
        return reads.current();
    }

    public GapsResponse gaps(VersionedSnapshot stored, AnalysisScope scope) {
        return gaps(stored, scope, MemberGroup.BOARDS);
    }

    /**
     * What a gaps answer depends on beyond the network version and the scope (the key of its cached answer): the
     * group, and the accepted returns, which can change while the network does not (a return that changes nothing).
     */
    private record GapsQuestion(MemberGroup group, Map<String, ReturnStore.Invitation> selfReported) {
    }

    public GapsResponse gaps(VersionedSnapshot stored, AnalysisScope scope, MemberGroup group) {
        return gaps(AnalysisService.Prepared.current(analyses.analyse(stored, scope), stored), group);
    }

    /**
     * As the API answers: on a large network, for the seconds after a write in which the new version is analysed, the
     * previous version's gaps, named as such ({@link AnalysisService#analysePrepared}).
     */
    public GapsResponse gapsPrepared(AnalysisScope scope, MemberGroup group) {
        return gaps(analyses.analysePrepared(scope), group);
    }

    private GapsResponse gaps(AnalysisService.Prepared prepared, MemberGroup group) {
        var selfReported = returns.selfReported();
        // Each member's evidence walks its partner links: on a large network that is most of the answer's cost.
        GapsResponse answer = analyses.answer(prepared.analysis(), new GapsQuestion(group, selfReported),
                a -> gaps(a, prepared.stored().snapshot(), group, selfReported));
        return prepared.preparing() == null ? answer : answer.preparing(prepared.preparing());
    }

    private static GapsResponse gaps(Analysis analysis, NetworkSnapshot network, MemberGroup group,
                                     Map<String, ReturnStore.Invitation> selfReported) {
        GapReport report = analysis.analytics().gaps(group);
        PeerMedian median = PeerMedian.of(report.medians());
        List<BoardGap> boards = report.healthBoards().stream().map(g -> {
            Evidence evidence = evidence(network, g, selfReported.get(g.id()));
            UnderLinked.Standing standing = UnderLinked.standing(g, selfReported.containsKey(g.id()));
            return new BoardGap(g.id(), g.name(), BoardMetrics.of(g), median, standing,
                    standing == UnderLinked.Standing.UNDER_LINKED, g.reasons(),
                    g.countries(), g.themes(), g.activities().stream().map(Enum::name).toList(), g.topBroker(),
                    g.topBroker() == null ? null : analysis.snapshot().organisation(g.topBroker())
                            .map(Organisation::name).orElse(g.topBroker()),
                    g.units(), g.inferred(), g.inferredLinks(), evidence);
        }).toList();
        return new GapsResponse(analysis.version(), null, group.key(), boards, median,
                report.countries().stream().filter(c -> c.links() == 0).toList(),
                report.thinCountries(), report.singleLinkThemes(), report.fragileLinks());
    }

    /** What a member's row rests on: its accepted return, else the public sources of its partner links. */
    static Evidence evidence(NetworkSnapshot network, HealthBoardGap g, ReturnStore.Invitation accepted) {
        Organisation member = network.organisation(g.id()).orElse(null);
        List<Link> links = member == null ? List.of() : GapAnalysis.partnerLinks(network, member);
        var citations = new HashSet<String>();
        links.forEach(l -> l.sources().forEach(s -> citations.add(s.citation())));
        LocalDate lastAssessed = links.stream().map(Link::latestAssessment).flatMap(Optional::stream)
                .map(a -> a.date()).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        if (accepted != null) {
            return new Evidence(EvidenceStatus.SELF_REPORTED, Math.max(1, citations.size()), lastAssessed,
                    accepted.reviewedAt());
        }
        return new Evidence(links.isEmpty() ? EvidenceStatus.NO_EVIDENCE : EvidenceStatus.PUBLIC_SOURCES,
                citations.size(), lastAssessed, null);
    }

    public CoverageMatrix coverage(AnalysisScope scope, CoverageDimension dimension) {
        return coverage(reads.current(), scope, dimension);
    }

    public CoverageMatrix coverage(VersionedSnapshot stored, AnalysisScope scope, CoverageDimension dimension) {
        return coverage(stored, scope, dimension, MemberGroup.BOARDS);
    }

    public CoverageMatrix coverage(VersionedSnapshot stored, AnalysisScope scope, CoverageDimension dimension,
                                   MemberGroup group) {
        return analyses.analyse(stored, scope).analytics().coverage(dimension, group);
    }
}
