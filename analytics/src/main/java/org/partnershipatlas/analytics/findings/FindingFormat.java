package org.partnershipatlas.analytics.findings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partnershipatlas.model.Keyed;

/**
 * Renders a {@link Finding} from a table of texts: the same rules for the English table of the command line
 * ({@code english.properties} beside this class) and for the UI's bundles in English and Welsh.
 *
 * <p><b>Keys.</b> A finding's text is {@code finding.<CODE>}; a code with optional parts ({@link #keys(String)})
 * uses {@code finding.<CODE>.<argument>} when that argument is present (not {@code false}, not empty) — e.g.
 * {@code finding.ONLY_ROUTE_TO.byCountry}. Words for enum arguments are {@code finding.<enum-type>.<constant>}
 * ({@code finding.activity.information-sharing}, {@code finding.factor.sharedGoals} by a {@link Keyed} key), and
 * the small words of lists are {@code finding.list.and}, {@code finding.list.and-vowel} (Welsh "ac" before a
 * vowel), {@code finding.list.more}, {@code finding.in-country} and {@code finding.without-country}.
 *
 * <p><b>Texts.</b> {@link MessageFormat} patterns with named arguments ({@code {count}},
 * {@code {count,choice,1#1 link|1<{count} links}}, {@code {percent,number,integer}}): so apostrophes are doubled in
 * a text with arguments — inside a choice too, where this class adds the extra doubling MessageFormat wants — and
 * single in a text without arguments (which is used as it is). Inside a choice write {@code integer}, not {@code #}.
 * Booleans become 1 and 0 for {@code choice}; {@link NameList}s, lists of {@link CountryCount} and enums become
 * words first.
 */
public final class FindingFormat {
    public static final String PREFIX = "finding.";
    /** Codes with parts said only when their argument is present, in the order the key names them. */
    private static final Map<String, List<String>> OPTIONAL_PARTS = Map.of(
            "ASSESSED", List.of("weakest"),
            "NO_PARTNER_LINK", List.of("ties"),
            "SHORTEST_ROUTES_SHARE", List.of("estimated"),
            "ONLY_ROUTE_TO", List.of("byCountry"),
            "OPEN_PAIRS", List.of("attribute"),
            "BRIDGE_CUTS_OFF", List.of("byCountry"),
            "PART_CUT_OFF", List.of("byCountry"));
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*(?=[,}])");
    private static final Pattern LEADING_NUMBER = Pattern.compile("\\d+");
    private static final Pattern CHOICE = Pattern.compile("\\{\\s*[A-Za-z0-9]+\\s*,\\s*choice\\s*,");
    private static final Map<String, Indexed> COMPILED = new ConcurrentHashMap<>();
    private static final FindingFormat ENGLISH = new FindingFormat(englishTable()::getProperty, Locale.ENGLISH);

    private final Function<String, String> texts;
    private final Locale locale;

    /**
     * @param texts  the text of a key, or {@code null} when there is none
     * @param locale for numbers
     */
    public FindingFormat(Function<String, String> texts, Locale locale) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    static String english(Finding f) {
        return ENGLISH.format(f);
    }

    /** The key of this finding's text. */
    public static String key(Finding f) {
        var key = new StringBuilder(PREFIX).append(f.code());
        for (String part : OPTIONAL_PARTS.getOrDefault(f.code(), List.of())) {
            if (present(f.arguments().get(part))) {
                key.append('.').append(part);
            }
        }
        return key.toString();
    }

    /** Every key a finding of this code may use (its text and the text of each combination of optional parts). */
    public static List<String> keys(String code) {
        var keys = new ArrayList<String>(List.of(PREFIX + code));
        for (String part : OPTIONAL_PARTS.getOrDefault(code, List.of())) {
            for (String k : List.copyOf(keys)) {
                keys.add(k + "." + part);
            }
        }
        return keys;
    }

    /** The key of an enum constant's word. */
    public static String wordKey(Enum<?> constant) {
        String token = constant instanceof Keyed k ? k.key() : constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return PREFIX + constant.getDeclaringClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2")
                .toLowerCase(Locale.ROOT) + "." + token;
    }

    /** The finding in words; {@code CODE {arguments}} when the table has no text for it or the text is broken. */
    public String format(Finding f) {
        String text = texts.apply(key(f));
        if (text == null) {
            return f.code() + " " + f.arguments();
        }
        try {
            return apply(text, f.arguments());
        } catch (IllegalArgumentException broken) {
            return f.code() + " " + f.arguments();
        }
    }

    /** Each finding in words. */
    public List<String> format(Collection<Finding> findings) {
        return findings.stream().map(this::format).toList();
    }

    private String apply(String text, Map<String, ?> arguments) {
        Indexed indexed = COMPILED.computeIfAbsent(text, FindingFormat::index);
        if (indexed.names.isEmpty()) {
            return text;
        }
        Object[] values = new Object[indexed.names.size()];
        for (int i = 0; i < values.length; i++) {
            String name = indexed.names.get(i);
            values[i] = arguments.containsKey(name) ? words(arguments.get(name)) : "{" + name + "}";
        }
        return new MessageFormat(indexed.pattern, locale).format(values);
    }

    /** A value as MessageFormat takes it: numbers stay numbers, everything else becomes words. */
    private Object words(Object value) {
        if (value instanceof Number) {
            return value;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Enum<?> e) {
            return Objects.requireNonNullElse(texts.apply(wordKey(e)), e.name());
        }
        if (value instanceof NameList n) {
            return join(n.names().subList(0, Math.min(n.names().size(), NameList.SHOWN)), n.more());
        }
        if (value instanceof Collection<?> c) {
            if (!c.isEmpty() && c.stream().allMatch(CountryCount.class::isInstance)) {
                return String.join(", ", c.stream().map(x -> country((CountryCount) x)).toList());
            }
            return join(c.stream().map(x -> String.valueOf(words(x))).toList(), 0);
        }
        return String.valueOf(value);
    }

    private String country(CountryCount c) {
        return c.name() == null ? small("finding.without-country", "count", c.count())
                : small("finding.in-country", "count", c.count(), "country", c.name());
    }

    /** "A", "A and B", "A, B and C", "A, B, C and 4 more". */
    private String join(List<String> items, int more) {
        var all = new ArrayList<>(items);
        if (more > 0) {
            all.add(small("finding.list.more", "count", more));
        }
        if (all.size() <= 1) {
            return all.isEmpty() ? "" : all.get(0);
        }
        String last = all.get(all.size() - 1);
        return small(startsWithVowel(last) ? "finding.list.and-vowel" : "finding.list.and",
                "items", String.join(", ", all.subList(0, all.size() - 1)), "last", last);
    }

    private String small(String key, Object... namesAndValues) {
        String text = texts.apply(key);
        var arguments = new LinkedHashMap<String, Object>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return text == null ? arguments.values().toString() : apply(text, arguments);
    }

    /**
     * Whether a word is said with a vowel first (for Welsh "ac"), a number as Welsh counts it: 1 un, 8 wyth, 15 un
     * deg pump.
     */
    static boolean startsWithVowel(String word) {
        Matcher number = LEADING_NUMBER.matcher(word);
        if (number.lookingAt()) {
            int n = number.group().length() > 2 ? 0 : Integer.parseInt(number.group());
            return n == 1 || n == 8 || (n >= 10 && n <= 19) || (n >= 80 && n <= 89);
        }
        if (word.isEmpty()) {
            return false;
        }
        char first = Normalizer.normalize(word.substring(0, 1), Normalizer.Form.NFD).charAt(0);
        return "aeiouyAEIOUY".indexOf(first) >= 0;
    }

    private static boolean present(Object value) {
        return value != null && !Boolean.FALSE.equals(value) && !(value instanceof Collection<?> c && c.isEmpty())
                && !(value instanceof NameList n && n.total() == 0);
    }

    /** A text with named arguments as a MessageFormat pattern with numbered ones, and the names in number order. */
    private record Indexed(String pattern, List<String> names) {
    }

    private static Indexed index(String text) {
        var names = new ArrayList<String>();
        Matcher m = ARGUMENT.matcher(quoteNestedApostrophes(text));
        var out = new StringBuilder();
        while (m.find()) {
            int i = names.indexOf(m.group(1));
            if (i < 0) {
                i = names.size();
                names.add(m.group(1));
            }
            m.appendReplacement(out, "{" + i);
        }
        m.appendTail(out);
        return new Indexed(out.toString(), List.copyOf(names));
    }

    /**
     * A choice branch holding an argument is parsed twice by MessageFormat (as the choice's text, then as a pattern of
     * its own), so an apostrophe there needs four quotes; the texts write two everywhere and this doubles them where
     * it takes four.
     */
    static String quoteNestedApostrophes(String text) {
        var out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            Matcher choice = CHOICE.matcher(text).region(i, text.length());
            if (!choice.lookingAt()) {
                out.append(text.charAt(i++));
                continue;
            }
            out.append(choice.group());
            int depth = 1;
            int j = choice.end();
            int branchStart = j;
            var branches = new ArrayList<String>();
            for (; j < text.length() && depth > 0; j++) {
                char c = text.charAt(j);
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                } else if (c == '|' && depth == 1) {
                    branches.add(text.substring(branchStart, j));
                    branchStart = j + 1;
                }
            }
            branches.add(text.substring(branchStart, depth == 0 ? j - 1 : j));
            out.append(String.join("|", branches.stream()
                    .map(b -> b.contains("{") ? b.replace("''", "''''") : b).toList()));
            if (depth == 0) {
                out.append('}');
            }
            i = j;
        }
        return out.toString();
    }

    /** The English texts, for the command line and logs (the UI has the same in its {@code findings} bundle). */
    public static Properties englishTable() {
        var table = new Properties();
        try (InputStream in = FindingFormat.class.getResourceAsStream("english.properties")) {
            if (in == null) {
                throw new IllegalStateException("english.properties is missing beside " + FindingFormat.class);
            }
            table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
