package org.partnershipatlas.analytics.introductions;

import java.util.List;

/**
 * Why a link is suggested.
 *
 * @param sharedNeighbours the common partners of the two (ids)
 * @param via              for a first-partner suggestion, the hub it comes through (id), else {@code null}
 * @param reason           in plain words
 */
public record Evidence(List<String> sharedNeighbours, String via, String reason) {
    public Evidence {
        sharedNeighbours = List.copyOf(sharedNeighbours);
    }
}
