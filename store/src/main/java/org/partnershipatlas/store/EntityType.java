package org.partnershipatlas.store;

import java.util.Locale;

/**
 * The kinds of entity the network holds and history records: organisations and links, and the countries they are
 * located in (reference data: changed by admins only, recorded like the rest so that a change can be undone).
 */
public enum EntityType {
    ORGANISATION, LINK, COUNTRY;

    /** Lower case, as in the history API ({@code "type": "organisation"}). */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }
}
