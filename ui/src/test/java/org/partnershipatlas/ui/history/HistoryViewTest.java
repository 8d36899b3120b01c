package org.partnershipatlas.ui.history;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.store.RecordedChange;
import org.partnershipatlas.writes.NetworkWrites;

/** The History view: the latest change first, filtered by organisation, and undone by an editor. */
class HistoryViewTest extends KaribuViewTest {
    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;

    @BeforeEach
    void seed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    private long rename(String id, String name) {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) JsonSnapshotFormat.toJsonNode(
                reads.current().snapshot().organisation(id).orElseThrow());
        node.put("name", name);
        return writes.updateOrganisation(id, JsonSnapshotFormat.parseEntity(node, JsonSnapshotFormat.Entity.ORGANISATION,
                "organisation"), null, TestWrites.CHANGE).changeId();
    }

    @SuppressWarnings("unchecked")
    @Test
    void theLatestChangeComesFirst_andAnEditorUndoesIt() {
        String before = reads.current().snapshot().organisation("quthing-hospital").orElseThrow().name();
        long change = rename("quthing-hospital", "Renamed for the history view");
        signIn("karibu-editor", Set.of(Role.EDITOR), Set.of());
        navigate("history?entity=quthing-hospital", HistoryView.class);
        Grid<RecordedChange> grid = _get(Grid.class, spec -> spec.withId("history-grid"));
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(change);
        assertThat(GridKt._get(grid, 0).actor()).isEqualTo(TestWrites.ADMIN.name());
        Button undo = (Button) GridKt._getCellComponent(grid, 0, "undo");
        assertThat(undo.isVisible()).isTrue();
        _click(undo);
        _click(_get(Button.class, spec -> spec.withId("undo-confirm")));
        assertThat(reads.current().snapshot().organisation("quthing-hospital").orElseThrow().name()).isEqualTo(before);
        assertThat(GridKt._get(grid, 0).kind()).isEqualTo(org.partnershipatlas.store.ChangeKind.UNDO);
    }

    @Test
    void readersSeeTheHistory_butNoUndo() {
        long change = rename("quthing-hospital", "Seen by a reader");
        navigate("history", HistoryView.class);
        @SuppressWarnings("unchecked")
        Grid<RecordedChange> grid = _get(Grid.class, spec -> spec.withId("history-grid"));
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(change);
        assertThat(GridKt._getCellComponent(grid, 0, "undo").isVisible()).isFalse();
    }
}
