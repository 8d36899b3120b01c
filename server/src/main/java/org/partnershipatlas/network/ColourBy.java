package org.partnershipatlas.network;

import java.util.Locale;

/** What the colour of an organisation in the picture says. */
public enum ColourBy {
    TYPE, COUNTRY, REGION, COMMUNITY;

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }
}
