package org.partnershipatlas.analytics.introductions;

import java.util.Objects;

/**
 * Where a route should end: one organisation, any organisation in a country, or any organisation on a theme (an end
 * of a link whose themes contain the text, ignoring case: "maternal" finds "maternal and child health").
 */
public record RouteTarget(Kind kind, String value) {
    public enum Kind { ORGANISATION, COUNTRY, THEME }

    public RouteTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("route target " + kind.name().toLowerCase() + " is blank");
        }
    }

    public static RouteTarget organisation(String id) {
        return new RouteTarget(Kind.ORGANISATION, id);
    }

    public static RouteTarget country(String code) {
        return new RouteTarget(Kind.COUNTRY, code);
    }

    public static RouteTarget theme(String theme) {
        return new RouteTarget(Kind.THEME, theme);
    }
}
