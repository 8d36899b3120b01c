package org.partnershipatlas.store;

import java.util.Locale;

/** The two kinds of entity the network holds and history records. */
public enum EntityType {
    ORGANISATION, LINK;

    /** Lower case, as in the history API ({@code "type": "organisation"}). */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }
}
