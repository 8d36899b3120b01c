package org.partnershipatlas.ui.embed;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

import org.partnershipatlas.app.AtlasProperties;

/**
 * What the embeds share. They exist only while reading is public: a partner's website has no one signed in.
 * Otherwise they are not found (anonymous visitors are sent to sign in before this, by the access checker). Each
 * has a title saying what it shows and a link to the full view in a new window (the frame keeps the partner's page).
 */
final class EmbedAccess {
    private EmbedAccess() {
    }

    static boolean refuseUnlessPublic(BeforeEnterEvent event, AtlasProperties properties) {
        if (properties.security().publicRead()) {
            return false;
        }
        event.rerouteToError(NotFoundException.class, "embeds are available only when reading is public");
        return true;
    }

    static H1 title(String text) {
        var title = new H1(text);
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        return title;
    }

    static Anchor openInFull(String href, String text) {
        var open = new Anchor(href, text);
        open.setTarget(AnchorTarget.BLANK);
        open.getElement().setAttribute("rel", "noopener");
        return open;
    }
}
