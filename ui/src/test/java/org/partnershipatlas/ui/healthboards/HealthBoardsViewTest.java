package org.partnershipatlas.ui.healthboards;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import com.vaadin.flow.component.html.Paragraph;
import org.partnershipatlas.overview.OverviewService;
import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.healthboards.HealthBoardsService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.NativeTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.analytics.gaps.CoverageDimension;
import org.partnershipatlas.ui.findings.FindingsCell;
import org.partnershipatlas.ui.components.AtlasI18NProvider;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.writes.NetworkWrites;

class HealthBoardsViewTest extends KaribuViewTest {
    @Autowired
    OverviewService overviews;

    @Autowired
    NetworkWrites writes;

    @BeforeEach
    void seed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    @Autowired
    HealthBoardsService service;

    @Test
    void sevenBoardsUnderLinkedFirstWithReasonsAndHeatmapsMatchingTheService() {
        HealthBoardsView view = navigate("health-boards", HealthBoardsView.class);
        var grid = view.boards();
        assertThat(GridKt._size(grid)).isEqualTo(7);
        boolean seenLinked = false;
        for (int i = 0; i < 7; i++) {
            var board = GridKt._get(grid, i);
            if (board.underLinked()) {
                assertThat(seenLinked).as("under-linked Boards come first").isFalse();
                assertThat(board.reasons()).as(board.name()).isNotEmpty();
            } else {
                seenLinked = true;
            }
        }
        var matrix = service.coverage(AnalysisScope.DEFAULT, CoverageDimension.COUNTRY);
        NativeTable heatmap = _get(NativeTable.class, spec -> spec.withId("heatmap-country"));
        assertThat(heatmap.getBody().getRowCount()).isEqualTo(matrix.rows().size());
        var firstRow = heatmap.getBody().getRow(0).orElseThrow();
        for (int c = 0; c < matrix.columns().size(); c++) {
            int count = matrix.counts().get(0).get(c);
            assertThat(firstRow.getDataCell(c).orElseThrow().getText()).isEqualTo(count == 0 ? "" : String.valueOf(count));
        }
    }

    @Test
    void welsh() {
        UI.getCurrent().setLocale(AtlasI18NProvider.WELSH);
        String withoutLink = TestWrites.boardWithoutKnownLink(writes);
        HealthBoardsView view = navigate("health-boards", HealthBoardsView.class);
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).startsWith("Byrddau Iechyd");
        var reasons = (FindingsCell) GridKt._getCellComponent(view.boards(), row(view, withoutLink), "reasons");
        assertThat(reasons.headline()).startsWith("dim cyswllt hysbys â sefydliad mewn gwlad bartner");
    }

    @Test
    void reasons_headlineFirst_restBehindMore() {
        String withoutLink = TestWrites.boardWithoutKnownLink(writes);
        HealthBoardsView view = navigate("health-boards", HealthBoardsView.class);
        int row = row(view, withoutLink);
        var reasons = (FindingsCell) GridKt._getCellComponent(view.boards(), row, "reasons");
        assertThat(reasons.headline()).startsWith("no known link to a partner-country organisation (its only ties: ");
        var board = GridKt._get(view.boards(), row);
        if (board.reasons().size() > 1) {
            assertThat(_get(reasons, Details.class).getSummaryText()).isEqualTo("More (" + (board.reasons().size() - 1) + ")");
        }
    }

    private static int row(HealthBoardsView view, String id) {
        for (int i = 0; i < GridKt._size(view.boards()); i++) {
            if (GridKt._get(view.boards(), i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void theTrusts_haveTheirOwnPage_andEveryRowSaysWhatItsEvidenceIs() {
        HealthBoardsView view = navigate("health-boards?group=trusts", HealthBoardsView.class);
        assertThat(GridKt._size(view.boards())).isEqualTo(3);
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).startsWith("NHS Trusts");
        view = navigate("health-boards", HealthBoardsView.class);
        var grid = view.boards();
        for (int i = 0; i < GridKt._size(grid); i++) {
            var board = GridKt._get(grid, i);
            String evidence = GridKt._getFormatted(grid, i, "evidence");
            if (board.metrics().links() == 0 && board.noEvidence()) {
                assertThat(evidence).startsWith("None found");
            } else if (!board.noEvidence()) {
                assertThat(evidence).isNotEmpty().doesNotStartWith("None found");
            }
        }
    }

    @Test
    void onPaper_aPlainTableHoldsEveryBoardAndEveryColumnOfTheGrid() {
        HealthBoardsView view = navigate("health-boards", HealthBoardsView.class);
        var grid = view.boards();
        NativeTable print = _get(NativeTable.class, spec -> spec.withId("boards-print"));
        assertThat(print.getClassNames()).contains("print-only");
        assertThat(grid.getClassNames()).contains("no-print");
        var headers = print.getHead().getRow(0).orElseThrow();
        assertThat(headers.getChildren().count()).isEqualTo(grid.getColumns().size());
        for (int c = 0; c < grid.getColumns().size(); c++) {
            assertThat(headers.getHeaderCell(c).orElseThrow().getText())
                    .isEqualTo(grid.getColumns().get(c).getHeaderText());
        }
        assertThat(print.getBody().getRowCount()).isEqualTo(GridKt._size(grid));
        for (int r = 0; r < GridKt._size(grid); r++) {
            var row = print.getBody().getRow(r).orElseThrow();
            assertThat(row.getDataCell(0).orElseThrow().getText()).isEqualTo(GridKt._get(grid, r).name());
            assertThat(row.getDataCell(3).orElseThrow().getText()).isEqualTo(GridKt._getFormatted(grid, r, "links"));
        }
        NativeTable fragile = _get(NativeTable.class, spec -> spec.withId("fragile-print"));
        assertThat(fragile.getBody().getRowCount()).isEqualTo(service.gaps(AnalysisScope.DEFAULT).fragileLinks().size());
    }

    /**
     * One definition of under-linked: the overview, the Health Boards report and the API name the same Boards, both
     * pages state the definition with its lines, and one more link leaves a Board's verdict alone unless it crosses a
     * line.
     */
    @Test
    void underLinked_isOneDefinition_statedOnBothPages_andOneLinkDoesNotFlipABoardShortOfTheLine() {
        var gaps = service.gaps(AnalysisScope.DEFAULT);
        var median = gaps.peerMedian();
        assertThat(median.underLinkedBelowLinks()).isEqualTo(median.links() / 2);
        assertThat(median.underLinkedBelowCountries()).isEqualTo(median.countries() / 2);
        Set<String> report = gaps.healthBoards().stream().filter(HealthBoardsService.BoardGap::underLinked)
                .map(HealthBoardsService.BoardGap::id).collect(Collectors.toSet());
        assertThat(report).isNotEmpty().hasSizeLessThan(7);
        for (var b : gaps.healthBoards()) {
            assertThat(b.underLinked()).as(b.name()).isEqualTo(b.metrics().links() < median.underLinkedBelowLinks()
                    || b.metrics().countries() < median.underLinkedBelowCountries());
        }
        Set<String> overview = overviews.overview().boards().stream().filter(OverviewService.BoardSummary::underLinked)
                .map(OverviewService.BoardSummary::id).collect(Collectors.toSet());
        assertThat(overview).isEqualTo(report);

        String stated = "Under-linked means fewer than half the partner links of the median of its peers (fewer than ";
        navigate("health-boards", HealthBoardsView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("under-linked-definition")).getText()).startsWith(stated);
        navigate("", Object.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("under-linked-definition")).getText()).startsWith(stated);

        // The Board nearest its line gets one more partner link in a country it has none in.
        var nearest = gaps.healthBoards().stream().filter(HealthBoardsService.BoardGap::underLinked)
                .max(Comparator.comparingInt(b -> b.metrics().countries())).orElseThrow();
        var network = service.stored().snapshot();
        var partner = network.organisations().stream().filter(o -> !o.isWelsh() && !o.country().startsWith("GB")
                && !nearest.countries().contains(o.country())).findFirst().orElseThrow();
        TestWrites.create(writes, new Link("test-one-more-link", nearest.id(), partner.id(), LinkKind.HEALTH_LINK, 2024,
                null, LinkStatus.ACTIVE, List.of("maternal health"), List.of(Activity.RESEARCH), Learning.RECIPROCAL,
                null, null, Confidence.A, List.of(new Source("test fixture", null))));
        var after = service.gaps(AnalysisScope.DEFAULT);
        var board = after.healthBoards().stream().filter(b -> b.id().equals(nearest.id())).findFirst().orElseThrow();
        assertThat(board.metrics().links()).isEqualTo(nearest.metrics().links() + 1);
        boolean crossed = board.metrics().links() >= after.peerMedian().underLinkedBelowLinks()
                && board.metrics().countries() >= after.peerMedian().underLinkedBelowCountries();
        assertThat(board.underLinked()).as("flips only across the stated line").isEqualTo(!crossed);
        for (var b : after.healthBoards()) {
            if (!b.id().equals(nearest.id())) {
                assertThat(b.underLinked()).as(b.name() + ", not the Board that gained the link").isEqualTo(report.contains(b.id()));
            }
        }
    }
}
