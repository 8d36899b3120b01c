package org.partnershipatlas.model;

import java.util.Optional;

/**
 * A term of the quality vocabulary (a Charter foundation, a success factor, a challenge) with the key it has in the
 * formats and a one-line English meaning from the seed paper. The ui translates by key; the meaning is the English
 * text and the definition a reader can check against the paper.
 */
public interface Keyed {
    /** The constant's name ({@code SHARED_GOALS}); implemented by every enum. */
    String name();

    /**
     * The key in the JSON snapshot: the constant's name in camel case ({@code SHARED_GOALS} → {@code sharedGoals});
     * the spreadsheet column is the key in snake case ({@code factor_shared_goals}).
     */
    default String key() {
        var key = new StringBuilder();
        boolean upper = false;
        for (char c : name().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return key.toString();
    }

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
