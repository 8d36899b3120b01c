package org.partnershipatlas.ui.whatif;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.ui.components.ViewAddress;
import java.util.stream.Collectors;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.brokers.BrokersService;
import org.partnershipatlas.ui.components.AtlasI18NProvider;

class WhatIfViewTest extends KaribuViewTest {
    @Autowired
    BrokersService brokers;

    @Test
    void removingTheTopBrokerChangesTheNetworkAndResetClearsIt() {
        String top = brokers.brokers(AnalysisScope.DEFAULT, 1).brokers().get(0).id();
        WhatIfView view = navigate("what-if?remove=" + top, WhatIfView.class);
        var result = view.result();
        assertThat(result).isNotNull();
        assertThat(result.removedOrganisations()).containsExactly(top);
        assertThat(result.componentsAfter()).isGreaterThan(result.componentsBefore());
        assertThat(result.biggestChanges()).isNotEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("what-if-summary")).getText()).contains("before")
                .as("names, not ids").contains("removing " + brokers.brokers(AnalysisScope.DEFAULT, 1).brokers().get(0).name());
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("what-if-csv"))).hasSize(1);
        var show = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("show-on-network"));
        assertThat(show.getHref()).as("the removed broker and whose scores move, on the network")
                .startsWith("network?highlight=" + top + ",").contains(result.biggestChanges().get(0).id());

        _click(_get(Button.class, spec -> spec.withId("what-if-reset")));
        assertThat(view.result()).isNull();
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("remove-organisations")).getValue()).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withId("what-if-summary"))).isEmpty();
    }

    @Test
    void welsh_summaryNamesWhatWasRemoved() {
        UI.getCurrent().setLocale(AtlasI18NProvider.WELSH);
        navigate("what-if?remove=ihcc", WhatIfView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("what-if-summary")).getText())
                .startsWith("Rhannau cysylltiedig: ").contains("tynnu International Health Coordination Centre (IHCC): ");
    }

    /** Asking puts what is removed (and the year asked of) in the address; opening it shows the same answer. */
    @Test
    void askingPutsTheQuestionInTheAddress_andOpeningItShowsTheAnswer() {
        WhatIfView view = navigate("what-if", WhatIfView.class);
        assertThat(ViewAddress.of(view)).hasValue("/what-if");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Organisation> organisations = _get(MultiSelectComboBox.class, spec -> spec.withId("remove-organisations"));
        organisations.setValue(organisations.getListDataView().getItems()
                .filter(o -> o.id().equals("ihcc") || o.id().equals("dolen-cymru")).collect(Collectors.toSet()));
        _click(_get(Button.class, spec -> spec.withId("what-if-run")));
        var asked = view.result();
        assertThat(asked.removedOrganisations()).containsExactlyInAnyOrder("ihcc", "dolen-cymru");
        assertThat(ViewAddress.of(view)).hasValue("/what-if?remove=dolen-cymru&remove=ihcc");

        navigate("about", Object.class);
        WhatIfView opened = navigate("what-if?remove=dolen-cymru&remove=ihcc", WhatIfView.class);
        assertThat(opened).isNotSameAs(view);
        assertThat(opened.result().componentsAfter()).isEqualTo(asked.componentsAfter());
        assertThat(opened.result().lostRoutes()).isEqualTo(asked.lostRoutes());
        assertThat(_get(Paragraph.class, spec -> spec.withId("what-if-summary")).getText()).contains("Dolen Cymru");

        _click(_get(Button.class, spec -> spec.withId("what-if-reset")));
        assertThat(ViewAddress.of(opened)).hasValue("/what-if");
    }

    /** A question asked of the year the network view shows says so in its address, so the address gives that answer. */
    @Test
    void theYearAskedOf_isInTheAddress() {
        navigate("network?year=2006", Object.class);
        WhatIfView view = navigate("what-if?remove=ihcc", WhatIfView.class);
        assertThat(ViewAddress.of(view)).hasValue("/what-if?remove=ihcc&year=2006");
    }
}
