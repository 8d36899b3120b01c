package org.partnershipatlas.analytics.gaps;

import java.util.List;

import org.partnershipatlas.analytics.findings.Finding;

/**
 * A bridge: a tie whose loss disconnects part of the network, and what it would cut off.
 *
 * @param from           one end (the side that stays with the larger part)
 * @param fromName       its name
 * @param to             the other end (on the side that would be cut off)
 * @param toName         its name
 * @param linkIds        the links holding the tie (more than one means the pair is doubly linked)
 * @param kinds          their kinds
 * @param inferred       whether any of them is inferred (confidence B)
 * @param cutOffCount    how many organisations would be cut off (the smaller side)
 * @param cutOff         their ids (at most {@value GapAnalysis#LIST_LIMIT})
 * @param cutOffSummary  the cut-off side by country ({@code BY_COUNTRY}: "3 in Lesotho")
 * @param explanation    what losing it does ({@code BRIDGE_CUTS_OFF})
 */
public record FragileLink(String from, String fromName, String to, String toName, List<String> linkIds,
                          List<String> kinds, boolean inferred, int cutOffCount, List<String> cutOff,
                          Finding cutOffSummary, Finding explanation) {
    public FragileLink {
        linkIds = List.copyOf(linkIds);
        kinds = List.copyOf(kinds);
        cutOff = List.copyOf(cutOff);
    }
}
