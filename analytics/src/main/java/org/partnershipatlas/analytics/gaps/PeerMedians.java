package org.partnershipatlas.analytics.gaps;

/**
 * The median Health Board, the yardstick of {@link HealthBoardGap#underLinked()} (the mean of the two middle values
 * for an even count; 0 with no Boards).
 */
public record PeerMedians(int boards, double links, double countries, double themes, double activities,
                          double reciprocalShare, double dependence) {
}
