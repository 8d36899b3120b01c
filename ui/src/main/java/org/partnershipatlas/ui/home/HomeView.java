package org.partnershipatlas.ui.home;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.app.Routes;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.ui.layout.NavigationEntry;
import org.partnershipatlas.ui.layout.MainLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.OrganisationType;

/** What the stored network holds, in numbers. */
@NavigationEntry(path = Routes.ABOUT, text = "nav.home", icon = VaadinIcon.INFO_CIRCLE, order = 110)
@Route(value = Routes.ABOUT, layout = MainLayout.class)
@PageTitle("Partnership Atlas")
@AnonymousAllowed
public class HomeView extends VerticalLayout {

    public HomeView(NetworkReads reads) {
        var current = reads.current();
        NetworkSnapshot snapshot = current.snapshot();
        long boards = snapshot.organisations().stream().filter(o -> o.type() == OrganisationType.HEALTH_BOARD).count();
        long countries = snapshot.countriesInUse().size();
        add(new H2(getTranslation("home.heading")),
                counter("organisations", snapshot.organisations().size()),
                counter("links", snapshot.links().size()),
                counter("health-boards", boards),
                counter("countries", countries),
                new Paragraph(getTranslation("home.version", current.version())));
    }

    private Paragraph counter(String what, long count) {
        var p = new Paragraph(getTranslation("home." + what, count));
        p.setId("count-" + what);
        return p;
    }
}
