package org.partnershipatlas.ui.brokers;

import org.partnershipatlas.brokers.BrokersService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.ui.findings.FindingsCell;
import org.partnershipatlas.ui.components.AtlasI18NProvider;

class BrokersViewTest extends KaribuViewTest {
    @Autowired
    BrokersService service;

    @Test
    void theRankedBrokersOfTheServiceWithRolesAndReasons() {
        BrokersView view = navigate("brokers", BrokersView.class);
        var expected = service.brokers(AnalysisScope.DEFAULT, 20).brokers();
        assertThat(GridKt._size(view.grid())).isEqualTo(expected.size());
        assertThat(GridKt._get(view.grid(), 0).id()).isEqualTo(expected.get(0).id());
        assertThat(expected.get(0).reasons()).isNotEmpty();
        var reasons = (FindingsCell) GridKt._getCellComponent(view.grid(), 0, "reasons");
        assertThat(reasons.headline()).as("the share of shortest routes, not a raw betweenness")
                .matches("on \\d+% of shortest routes between other organisations");

        @SuppressWarnings("unchecked")
        Select<Integer> top = _get(Select.class, spec -> spec.withId("brokers-top"));
        HasValueUtilsKt._setValue(top, 10);
        assertThat(GridKt._size(view.grid())).isEqualTo(Math.min(10, service.brokers(AnalysisScope.DEFAULT, 50).brokers().size()));
    }

    @Test
    void welsh_reasonsAndRoleLabels() {
        UI.getCurrent().setLocale(AtlasI18NProvider.WELSH);
        BrokersView view = navigate("brokers", BrokersView.class);
        var reasons = (FindingsCell) GridKt._getCellComponent(view.grid(), 0, "reasons");
        assertThat(reasons.headline()).matches("ar \\d+% o'r llwybrau byrraf rhwng sefydliadau eraill");
        assertThat(GridKt._getFormatted(view.grid(), 0, "gould-fernandez")).doesNotContain("coordinator", "liaison");
    }
}
