package org.partnershipatlas.ui.healthboards;

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
}
