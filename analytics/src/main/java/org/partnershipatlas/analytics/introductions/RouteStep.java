package org.partnershipatlas.analytics.introductions;

import java.util.List;

/** One step of a route, from one organisation to the next, with the links that make it (none for edge lists). */
public record RouteStep(String from, String to, List<LinkEvidence> links) {
    public RouteStep {
        links = List.copyOf(links);
    }
}
