package org.partnershipatlas.store;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * User names as people read them: two names that look alike are the same name. A name's {@linkplain #key key} is
 * its NFKC normal form, case-folded, and names are unique by key ({@code "Admin"}, {@code "ADMIN"} and the
 * full-width {@code "ａｄｍｉｎ"} are one name). A name may hold letters, marks and digits of one script (Japanese
 * and Korean may mix Han with their own), single spaces between parts and {@code . - _ @ '}; never control, format
 * or bidirectional characters (zero-width spaces, right-to-left overrides), path separators, or letters of two
 * scripts (a Cyrillic "а" among Latin letters).
 */
public final class UserNames {
    /** The longest user name. */
    public static final int MAX_LENGTH = 100;
    private static final String PUNCTUATION = ".-_@'";
    private static final Set<UnicodeScript> NEUTRAL = EnumSet.of(UnicodeScript.COMMON, UnicodeScript.INHERITED);
    private static final Set<UnicodeScript> EAST_ASIAN = EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.HANGUL);

    private UserNames() {
    }

    /** The form names are compared in: NFKC, case-folded, NFKC again. */
    public static String key(String name) {
        String normal = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC);
        String folded = normal.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }

    /** What is wrong with a name, in words, or {@code null} if it may be used. */
    public static String problem(String name) {
        if (name == null || name.isBlank()) {
            return "a user name is needed";
        }
        String n = name.strip();
        if (n.codePointCount(0, n.length()) > MAX_LENGTH) {
            return "a user name has at most " + MAX_LENGTH + " characters";
        }
        var scripts = EnumSet.noneOf(UnicodeScript.class);
        int previous = ' ';
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                if (previous == ' ') {
                    return "a user name has single spaces between its parts";
                }
            } else if (PUNCTUATION.indexOf(cp) >= 0) {
                if (cp == '.' && previous == '.') {
                    return "a user name may not contain \"..\"";
                }
            } else if (Character.isLetter(cp) || Character.isDigit(cp) || isMark(cp)) {
                UnicodeScript script = UnicodeScript.of(cp);
                if (!NEUTRAL.contains(script)) {
                    scripts.add(script);
                }
            } else {
                return "a user name may hold letters, digits, spaces and . - _ @ ' only (not "
                        + describe(cp) + ")";
            }
            previous = cp;
        }
        if (n.startsWith(".") || n.endsWith(".")) {
            return "a user name may not start or end with \".\"";
        }
        if (scripts.size() > 1 && !EAST_ASIAN.containsAll(scripts)) {
            return "a user name is written in one script (it mixes " + scripts.stream()
                    .map(s -> s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT)).toList()
                    + " letters, which can make one name look like another)";
        }
        return null;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String describe(int cp) {
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.CONTROL || Character.isWhitespace(cp)) {
            return String.format("the invisible character U+%04X", cp);
        }
        return "\"" + new String(Character.toChars(cp)) + "\"";
    }
}
