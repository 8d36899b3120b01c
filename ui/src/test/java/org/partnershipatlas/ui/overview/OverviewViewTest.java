package org.partnershipatlas.ui.overview;

import org.partnershipatlas.overview.OverviewService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.writes.NetworkWrites;

class OverviewViewTest extends KaribuViewTest {
    @Autowired
    NetworkWrites writes;

    @BeforeEach
    void seed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    @Test
    void startPage_isTheOverview_withTheSeedsRealCounts() {
        OverviewView view = navigate("", OverviewView.class);
        var seed = WalesAfricaSeed.load();
        var overview = view.overview();
        assertThat(overview.counts().organisations()).isEqualTo(seed.organisations().size()).isEqualTo(192);
        assertThat(overview.counts().links()).isEqualTo(seed.links().size()).isEqualTo(248);
        assertThat(overview.counts().boardsAndTrusts()).isEqualTo(seed.organisations().stream()
                .filter(o -> o.type() == OrganisationType.HEALTH_BOARD || o.type() == OrganisationType.NHS_TRUST).count());
        assertThat(_get(view, Anchor.class, spec -> spec.withText("192 organisations")).getHref()).contains("network");
    }

    @Test
    void growth_showsTheWalesForAfricaStep_andEveryYearInOrder() {
        var overview = navigate("overview", OverviewView.class).overview();
        var growth = overview.growth();
        assertThat(growth).extracting(OverviewService.YearCount::year).isSorted();
        assertThat(growth.get(growth.size() - 1).total() + overview.linksWithoutYear()).isEqualTo(248);
        int afterWalesForAfrica = growth.stream().filter(y -> y.year() >= 2006 && y.year() <= 2007)
                .mapToInt(OverviewService.YearCount::started).sum();
        int before = growth.stream().filter(y -> y.year() >= 2004 && y.year() <= 2005)
                .mapToInt(OverviewService.YearCount::started).sum();
        assertThat(afterWalesForAfrica).as("the step after Wales for Africa (2006)").isGreaterThan(2 * before);
    }

    @Test
    void everyBlock_hasAChartWithADescriptionATableAndTheViewBehindIt() {
        OverviewView view = navigate("overview", OverviewView.class);
        assertThat(view.charts()).hasSize(5).allSatisfy(chart -> {
            assertThat(chart.getOption()).isNotNull();
            assertThat(chart.getElement().getAttribute("aria-label")).isNotBlank();
            assertThat(chart.getOption().at("/aria/enabled").asBoolean()).isTrue();
        });
        for (String block : new String[] {"growth", "countries", "boards", "brokers", "risk"}) {
            _get(view, com.vaadin.flow.component.details.Details.class, spec -> spec.withId("table-" + block));
            _get(view, Anchor.class, spec -> spec.withId("open-" + block));
        }
        assertThat(view.overview().brokers()).hasSize(5);
        assertThat(view.overview().byCountry()).first().satisfies(c -> assertThat(c.links()).isPositive());
        assertThat(view.overview().changes()).isNotEmpty();
    }
}
