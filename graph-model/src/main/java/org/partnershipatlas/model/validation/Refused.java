package org.partnershipatlas.model.validation;

import java.util.Optional;

import org.partnershipatlas.model.Ids;

/**
 * A record of input that had field errors and so was not built: what could still be read of its identity and
 * references, so that the rules across records can go on — a link with a bad field is still checked for unknown
 * organisations, and a link to a refused organisation points at that organisation's errors instead of calling it
 * unknown.
 *
 * @param what   {@code organisation} or {@code link}
 * @param id     its id where that was well formed, else {@code null}
 * @param from   a link's {@code from} where well formed, else {@code null}
 * @param to     a link's {@code to} where well formed, else {@code null}
 * @param source where it is in the input
 */
public record Refused(String what, String id, String from, String to, FieldSource source) {
    public static final String ORGANISATION = "organisation";
    public static final String LINK = "link";

    static Refused organisation(FieldSource in) {
        return new Refused(ORGANISATION, id(in, "id"), null, null, in);
    }

    static Refused link(FieldSource in) {
        return new Refused(LINK, id(in, "id"), id(in, "from"), id(in, "to"), in);
    }

    /** The field as an id, if it is one; its errors were reported when the record was read. */
    private static String id(FieldSource in, String field) {
        Optional<String> text = in.text(field, new Errors());
        return text.filter(Ids::isValidId).orElse(null);
    }
}
