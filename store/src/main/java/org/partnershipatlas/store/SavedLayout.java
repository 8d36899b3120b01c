package org.partnershipatlas.store;

import java.text.Normalizer;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named arrangement of the network picture, shared with every reader: the layout it starts from ({@code base},
 * a layout's token such as {@code wales-left}) and the organisations a strategist moved and pinned, each at a
 * position in the layout's coordinates. Organisations not listed keep the place the layout gives them. Not part of
 * the network: saving one does not raise the network version. Every field is checked here, so nothing else can
 * hold a layout that breaks a rule.
 *
 * @param name    1 to {@value #MAX_NAME} characters: letters, digits, spaces and {@code . , ' ’ ( ) - – _}, starting
 *                and ending with a letter, digit or closing bracket (it is part of the page's address)
 * @param savedBy who saved it last (shown, never trusted for access)
 */
public record SavedLayout(String name, String base, List<Position> positions, String savedBy, Instant savedAt) {
    public static final int MAX_NAME = 80;
    public static final int MAX_POSITIONS = 20_000;
    /** No coordinate of a layout comes near this; anything past it is a mistake or an attack. */
    public static final double MAX_COORDINATE = 1_000_000;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N} .,'’()_\\-–]*[\\p{L}\\p{M}\\p{N}.)])?");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern BASE = Pattern.compile("[a-z][a-z-]{0,39}");

    /** One pinned organisation and where it stands. */
    public record Position(String id, double x, double y) {
        public Position {
            Objects.requireNonNull(id, "id");
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("an organisation id is lower-case letters, digits and '-': "
                        + abbreviate(id));
            }
            if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x) > MAX_COORDINATE
                    || Math.abs(y) > MAX_COORDINATE) {
                throw new IllegalArgumentException("a position's x and y are numbers between -" + (long) MAX_COORDINATE
                        + " and " + (long) MAX_COORDINATE + " (" + id + ")");
            }
        }
    }

    public SavedLayout {
        name = checkName(name);
        Objects.requireNonNull(base, "base");
        if (!BASE.matcher(base).matches()) {
            throw new IllegalArgumentException("a layout's base is a layout's token, such as wales-left: " + abbreviate(base));
        }
        positions = List.copyOf(Objects.requireNonNull(positions, "positions"));
        if (positions.size() > MAX_POSITIONS) {
            throw new IllegalArgumentException("a layout holds at most " + MAX_POSITIONS + " positions, not "
                    + positions.size());
        }
        var seen = new HashSet<String>();
        for (Position p : positions) {
            if (!seen.add(p.id())) {
                throw new IllegalArgumentException("a layout places each organisation once: " + p.id() + " is repeated");
            }
        }
        Objects.requireNonNull(savedBy, "savedBy");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    /**
     * A layout's name as stored: NFC, without surrounding spaces.
     *
     * @throws IllegalArgumentException saying what a name may hold, when it breaks a rule
     */
    public static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        String n = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new IllegalArgumentException("a layout's name is 1 to " + MAX_NAME + " characters");
        }
        if (!NAME.matcher(n).matches() || n.contains("  ")) {
            throw new IllegalArgumentException("a layout's name holds only letters, digits, single spaces and "
                    + ". , ' ’ ( ) - – _, and starts with a letter or digit: " + abbreviate(n));
        }
        return n;
    }

    private static String abbreviate(String s) {
        String printable = s.codePoints().map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                ? '?' : c).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "…";
    }
}
