package org.partnershipatlas.ui.network;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.KaribuViewTest;
import org.partnershipatlas.analytics.layout.NetworkLayout;
import org.partnershipatlas.layouts.LayoutsService;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.store.LayoutStore;

/** Arrange and keep, without a browser: a saved arrangement restored from the address, pins, saving as an editor. */
class ArrangementsViewTest extends KaribuViewTest {
    @Autowired
    LayoutsService layouts;
    @Autowired
    LayoutStore store;

    @Test
    void aSavedLayoutInTheAddress_pinsItsOrganisations_overItsBase_andTheAddressKeepsIt() {
        layouts.save(Actor.SYSTEM, "Karibu arrangement", "force", List.of(new LayoutsService.Placed("pont", 11.0, 22.0)));
        NetworkView view = navigate("network?layout=saved%3AKaribu%20arrangement&country=LS", NetworkView.class);
        assertThat(view.state().savedLayout()).isEqualTo("Karibu arrangement");
        assertThat(view.state().layout()).isEqualTo(NetworkLayout.Kind.FORCE);
        assertThat(view.graph().pins()).containsOnlyKeys("pont");
        assertThat(view.graph().pins().get("pont")).containsExactly(11.0, 22.0);
        assertThat(view.state().toQuery().get("layout")).containsExactly("saved:Karibu arrangement");
        assertThat(_get(Span.class, spec -> spec.withId("arrangement-pinned")).getText())
                .isEqualTo("One organisation pinned");
        // Anonymous readers see the list but no way to save.
        assertThat(_find(Button.class, spec -> spec.withId("arrangement-save"))).isEmpty();

        // Moving another organisation: the picture is no longer the saved arrangement, and the address says so.
        ComponentUtil.fireEvent(view.graph(), new NetworkGraph.NodeMovedEvent(view.graph(), true, "dolen-cymru", 5, 6));
        assertThat(view.state().savedLayout()).isNull();
        assertThat(view.state().layout()).isEqualTo(NetworkLayout.Kind.FORCE);
        assertThat(view.graph().pins()).containsOnlyKeys("pont", "dolen-cymru");
        assertThat(_get(Span.class, spec -> spec.withId("arrangement-pinned")).getText())
                .isEqualTo("2 organisations pinned");
        // A double-click releases one.
        ComponentUtil.fireEvent(view.graph(), new NetworkGraph.NodeReleasedEvent(view.graph(), true, "pont"));
        assertThat(view.graph().pins()).containsOnlyKeys("dolen-cymru");
    }

    @Test
    void anUnknownSavedLayout_showsThePictureAsLaidOut() {
        NetworkView view = navigate("network?layout=saved%3ANobody%20saved%20this", NetworkView.class);
        assertThat(view.state().savedLayout()).isNull();
        assertThat(view.graph().pins()).isEmpty();
    }

    @Test
    void anEditorSavesThePins_underAName_andTheAddressThenShowsIt() {
        signIn("karibu-editor", Set.of(Role.EDITOR));
        NetworkView view = navigate("network", NetworkView.class);
        ComponentUtil.fireEvent(view.graph(), new NetworkGraph.NodeMovedEvent(view.graph(), true, "dolen-cymru", 7, 8));
        _get(TextField.class, spec -> spec.withId("arrangement-name")).setValue("Karibu saved");
        _get(Button.class, spec -> spec.withId("arrangement-save")).click();
        var saved = store.layout("Karibu saved").orElseThrow();
        assertThat(saved.base()).isEqualTo("wales-left");
        assertThat(saved.savedBy()).isEqualTo("karibu-editor");
        assertThat(saved.positions()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("dolen-cymru");
            assertThat(p.x()).isEqualTo(7.0);
            assertThat(p.y()).isEqualTo(8.0);
        });
        assertThat(view.state().savedLayout()).isEqualTo("Karibu saved");
        // A hostile name is refused at its field, in words, and nothing is stored.
        _get(TextField.class, spec -> spec.withId("arrangement-name")).setValue("<b>bold</b>");
        _get(Button.class, spec -> spec.withId("arrangement-save")).click();
        assertThat(_get(TextField.class, spec -> spec.withId("arrangement-name")).isInvalid()).isTrue();
        assertThat(store.layout("<b>bold</b>")).isEmpty();
    }
}
