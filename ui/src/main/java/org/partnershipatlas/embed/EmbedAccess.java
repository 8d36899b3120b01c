package org.partnershipatlas.embed;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

import org.partnershipatlas.app.AtlasProperties;

/**
 * The embeds exist only while reading is public: a partner's website has no one signed in. Otherwise they are not
 * found (anonymous visitors are sent to sign in before this, by the access checker).
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
}
