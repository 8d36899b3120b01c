package org.partnershipatlas.model;

import java.math.BigDecimal;

/**
 * A result a partnership reports in an {@link Assessment}: "60 health workers trained in 2024".
 *
 * @param indicator what was counted or measured: one line ({@link Text}) of at most
 *                  {@value Limits#MAX_LINE_LENGTH} characters, without {@code |} or {@code ;;} (they separate the
 *                  parts and the items of the spreadsheet cell)
 * @param value     the number, in its plain form without trailing zeros ({@code 60.0} and {@code 6E+1} are kept as
 *                  {@code 60}, so the formats write it the same way): at most
 *                  {@value Limits#MAX_OUTCOME_INTEGER_DIGITS} digits before the point and
 *                  {@value Limits#MAX_OUTCOME_DECIMALS} after it
 * @param year      the year it refers to, or {@code null}
 * @param source    where the number comes from, or {@code null}: one line of at most
 *                  {@value Limits#MAX_CITATION_LENGTH} characters, without {@code |} or {@code ;;}
 */
public record Outcome(String indicator, BigDecimal value, Integer year, String source) {

    public Outcome {
        indicator = indicator == null ? null : indicator.strip();
        source = Text.isBlank(source) ? null : source.strip();
        String problem = indicatorProblem(indicator);
        if (problem == null) {
            problem = valueProblem(value);
        }
        if (problem == null) {
            problem = sourceProblem(source);
        }
        if (problem != null) {
            throw new IllegalArgumentException("outcome: " + problem);
        }
        value = plain(value);
        Ids.requireYear(year, "outcome year");
    }

    /** {@code 60.0}, {@code 6E+1} → {@code 60}; {@code 0.50} → {@code 0.5}. Call only on a value without a problem. */
    private static BigDecimal plain(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** What is wrong with an indicator, or {@code null}. */
    public static String indicatorProblem(String indicator) {
        if (Text.isBlank(indicator)) {
            return "an outcome needs an indicator";
        }
        return partProblem("indicator", indicator.strip(), Limits.MAX_LINE_LENGTH);
    }

    /** What is wrong with a value, or {@code null}. */
    public static String valueProblem(BigDecimal value) {
        if (value == null) {
            return "an outcome needs a value";
        }
        if (value.signum() == 0) {
            return null;
        }
        // Digits before the point first: it costs nothing, where stripping or rescaling 1E+999999999 would not.
        if ((long) value.precision() - value.scale() > Limits.MAX_OUTCOME_INTEGER_DIGITS) {
            return "value has more than " + Limits.MAX_OUTCOME_INTEGER_DIGITS + " digits before the point";
        }
        if (value.stripTrailingZeros().scale() > Limits.MAX_OUTCOME_DECIMALS) {
            return "value has more than " + Limits.MAX_OUTCOME_DECIMALS + " decimals";
        }
        return null;
    }

    /** What is wrong with an outcome's source, or {@code null}. */
    public static String sourceProblem(String source) {
        return Text.isBlank(source) ? null : partProblem("source", source.strip(), Limits.MAX_CITATION_LENGTH);
    }

    private static String partProblem(String what, String text, int maxLength) {
        if (text.contains("|") || text.contains(Source.SEPARATOR)) {
            return what + " cannot contain \"|\" or \"" + Source.SEPARATOR + "\" (they separate outcomes in a spreadsheet)";
        }
        String problem = Text.problem(text, Text.Kind.LINE, maxLength);
        return problem == null ? null : what + " " + problem;
    }
}
