package org.partnershipatlas.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The countries the product knows without being told: every ISO 3166-1 alpha-2 code and the four UK nations
 * ({@code GB-WLS}, {@code GB-ENG}, {@code GB-SCT}, {@code GB-NIR}), each with an English name and a {@link Region}
 * (from {@code countries.csv}, regions after the UN M49 continents with Africa split at the Sahara).
 */
public final class Countries {
    public static final String WALES = "GB-WLS";
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}(-[A-Z]{2,3})?");
    private static final Map<String, Country> KNOWN = load();

    private Countries() {
    }

    /** Whether {@code code} has the shape of an ISO 3166-1 alpha-2 or 3166-2 code, known or not. */
    public static boolean isWellFormedCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public static Optional<Country> known(String code) {
        return Optional.ofNullable(KNOWN.get(code));
    }

    public static Collection<Country> all() {
        return KNOWN.values();
    }

    private static Map<String, Country> load() {
        var map = new LinkedHashMap<String, Country>();
        var in = Countries.class.getResourceAsStream("countries.csv");
        if (in == null) {
            throw new IllegalStateException("countries.csv is missing from the classpath");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line; (line = reader.readLine()) != null; ) {
                String[] cells = parseLine(line);
                map.put(cells[0], new Country(cells[0], cells[1], Region.valueOf(cells[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The table is ours and simple: three cells, the name quoted when it holds a comma. */
    private static String[] parseLine(String line) {
        int first = line.indexOf(',');
        int last = line.lastIndexOf(',');
        String name = line.substring(first + 1, last);
        if (name.startsWith("\"")) {
            name = name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        return new String[] {line.substring(0, first), name, line.substring(last + 1)};
    }
}
