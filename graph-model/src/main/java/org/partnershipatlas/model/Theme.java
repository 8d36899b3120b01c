package org.partnershipatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A theme of the controlled vocabulary ({@link Themes}): what a partnership works on, named the same way by every
 * file, form and chart so that "HIV", "HIV/AIDS programme" and "TB" count as one theme and a filter finds them all.
 *
 * @param key      stable identifier ({@code maternal-health}): used in addresses and code, never shown to readers
 * @param english  the English label, also the value stored on a link ("maternal health")
 * @param welsh    the Welsh label ("iechyd mamau")
 * @param variants other spellings a file may use for this theme, lower case ("obstetrics", "maternal mortality");
 *                 reading maps each to this theme
 */
public record Theme(String key, String english, String welsh, List<String> variants) {
    public Theme {
        if (!Ids.isValidId(key)) {
            throw new IllegalArgumentException("theme key must match " + Ids.ID.pattern() + ": " + key);
        }
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(welsh, "welsh");
        String problem = Link.themeProblem(english);
        if (problem != null) {
            throw new IllegalArgumentException("theme " + key + ": " + problem);
        }
        variants = List.copyOf(variants == null ? List.of() : variants);
    }

    /** The label in the reader's language: Welsh for {@code "cy"}, English otherwise. */
    public String label(String language) {
        return "cy".equals(language) ? welsh : english;
    }
}
