package org.partnershipatlas.format;

/**
 * Formula defusing for the spreadsheet files the product writes and reads (OWASP, "CSV Injection"). A spreadsheet
 * program runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula (and some treat a
 * leading tab or carriage return the same way), so a name such as {@code =HYPERLINK(…)} would run on the reader's
 * machine. Every such cell is written with a leading apostrophe, which spreadsheet programs show as text and hide.
 *
 * <p>The rule is reversible, so that export → import gives back exactly what was exported:
 * <ul>
 *   <li>writing: a cell that starts with {@code = + - @}, a tab, a carriage return <em>or an apostrophe</em> gets one
 *       more apostrophe in front ({@code =1+1} → {@code '=1+1}, {@code 'quoted} → {@code ''quoted});</li>
 *   <li>reading: one leading apostrophe is removed from every cell ({@code '=1+1} → {@code =1+1},
 *       {@code ''quoted} → {@code 'quoted}).</li>
 * </ul>
 * A person writing a file by hand who wants a value to start with an apostrophe therefore writes two.
 */
public final class CsvCells {
    /** The first characters that make a cell a formula, and the apostrophe that escapes them. */
    static final String ESCAPED_STARTS = "=+-@\t\r'";
    static final char APOSTROPHE = '\'';

    private CsvCells() {
    }

    /** The cell as written to a file: with an apostrophe in front where it would otherwise run or lose one. */
    public static String defuse(String value) {
        return !value.isEmpty() && ESCAPED_STARTS.indexOf(value.charAt(0)) >= 0 ? APOSTROPHE + value : value;
    }

    /** The value of a cell read from a file: without the one leading apostrophe {@link #defuse} adds. */
    public static String undefuse(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == APOSTROPHE ? cell.substring(1) : cell;
    }
}
