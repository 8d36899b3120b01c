package org.partnershipatlas.analytics.introductions;

import java.util.List;

import org.partnershipatlas.analytics.findings.Finding;

/**
 * Why a link is suggested.
 *
 * @param sharedNeighbours the common partners of the two (ids)
 * @param via              for a first-partner suggestion, the hub it comes through (id), else {@code null}
 * @param reason           why: {@code SHARED_PARTNERS}, {@code TIE_COUNTS} (no shared partner), or for a first
 *                         partner {@code HUB_TO_JOIN} or {@code PARTNER_OF_HUB}
 */
public record Evidence(List<String> sharedNeighbours, String via, Finding reason) {
    public Evidence {
        sharedNeighbours = List.copyOf(sharedNeighbours);
    }
}
