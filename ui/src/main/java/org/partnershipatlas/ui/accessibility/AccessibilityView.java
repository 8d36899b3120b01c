package org.partnershipatlas.ui.accessibility;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.app.Routes;
import org.partnershipatlas.ui.layout.NavigationEntry;
import org.partnershipatlas.ui.layout.MainLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.partnershipatlas.security.PublicPage;

/**
 * The accessibility statement, as UK public bodies publish under the Public Sector Bodies (Websites and Mobile
 * Applications) (No. 2) Accessibility Regulations 2018: how accessible the service is against WCAG 2.2 AA, what
 * does not conform and why, how to report a problem, and the enforcement procedure. Open to everyone, also when
 * reading needs sign-in.
 */
@NavigationEntry(path = Routes.ACCESSIBILITY, text = "nav.accessibility", icon = VaadinIcon.EYE, order = 120)
@Route(value = Routes.ACCESSIBILITY, layout = MainLayout.class)
@PageTitle("Accessibility · Partnership Atlas")
@AnonymousAllowed
@PublicPage
public class AccessibilityView extends VerticalLayout {

    public AccessibilityView() {
        setId("accessibility-view");
        setMaxWidth("52em");
        add(new H2(getTranslation("a11y.heading")), new Paragraph(getTranslation("a11y.intro")),
                new H3(getTranslation("a11y.status.heading")), new Paragraph(getTranslation("a11y.status")),
                new H3(getTranslation("a11y.what.heading")),
                list("a11y.what.keyboard", "a11y.what.tables", "a11y.what.language", "a11y.what.zoom",
                        "a11y.what.text"),
                new H3(getTranslation("a11y.known.heading")),
                list("a11y.known.picture", "a11y.known.map", "a11y.known.charts", "a11y.known.pdf"),
                new H3(getTranslation("a11y.testing.heading")), new Paragraph(getTranslation("a11y.testing")),
                new H3(getTranslation("a11y.report.heading")), new Paragraph(getTranslation("a11y.report")),
                new H3(getTranslation("a11y.enforcement.heading")), new Paragraph(getTranslation("a11y.enforcement")),
                new Paragraph(new Anchor("https://www.equalityadvisoryservice.com/", getTranslation("a11y.eass"))),
                new Paragraph(getTranslation("a11y.prepared")));
    }

    private UnorderedList list(String... keys) {
        var list = new UnorderedList();
        for (String key : keys) {
            list.add(new ListItem(getTranslation(key)));
        }
        return list;
    }
}
