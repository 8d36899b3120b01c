package org.partnershipatlas.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The frame of every view: the title, the language switch and the navigation. Navigation lives here and only here;
 * items are paths so that the layout does not depend on the views it lists.
 */
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout() {
        var title = new Span(getTranslation("app.title"));
        title.addClassName("atlas-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        var header = new HorizontalLayout(new DrawerToggle(), title, new LanguageSwitch());
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.addItem(
                item("nav.network", "network", VaadinIcon.CLUSTER),
                item("nav.map", "map", VaadinIcon.GLOBE),
                item("nav.health-boards", "health-boards", VaadinIcon.HOSPITAL),
                item("nav.brokers", "brokers", VaadinIcon.CONNECT),
                item("nav.introductions", "introductions", VaadinIcon.HANDSHAKE),
                item("nav.what-if", "what-if", VaadinIcon.SCISSORS),
                item("nav.home", "about", VaadinIcon.INFO_CIRCLE));
        addToDrawer(nav);
    }

    private SideNavItem item(String key, String path, VaadinIcon icon) {
        return new SideNavItem(getTranslation(key), path, icon.create());
    }
}
