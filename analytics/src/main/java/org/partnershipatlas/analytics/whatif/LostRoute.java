package org.partnershipatlas.analytics.whatif;

/** A Health Board that could reach an organisation in a country before the removal and cannot after. */
public record LostRoute(String healthBoard, String healthBoardName, String country, String countryName) {
    public String explain() {
        return healthBoardName + " loses its only route to " + countryName;
    }
}
