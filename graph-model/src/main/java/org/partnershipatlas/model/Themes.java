package org.partnershipatlas.model;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * The controlled list of themes (docs/FORMAT.md, "Themes"): each with a stable key, an English and a Welsh label and
 * the variants it absorbs, from {@code themes.csv}. Imports map a known variant to its theme and store the theme's
 * English label; a theme that is none of them is refused (or, for an administrator, accepted as new — see
 * {@link org.partnershipatlas.model.validation.ThemePolicy}). The ui's filters, charts and returns offer this list.
 *
 * <p>Matching ignores case and repeated spaces, and also accepts the key and the Welsh label, so a Welsh-language
 * form or a file written with keys reads the same.
 */
public final class Themes {
    /** At most this many themes: a list a person can scan in a filter. */
    public static final int MAX_THEMES = 40;
    private static final List<Theme> ALL = load();
    private static final Map<String, Theme> BY_KEY = index(false);
    private static final Map<String, Theme> BY_NAME = index(true);

    private Themes() {
    }

    /** Every theme, in the list's order. */
    public static List<Theme> all() {
        return ALL;
    }

    public static Optional<Theme> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** The theme {@code text} names — its key, either label or a variant, in any case — if any. */
    public static Optional<Theme> resolve(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(normalise(text)));
    }

    /** The English labels of every theme, for messages ("known: …"). */
    public static List<String> labels() {
        return ALL.stream().map(Theme::english).toList();
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Map<String, Theme> index(boolean names) {
        var map = new LinkedHashMap<String, Theme>();
        for (Theme t : ALL) {
            List<String> keys = names ? new ArrayList<>(t.variants()) : List.of(t.key());
            if (names) {
                keys.addAll(List.of(t.key(), t.english(), t.welsh()));
            }
            for (String k : keys) {
                Theme earlier = map.putIfAbsent(normalise(k), t);
                if (earlier != null && earlier != t) {
                    throw new IllegalStateException("themes.csv: \"" + k + "\" names both " + earlier.key() + " and "
                            + t.key());
                }
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static List<Theme> load() {
        var in = Themes.class.getResourceAsStream("themes.csv");
        if (in == null) {
            throw new IllegalStateException("themes.csv is missing from the classpath");
        }
        var mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        var themes = new ArrayList<Theme>();
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class)
                .readValues(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            rows.next(); // header
            while (rows.hasNext()) {
                String[] r = rows.next();
                List<String> variants = r[3].isBlank() ? List.of() : Arrays.stream(r[3].split(";")).map(String::strip)
                        .toList();
                themes.add(new Theme(r[0], r[1], r[2], variants));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (themes.size() > MAX_THEMES) {
            throw new IllegalStateException("themes.csv holds " + themes.size() + " themes, more than " + MAX_THEMES);
        }
        return List.copyOf(themes);
    }
}
