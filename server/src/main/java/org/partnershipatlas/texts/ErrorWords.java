package org.partnershipatlas.texts;


import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partnershipatlas.model.validation.ValidationError;

/**
 * A form's field errors in the reader's words. The checks behind the forms (the one door's, a return's, a
 * registration's) say what is wrong in English for the API and the logs ("missing type (one of HEALTH_BOARD,
 * NHS_TRUST, …)", "not a valid address (Illegal character in path at index 5)"); a person filling in a form is told
 * what to do instead, in their language: {@code error.field.<field>} when the form has its own words for that field
 * (a contact's name, a year), else by the kind of problem (missing, not one of the choices, not a web or email
 * address, a year out of range), else — for English — the check's own sentence and — for Welsh — "check this".
 */
public final class ErrorWords {
    private static final Pattern YEAR = Pattern.compile("(?:year|\\w+) must be between (\\d+) and (\\d+)(?::.*)?");
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");

    private ErrorWords() {
    }

    /** The error's message for the reader of {@code locale}. */
    public static String message(ValidationError e, ChangeWords.Texts t, Locale locale) {
        String message = e.message() == null ? "" : e.message();
        String field = field(e);
        if (field != null) {
            String own = t.get("error.field." + kebab(field));
            if (!own.startsWith("!")) {
                return own;
            }
        }
        Matcher year = YEAR.matcher(message);
        if (year.matches()) {
            return t.get("error.year", year.group(1), year.group(2));
        }
        if (message.startsWith("missing") || message.endsWith("cannot be blank") || message.startsWith("no address")) {
            return t.get(message.contains("(one of") ? "error.choose" : "error.missing");
        }
        if (message.contains("is not one of") || CONSTANT.matcher(message).find()) {
            return t.get("error.choose");
        }
        if (message.contains("address") && (message.startsWith("not a") || message.startsWith("address"))) {
            return t.get("error.address");
        }
        if (message.startsWith("longer than")) {
            Matcher n = Pattern.compile("longer than (\\d+)").matcher(message);
            return n.find() ? t.get("error.too-long", n.group(1)) : t.get("error.check");
        }
        return Texts.isWelsh(locale) ? t.get("error.check") : message;
    }

    /** "Field: what to do", for a summary of the errors no field took. */
    public static String line(ValidationError e, ChangeWords.Texts t, Locale locale) {
        String field = field(e);
        String prefix = field != null && ChangeWords.isField(field) ? capitalised(ChangeWords.field(field, t)) + ": " : "";
        return prefix + message(e, t, locale);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** The field an error is at: its own, else the last part of its location ({@code add[0].partner.type}: type). */
    static String field(ValidationError e) {
        String location = e.location();
        if (location != null && location.startsWith("contact.")) {
            return location.replace('.', '-');
        }
        if (e.field() != null) {
            return e.field();
        }
        if (location == null || location.isBlank()) {
            return null;
        }
        String last = location.substring(location.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
        return last.isEmpty() ? null : last;
    }

    private static String kebab(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
