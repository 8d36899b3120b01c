package org.partnershipatlas.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A saved presentation: a title and up to {@value #MAX_STEPS} steps, each a view of the product (a relative path
 * with its query string, e.g. {@code /network?country=LS&year=2006}) and a paragraph of narrative. Not part of the
 * network: stories do not raise the network version and are not in its history. Every field is checked here, so
 * the API, the views and the store cannot hold a story that breaks a rule; which paths are views of the product is
 * the UI's knowledge and checked there too.
 *
 * @param id        a random id, lower-case letters and digits
 * @param shared    whether anonymous readers may see it when reading is public (signed-in readers see all)
 * @param createdBy who saved it (shown, never trusted for access)
 */
public record StoredStory(String id, String title, List<Step> steps, boolean shared, String createdBy,
                          Instant createdAt) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 5_000;
    public static final int MAX_STEPS = 50;
    public static final int MAX_VIEW = 2_000;

    /** One step: the view to restore and what to say about it. */
    public record Step(String view, String text) {
        public Step {
            Objects.requireNonNull(view, "view");
            view = view.strip();
            if (view.isEmpty() || view.length() > MAX_VIEW) {
                throw new IllegalArgumentException("a step's view must be 1 to " + MAX_VIEW + " characters");
            }
            if (!view.startsWith("/") || view.startsWith("//") || view.contains("\\")
                    || view.codePoints().anyMatch(c -> c < 0x20 || c == 0x7f || Character.isWhitespace(c))) {
                throw new IllegalArgumentException("a step's view must be a relative path of this site starting with "
                        + "one '/', without spaces or control characters: " + abbreviate(view));
            }
            text = text == null ? "" : text.strip();
            if (text.length() > MAX_TEXT) {
                throw new IllegalArgumentException("a step's text must be at most " + MAX_TEXT + " characters");
            }
            requirePrintable(text, "a step's text");
        }
    }

    public StoredStory {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9]{1,40}")) {
            throw new IllegalArgumentException("a story id is 1 to 40 lower-case letters and digits: " + abbreviate(id));
        }
        Objects.requireNonNull(title, "title");
        title = title.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("a story's title must be 1 to " + MAX_TITLE + " characters");
        }
        if (title.codePoints().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("a story's title must be one line without control characters");
        }
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        if (steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("a story has 1 to " + MAX_STEPS + " steps, not " + steps.size());
        }
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    private static void requirePrintable(String text, String what) {
        if (text.codePoints().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f)) {
            throw new IllegalArgumentException(what + " must not contain control characters");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
