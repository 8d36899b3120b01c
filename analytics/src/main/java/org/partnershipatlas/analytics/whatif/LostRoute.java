package org.partnershipatlas.analytics.whatif;

import org.partnershipatlas.analytics.findings.Finding;

/** A Health Board that could reach an organisation in a country before the removal and cannot after. */
public record LostRoute(String healthBoard, String healthBoardName, String country, String countryName) {
    /** "Hywel Dda University Health Board loses its only route to Lesotho" ({@code LOST_ONLY_ROUTE}). */
    public Finding finding() {
        return Finding.of("LOST_ONLY_ROUTE", "board", healthBoardName, "boardId", healthBoard, "country", countryName,
                "countryCode", country);
    }
}
