package org.partnershipatlas.texts;

import java.time.Instant;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.partnershipatlas.model.Countries;

/**
 * Recorded changes in the reader's words. The history keeps each change's summary as one English line, written when
 * the change was made ("link Dolen Cymru — Lesotho Ministry of Health: themes, since changed", "3 organisations
 * added, 1 link changed"); its forms are few and fixed, so it is read back here and said again in the reader's
 * language, field names as words. A summary of no known form (an older one) is shown as it was written.
 *
 * <p>Also the words for a change's fields and values (the history's details, an import's preview, a return under
 * review): a field as a word ("seeking a partner", not {@code seekingPartner}), a value as a person reads it (names
 * for organisation ids, country names for codes, translated kinds and statuses, citations for sources), never JSON.
 */
public final class ChangeWords {
    /** The translation of a key with its arguments (a view's {@code getTranslation}). */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... arguments);
    }

    private static final String ORGANISATION = "(?<name>.+)";
    private static final String FIELDS = "(?<fields>[A-Za-z][A-Za-z -]*(?:, [A-Za-z][A-Za-z -]*)*)";
    private static final String COUNT = "\\d+ (?:organisations?|links?|countries|country) (?:added|changed|removed)";
    private static final Pattern COUNTS = Pattern.compile("(?<counts>no change|" + COUNT + "(?:, " + COUNT + ")*)");
    private static final Pattern ONE_COUNT = Pattern.compile("(\\d+) (organisation|link|countr)\\w* (added|changed|removed)");
    private static final List<Form> FORMS = List.of(
            new Form("added-organisation", "added organisation " + ORGANISATION),
            new Form("deleted-organisation-links", "deleted organisation " + ORGANISATION + " with (?<n>\\d+) links?"),
            new Form("deleted-organisation", "deleted organisation " + ORGANISATION),
            new Form("added-link", "added link " + ORGANISATION),
            new Form("deleted-link", "deleted link " + ORGANISATION),
            new Form("changed-link", "link " + ORGANISATION + ": " + FIELDS + " changed"),
            new Form("assessed-on", "assessed " + ORGANISATION + " on (?<date>\\d{4}-\\d{2}-\\d{2})"),
            new Form("assessed", "assessed " + ORGANISATION),
            new Form("undid", "undid changes? (?<ids>[\\d\\[\\], ]+): " + COUNTS.pattern()),
            new Form("restored", "backup of (?<date>\\S+) \\(version (?<version>\\d+), (?<n>\\d+) changes?\\) restored: "
                    + COUNTS.pattern()),
            new Form("seed", "(?<organisations>\\d+) organisations and (?<links>\\d+) links: the Wales–Africa seed"),
            new Form("return", "accepted the return of " + ORGANISATION + " \\((?<n>\\d+) of (?<of>\\d+) items\\)"),
            new Form("registration", "accepted the registration of " + ORGANISATION),
            new Form("counts", COUNTS.pattern()),
            new Form("changed-organisation", ORGANISATION + ": " + FIELDS + " changed"));
    /** The JSON fields of organisations, links and countries, and the English words the history writes for them. */
    private static final Map<String, String> FIELD_KEYS = Map.ofEntries(
            Map.entry("id", "id"), Map.entry("name", "name"), Map.entry("type", "type"),
            Map.entry("country", "country"), Map.entry("city", "city"), Map.entry("founded", "founded"),
            Map.entry("year founded", "founded"), Map.entry("website", "website"),
            Map.entry("description", "description"), Map.entry("seekingPartner", "seeking-partner"),
            Map.entry("seeking a partner", "seeking-partner"), Map.entry("confidence", "confidence"),
            Map.entry("sources", "sources"), Map.entry("dissolved", "dissolved"),
            Map.entry("year dissolved", "dissolved"), Map.entry("placeholder", "placeholder"),
            Map.entry("unnamed partner", "placeholder"), Map.entry("from", "from"), Map.entry("to", "to"),
            Map.entry("kind", "kind"), Map.entry("since", "since"), Map.entry("until", "until"),
            Map.entry("status", "status"), Map.entry("lastEvidence", "last-evidence"),
            Map.entry("latest evidence", "last-evidence"), Map.entry("themes", "themes"),
            Map.entry("activities", "activities"), Map.entry("learning", "learning"),
            Map.entry("strength", "strength"), Map.entry("assessments", "assessments"),
            Map.entry("self-assessments", "assessments"), Map.entry("region", "region"), Map.entry("code", "code"));

    private record Form(String key, Pattern pattern) {
        Form(String key, String regex) {
            this(key, Pattern.compile(regex));
        }
    }

    private ChangeWords() {
    }

    /** A recorded change's summary in the reader's words; a summary of no known form as it was written. */
    public static String summary(String summary, Texts t, Locale locale) {
        if (summary == null) {
            return "";
        }
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(summary);
            if (!m.matches()) {
                continue;
            }
            String k = "change." + form.key();
            return switch (form.key()) {
                case "added-organisation", "deleted-organisation", "added-link", "deleted-link", "assessed",
                     "registration" -> t.get(k, m.group("name"));
                case "deleted-organisation-links" -> t.get(k, m.group("name"), Integer.parseInt(m.group("n")));
                case "changed-link", "changed-organisation" -> t.get(k, m.group("name"), fields(m.group("fields"), t));
                case "assessed-on" -> t.get(k, m.group("name"), ReaderWords.isoDate(m.group("date"), locale));
                case "undid" -> t.get(k, m.group("ids").split(",").length, counts(m.group("counts"), t));
                case "restored" -> t.get(k, backupDate(m.group("date"), locale), Integer.parseInt(m.group("n")),
                        counts(m.group("counts"), t));
                case "seed" -> t.get(k, Integer.parseInt(m.group("organisations")), Integer.parseInt(m.group("links")));
                case "return" -> t.get(k, m.group("name"), Integer.parseInt(m.group("n")),
                        Integer.parseInt(m.group("of")));
                case "counts" -> counts(m.group("counts"), t);
                default -> summary;
            };
        }
        return summary;
    }

    private static String backupDate(String instant, Locale locale) {
        try {
            return ReaderWords.dateTime(Instant.parse(instant), locale);
        } catch (RuntimeException notAnInstant) {
            return instant;
        }
    }

    /** "3 organisations added, 1 link changed" in words: each count by its own key. */
    static String counts(String counts, Texts t) {
        if (counts.equals("no change")) {
            return t.get("change.no-change");
        }
        var parts = new ArrayList<String>();
        Matcher m = ONE_COUNT.matcher(counts);
        while (m.find()) {
            String what = m.group(2).equals("countr") ? "country" : m.group(2);
            parts.add(t.get("change.count." + what + "-" + m.group(3), Integer.parseInt(m.group(1))));
        }
        return String.join(", ", parts);
    }

    private static String fields(String fields, Texts t) {
        return Arrays.stream(fields.split(", ")).map(f -> field(f, t)).collect(Collectors.joining(", "));
    }

    /** Whether {@link #field} has a word for this field. */
    public static boolean isField(String field) {
        return FIELD_KEYS.containsKey(field);
    }

    /** A field as a word: "seeking a partner" for {@code seekingPartner}; an unknown field as it is. */
    public static String field(String field, Texts t) {
        String key = FIELD_KEYS.get(field);
        return key == null ? field : t.get("field." + key);
    }

    /**
     * A field's value as a person reads it: names for organisation ids ({@code names}), country names for codes,
     * kinds, types, statuses, confidences, learning and activities in words, themes in the reader's language,
     * sources by their citations, self-assessments counted, yes and no; "—" for none.
     */
    public static String value(String field, JsonNode value, Function<String, String> names, Texts t, Locale locale) {
        if (value == null || value.isNull() || value.isMissingNode() || (value.isArray() && value.isEmpty())) {
            return "—";
        }
        String text = value.isTextual() ? value.asText() : null;
        String shown = switch (field) {
            case "from", "to" -> text == null ? null : names.apply(text);
            case "country" -> text == null ? null
                    : ReaderWords.country(text, Countries.known(text).map(c -> c.name()).orElse(null), locale);
            case "type", "kind", "status", "learning", "confidence", "region" -> text == null ? null
                    : t.get(enumKey(field) + "." + text.toLowerCase(Locale.ROOT).replace('_', '-'));
            case "activities" -> join(value, a -> t.get("activity." + a.toLowerCase(Locale.ROOT).replace('_', '-')));
            case "themes" -> join(value, theme -> ReaderWords.theme(theme, locale));
            case "sources" -> sources(value);
            case "assessments" -> t.get("change.assessments", value.size());
            case "seekingPartner", "placeholder" -> value.isBoolean()
                    ? t.get(value.asBoolean() ? "common.yes" : "common.no") : null;
            default -> null;
        };
        if (shown == null) {
            shown = text != null ? text : value.isValueNode() ? value.asText() : join(value, x -> x);
        }
        return shown.length() > 300 ? shown.substring(0, 300) + "…" : shown;
    }

    private static String enumKey(String field) {
        return field.equals("learning") ? "learning" : field;
    }

    private static String join(JsonNode array, Function<String, String> word) {
        if (!array.isArray()) {
            return array.isValueNode() ? word.apply(array.asText()) : "";
        }
        var words = new ArrayList<String>();
        array.forEach(x -> words.add(x.isValueNode() ? word.apply(x.asText()) : x.toString()));
        return String.join(", ", words);
    }

    private static String sources(JsonNode sources) {
        var citations = new ArrayList<String>();
        for (JsonNode s : sources.isArray() ? sources : List.of(sources)) {
            String citation = s.path("citation").asText("");
            citations.add(citation.isEmpty() ? s.path("url").asText("") : citation);
        }
        return String.join("; ", citations);
    }

    /**
     * What a recorded entity was, by name: "organisation Dolen Cymru", "link Dolen Cymru — Lesotho Ministry of
     * Health"; {@code names} names organisations by id (the stored network, or the change's own states).
     */
    public static String entity(String type, String id, JsonNode before, JsonNode after, Function<String, String> names,
                                Texts t) {
        JsonNode state = after != null ? after : before;
        String name;
        if ("link".equals(type) && state != null && state.has("from")) {
            name = names.apply(state.path("from").asText()) + " — " + names.apply(state.path("to").asText());
        } else if (state != null && state.hasNonNull("name")) {
            name = state.path("name").asText();
        } else {
            name = names.apply(id);
        }
        return t.get("history.type." + type) + " " + name;
    }
}
