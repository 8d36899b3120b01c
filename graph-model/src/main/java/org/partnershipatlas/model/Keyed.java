package org.partnershipatlas.model;

import java.util.Optional;

/**
 * A term of the quality vocabulary (a Charter foundation, a success factor, a challenge) with the key it has in the
 * formats and a one-line English meaning from the seed paper. The ui translates by key; the meaning is the English
 * text and the definition a reader can check against the paper.
 */
public interface Keyed {
    /** The key in the JSON snapshot ({@code sharedGoals}); the spreadsheet column is the key in snake case. */
    String key();

    /** What the term means, in one line of English. */
    String meaning();

    /** The constant of {@code type} with this key, if any. */
    static <E extends Enum<E> & Keyed> Optional<E> byKey(Class<E> type, String key) {
        for (E constant : type.getEnumConstants()) {
            if (constant.key().equals(key)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
