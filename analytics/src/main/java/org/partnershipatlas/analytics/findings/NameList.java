package org.partnershipatlas.analytics.findings;

import java.util.List;

/**
 * Names as an argument of a {@link Finding}: the first {@value #LIMIT} of them and how many there are in all, so that
 * a finding about a part of a 10,000-organisation network stays small. Rendered "A, B, C and 4 more" (at most
 * {@value #SHOWN} names, in the reader's language).
 *
 * @param names the first names, in order
 * @param total how many there are in all (at least {@code names.size()})
 */
public record NameList(List<String> names, int total) {
    /** Most names kept. */
    public static final int LIMIT = 20;
    /** Most names written out in a sentence; the rest are counted. */
    public static final int SHOWN = 3;

    public NameList {
        names = List.copyOf(names);
        if (total < names.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the " + names.size() + " names given");
        }
    }

    public static NameList of(List<String> all) {
        return new NameList(all.subList(0, Math.min(all.size(), LIMIT)), all.size());
    }

    /** How many are counted rather than named in a sentence. */
    public int more() {
        return total - Math.min(names.size(), SHOWN);
    }
}
