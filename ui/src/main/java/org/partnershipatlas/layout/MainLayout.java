package org.partnershipatlas.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.home.HomeView;

/** Navigation lives here and only here. */
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout() {
        var title = new H1("Partnership Atlas");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-m)");
        addToNavbar(new DrawerToggle(), title);
        var nav = new SideNav();
        nav.addItem(new SideNavItem("Home", HomeView.class));
        addToDrawer(nav);
    }
}
