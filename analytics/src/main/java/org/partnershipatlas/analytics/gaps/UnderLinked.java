package org.partnershipatlas.analytics.gaps;

/**
 * What "under-linked" means, the one definition the overview, the Health Boards report, the network picture, the
 * quality view and the API share.
 *
 * <p>A Health Board (or NHS Trust, among Trusts) is <b>under-linked</b> when it has fewer than half the partner links
 * of the median Board, or partner links in fewer than half as many countries as the median Board. Half, not "below
 * the median": by the median's own definition about half the Boards sit below it, and one accepted link would move
 * a Board at the median back and forth; a Board is flagged only when it is well below its peers, and one link
 * changes the verdict only when it takes the Board across the stated line.
 *
 * <p>A Board with no known partner link that has not answered a return is <b>no evidence found</b>, not under-linked:
 * what is missing is knowledge, not (yet) a link. One that says in its return that it has none is under-linked.
 */
public final class UnderLinked {
    /** The share of the median Board's partner links, or of its partner countries, below which a Board is under-linked. */
    public static final double SHARE_OF_MEDIAN = 0.5;

    /** Where a Board stands. */
    public enum Standing {
        /** No known partner link and no return: nothing to judge by. */
        NO_EVIDENCE,
        /** Below half the median Board's partner links or countries, or none by its own return. */
        UNDER_LINKED,
        /** At or above both lines. */
        LINKED
    }

    private UnderLinked() {
    }

    /** The line for partner links: a Board with fewer is under-linked (7.5 when the median Board has 15). */
    public static double linksLine(PeerMedians medians) {
        return SHARE_OF_MEDIAN * medians.links();
    }

    /** The line for partner countries: a Board in fewer is under-linked (4.5 when the median Board has 9). */
    public static double countriesLine(PeerMedians medians) {
        return SHARE_OF_MEDIAN * medians.countries();
    }

    /** By the figures alone: no partner link, or below either line. */
    public static boolean byFigures(int links, int countries, PeerMedians medians) {
        return links == 0 || links < linksLine(medians) || countries < countriesLine(medians);
    }

    /**
     * @param reported whether the Board's return has been accepted (its own word about its links is evidence)
     */
    public static Standing standing(HealthBoardGap board, boolean reported) {
        if (board.links() == 0 && !reported) {
            return Standing.NO_EVIDENCE;
        }
        return board.underLinked() ? Standing.UNDER_LINKED : Standing.LINKED;
    }
}
