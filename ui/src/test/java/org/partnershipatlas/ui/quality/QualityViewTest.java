package org.partnershipatlas.ui.quality;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.analytics.gaps.GapAnalysis;
import org.partnershipatlas.ui.network.NetworkView;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.writes.NetworkWrites;

/** The Quality view and the assessment form, without a browser. */
class QualityViewTest extends KaribuViewTest {
    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;

    @BeforeEach
    void seed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    @Test
    void theSeed_isHonestAboutCoverage_andListsEveryBoard() {
        navigate("quality", QualityView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("assessment-coverage")).getText())
                .isEqualTo("0 of " + reads.current().snapshot().withoutIllustrative().links().size() + " links assessed.");
        var heatmap = _get(NativeTable.class, spec -> spec.withId("quality-heatmap"));
        assertThat(heatmap.getBody().getRowCount()).isEqualTo(7);
    }

    @SuppressWarnings("unchecked")
    @Test
    void anEditorAssessesALinkFromTheNetworkView_andTheBoardsRowChanges() {
        var snapshot = reads.current().snapshot();
        String link = GapAnalysis.partnerLinks(snapshot, snapshot.organisation("betsi-cadwaladr-uhb").orElseThrow())
                .get(0).id();
        signIn("karibu-editor", Set.of(Role.EDITOR), Set.of());
        navigate("network?select=" + link, NetworkView.class);
        _click(_get(Button.class, spec -> spec.withId("assess-link")));
        ((Select<Integer>) _get(Select.class, spec -> spec.withId("factor-trust"))).setValue(3);
        ((Select<Integer>) _get(Select.class, spec -> spec.withId("factor-longTermVision"))).setValue(1);
        _click(_get(Button.class, spec -> spec.withId("assess-save")));
        var stored = reads.link(link).orElseThrow().value();
        assertThat(stored.latestAssessment()).hasValueSatisfying(a -> {
            assertThat(a.factors()).hasSize(2);
            assertThat(a.assessedBy()).isEqualTo("karibu-editor");
        });
        navigate("quality", QualityView.class);
        var heatmap = _get(NativeTable.class, spec -> spec.withId("quality-heatmap"));
        assertThat(heatmap.getElement().getOuterHTML()).contains("1 of").contains("3.0");
    }
}
