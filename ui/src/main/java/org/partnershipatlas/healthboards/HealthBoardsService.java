package org.partnershipatlas.healthboards;

import java.util.List;

import org.springframework.stereotype.Service;

import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.analysis.AnalysisService;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.store.VersionedSnapshot;
import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.gaps.CountryCoverage;
import org.partnershipatlas.analytics.gaps.CoverageDimension;
import org.partnershipatlas.analytics.gaps.CoverageMatrix;
import org.partnershipatlas.analytics.gaps.FragileLink;
import org.partnershipatlas.analytics.gaps.GapReport;
import org.partnershipatlas.analytics.gaps.HealthBoardGap;
import org.partnershipatlas.analytics.gaps.PeerMedians;
import org.partnershipatlas.analytics.gaps.ThemeCoverage;
import org.partnershipatlas.model.Organisation;

/** The Health Board gap report in the shape the API and the view use. */
@Service
public class HealthBoardsService {
    private final AnalysisService analyses;
    private final NetworkReads reads;

    public HealthBoardsService(AnalysisService analyses, NetworkReads reads) {
        this.analyses = analyses;
        this.reads = reads;
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

    /** The median Board (the comparison every reason is made against). */
    public record PeerMedian(int boards, double links, double countries, double themes, double activities,
                             double reciprocalShare, double dependence) {
        static PeerMedian of(PeerMedians m) {
            return new PeerMedian(m.boards(), m.links(), m.countries(), m.themes(), m.activities(),
                    m.reciprocalShare(), m.dependence());
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
    public record BoardGap(String id, String name, BoardMetrics metrics, PeerMedian peerMedian, boolean underLinked,
                           List<Finding> reasons, List<String> countries, List<String> themes, List<String> activities,
                           String topBroker, String topBrokerName, List<String> units, boolean inferred,
                           List<String> inferredLinks) {
    }

    /**
     * @param countriesWithoutLinks partner countries of the network with no link at all
     * @param thinCountries         countries with zero or one link
     * @param themesWithOneLink     themes carried by a single link
     * @param fragileLinks          links whose loss cuts part of the network off
     */
    public record GapsResponse(long version, List<BoardGap> healthBoards, PeerMedian peerMedian,
                               List<CountryCoverage> countriesWithoutLinks, List<CountryCoverage> thinCountries,
                               List<ThemeCoverage> themesWithOneLink, List<FragileLink> fragileLinks) {
    }

    public GapsResponse gaps(AnalysisScope scope) {
        return gaps(reads.current(), scope);
    }

    /** The network as stored now, for a view that asks several questions of one version. */
    public VersionedSnapshot stored() {
        return reads.current();
    }

    public GapsResponse gaps(VersionedSnapshot stored, AnalysisScope scope) {
        var analysis = analyses.analyse(stored, scope);
        GapReport report = analysis.analytics().gaps();
        PeerMedian median = PeerMedian.of(report.medians());
        List<BoardGap> boards = report.healthBoards().stream()
                .map(g -> new BoardGap(g.id(), g.name(), BoardMetrics.of(g), median, g.underLinked(), g.reasons(),
                        g.countries(), g.themes(), g.activities().stream().map(Enum::name).toList(), g.topBroker(),
                        g.topBroker() == null ? null : analysis.snapshot().organisation(g.topBroker())
                                .map(Organisation::name).orElse(g.topBroker()),
                        g.units(), g.inferred(), g.inferredLinks()))
                .toList();
        return new GapsResponse(analysis.version(), boards, median,
                report.countries().stream().filter(c -> c.links() == 0).toList(),
                report.thinCountries(), report.singleLinkThemes(), report.fragileLinks());
    }

    public CoverageMatrix coverage(AnalysisScope scope, CoverageDimension dimension) {
        return coverage(reads.current(), scope, dimension);
    }

    public CoverageMatrix coverage(VersionedSnapshot stored, AnalysisScope scope, CoverageDimension dimension) {
        return analyses.analyse(stored, scope).analytics().coverage(dimension);
    }
}
