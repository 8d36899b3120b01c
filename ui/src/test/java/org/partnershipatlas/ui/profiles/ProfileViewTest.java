package org.partnershipatlas.ui.profiles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.ui.healthboards.HealthBoardsView;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.writes.NetworkWrites;

class ProfileViewTest extends KaribuViewTest {
    @Autowired
    NetworkWrites writes;
    @Autowired
    org.partnershipatlas.analysis.AnalysisService analyses;
    @Autowired
    org.partnershipatlas.reads.NetworkReads network;

    @BeforeEach
    void seed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    @Test
    void boardProfile_showsLinksGapsRoutesHistoryAndSources_andPrints() {
        ProfileView view = navigate("organisations/betsi-cadwaladr-uhb", ProfileView.class);
        var profile = view.profile();
        assertThat(profile.organisation().name()).isEqualTo("Betsi Cadwaladr University Health Board");
        assertThat(profile.links()).isNotEmpty();
        assertThat(profile.byCountry()).isNotEmpty();
        assertThat(profile.gap()).isPresent();
        assertThat(profile.metrics()).isPresent();
        // the measures it lists, computed without every measure of everyone, equal the full computation's
        var all = analyses.analyse(network.current(), org.partnershipatlas.analytics.scope.AnalysisScope.DEFAULT)
                .analytics().metrics("betsi-cadwaladr-uhb").orElseThrow();
        var shown = profile.metrics().orElseThrow();
        assertThat(shown.betweenness()).isEqualTo(all.betweenness());
        assertThat(shown.betweennessNormalized()).isEqualTo(all.betweennessNormalized());
        assertThat(shown.pageRank()).isEqualTo(all.pageRank());
        assertThat(shown.closeness()).isEqualTo(all.closeness());
        assertThat(shown.constraint()).isEqualTo(all.constraint());
        assertThat(shown.community()).isEqualTo(all.community());
        assertThat(profile.history()).isNotEmpty();
        assertThat(profile.routes()).allSatisfy(r -> assertThat(profile.byCountry())
                .noneMatch(c -> c.code().equals(r.code())));
        _get(view, Button.class, spec -> spec.withId("print-profile"));
        assertThat(view.getPageTitle()).startsWith("Betsi Cadwaladr");
        assertThat(_find(view, Anchor.class)).anyMatch(a -> a.getHref().startsWith("organisations/"));
    }

    @Test
    void boardWithoutKnownLink_saysNoEvidenceIsNotNoLink() {
        String board = TestWrites.boardWithoutKnownLink(writes);
        ProfileView view = navigate("organisations/" + board, ProfileView.class);
        assertThat(view.profile().gap()).hasValueSatisfying(g -> assertThat(g.metrics().links()).isZero());
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("profile-gap-status")).getText())
                .isEqualTo("No known link");
    }

    @Test
    void unknownId_saysSoWithoutFailing() {
        ProfileView view = navigate("organisations/no-such-organisation", ProfileView.class);
        assertThat(view.profile()).isNull();
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("profile-unknown")).getText())
                .contains("no-such-organisation");
    }

    @Test
    void healthBoardsTable_linksEachBoardToItsProfile() {
        HealthBoardsView boards = navigate("health-boards", HealthBoardsView.class);
        assertThat(boards.getElement().toString()).isNotEmpty();
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<Object>) _get(boards, com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("boards-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "name"))
                .isInstanceOfSatisfying(Anchor.class, a -> assertThat(a.getHref()).startsWith("organisations/"));
    }
}
