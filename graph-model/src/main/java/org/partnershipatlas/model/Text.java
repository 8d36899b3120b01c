package org.partnershipatlas.model;

import java.util.Locale;

/**
 * The rules for every piece of free text the product stores (names, cities, themes, citations, descriptions, …),
 * in one place, so that a file, a form and the API are held to the same ones (docs/FORMAT.md, "Text"):
 * <ul>
 *   <li>no control characters (U+0000–U+001F, U+007F–U+009F): they are invisible, break CSV and XML, and NUL ends
 *       strings in C libraries. {@linkplain Kind#LONG Long text} (descriptions, benefits) may hold line breaks
 *       ({@code \n}, or {@code \r\n} as browsers send them) and tabs;</li>
 *   <li>no lone surrogates: they are not Unicode, and UTF-8 writers turn them into {@code ?};</li>
 *   <li>no noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF, …), which XML cannot carry;</li>
 *   <li>no U+FFFD, the replacement character a decoder leaves where bytes were not valid UTF-8: stored, the lost
 *       text would look like data;</li>
 *   <li>something visible: text made only of spaces and invisible characters (U+200B zero width space, U+FEFF, other
 *       format characters, fillers) is refused, because it shows as nothing.</li>
 * </ul>
 * Invisible characters inside visible text are kept (U+200D joins emoji and Indic letters; bidirectional marks are
 * needed in Arabic and Hebrew names).
 */
public final class Text {

    /** What the text is for, which decides the line breaks allowed. */
    public enum Kind {
        /** One line: names, cities, themes, citations. */
        LINE,
        /** Paragraphs: descriptions, benefits; {@code \n}, {@code \r\n} and {@code \t} are allowed. */
        LONG
    }

    private Text() {
    }

    /**
     * What is wrong with {@code text} as stored text of this kind and maximum length, or {@code null} if nothing is.
     * {@code null} text has nothing wrong with it (whether a value is required is the caller's rule).
     */
    public static String problem(String text, Kind kind, int maxLength) {
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            return "longer than " + maxLength + " characters (" + text.length() + ")";
        }
        boolean visible = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    return "contains a lone surrogate " + codePoint(c) + " at character " + (i + 1)
                            + " (not valid Unicode)";
                }
                int cp = text.codePointAt(i);
                if (isNoncharacter(cp)) {
                    return "contains the noncharacter " + codePoint(cp) + " at character " + (i + 1);
                }
                visible |= isVisible(cp);
                i++;
                continue;
            }
            if (Character.isISOControl(c)) {
                boolean allowed = kind == Kind.LONG && (c == '\n' || c == '\t'
                        || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n'));
                if (!allowed) {
                    return "contains the control character " + codePoint(c) + " at character " + (i + 1)
                            + (kind == Kind.LINE ? " (line breaks and tabs are allowed only in long text)" : "");
                }
                continue;
            }
            if (c == '\uFFFD') {
                return "contains U+FFFD at character " + (i + 1) + ", the mark a decoder leaves where bytes were not "
                        + "UTF-8: save the file as UTF-8 and import it again";
            }
            if (isNoncharacter(c)) {
                return "contains the noncharacter " + codePoint(c) + " at character " + (i + 1);
            }
            visible |= isVisible(c);
        }
        if (!visible && !text.isEmpty()) {
            return "has only spaces or invisible characters";
        }
        return null;
    }

    /**
     * What is wrong with one item of a list kept in a spreadsheet cell (a theme, a funder), or {@code null}: not
     * blank, without the {@code separator} of the cell, and one line of at most {@code maxLength} once stripped.
     */
    public static String itemProblem(String what, String item, String separator, int maxLength) {
        if (isBlank(item)) {
            return "a " + what + " cannot be blank";
        }
        if (item.contains(separator)) {
            return "a " + what + " cannot contain '" + separator + "' (it separates " + what + "s in a spreadsheet)";
        }
        String problem = problem(item.strip(), Kind.LINE, maxLength);
        return problem == null ? null : what + " " + problem;
    }

    /** Whether the text is absent or only whitespace: an optional field given so is treated as not given. */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** {@code null} for blank text, else the text itself. */
    public static String blankToNull(String text) {
        return isBlank(text) ? null : text;
    }

    /** Throws {@link IllegalArgumentException} naming {@code what} if {@link #problem} finds something wrong. */
    static String require(String text, Kind kind, int maxLength, String what) {
        String problem = problem(text, kind, maxLength);
        if (problem != null) {
            throw new IllegalArgumentException(what + " " + problem);
        }
        return text;
    }

    /** A required one-line name: present, visible, at most {@code maxLength}. */
    static String requireName(String text, int maxLength, String what) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return require(text, Kind.LINE, maxLength, what);
    }

    /**
     * Whether the code point shows as something: not whitespace, not a control or format character (U+200B, U+FEFF,
     * bidi marks, …), not a lone combining mark's carrier, not one of the blank "filler" letters.
     */
    static boolean isVisible(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return false;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.UNASSIGNED, Character.PRIVATE_USE -> {
                return false;
            }
            default -> {
                // Letters and symbols that render as blank space (Hangul fillers, the braille blank, Mongolian vowel
                // separator in older Unicode versions).
                return !(cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800 || cp == 0x180E);
            }
        }
    }

    private static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    private static String codePoint(int cp) {
        return "U+" + String.format(Locale.ROOT, "%04X", cp);
    }
}
