package org.partnershipatlas.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.findings.FindingFormat;

/**
 * Every UI text exists in English and Welsh, every literal key the code asks for exists, and every apostrophe a text
 * holds reaches the reader (MessageFormat eats a single one in a text with parameters: "i'w" became "iw").
 */
class TranslationsTest {

    private static Properties load(String resource) throws IOException {
        var p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theBundlesAreFoundOnTheClassPath_oneForEachFeature_andAKeyLivesInOnlyOne() throws IOException {
        assertThat(AtlasI18NProvider.BUNDLES).contains("i18n/common", "i18n/network", "i18n/healthboards",
                "i18n/returns").doesNotHaveDuplicates().noneMatch(name -> name.endsWith("_cy"));
        var owner = new LinkedHashMap<String, String>();
        for (String bundle : AtlasI18NProvider.BUNDLES) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                String earlier = owner.putIfAbsent(key, bundle);
                assertThat(earlier).as(key + " in " + bundle).isNull();
            }
        }
    }

    @Test
    void everyBundleHasTheSameKeysInWelsh() throws IOException {
        for (String bundle : AtlasI18NProvider.BUNDLES) {
            Set<String> english = load(bundle + ".properties").stringPropertyNames();
            Set<String> welsh = load(bundle + "_cy.properties").stringPropertyNames();
            assertThat(welsh).as(bundle + " in Welsh").containsExactlyInAnyOrderElementsOf(english);
        }
    }

    @Test
    void everyLiteralKeyInTheCodeIsTranslated() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String bundle : AtlasI18NProvider.BUNDLES) {
            keys.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        var literal = Pattern.compile("getTranslation\\(\"([a-z0-9.\\-]+)\"\\s*[,)]");
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    private static final Pattern NUMBERED = Pattern.compile("\\{\\s*\\d");
    private static final Pattern NAMED = Pattern.compile("\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*[,}]");
    private static final Pattern APOSTROPHE_WORD = Pattern.compile("[\\p{L}\\d]*'[\\p{L}]+");

    /**
     * A text with parameters is a MessageFormat pattern (findings: {@link FindingFormat}'s named ones), where an
     * apostrophe is written {@code ''}; formatted, each word with an apostrophe outside the parameters comes out whole.
     * A text without parameters is shown as written, so a doubled apostrophe there would show doubled.
     */
    @Test
    void everyApostropheSurvivesFormatting() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String bundle : AtlasI18NProvider.BUNDLES) {
            for (String suffix : List.of("", "_cy")) {
                Locale locale = suffix.isEmpty() ? Locale.UK : AtlasI18NProvider.WELSH;
                Properties texts = load(bundle + suffix + ".properties");
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    boolean finding = key.startsWith(FindingFormat.PREFIX);
                    boolean parameters = finding ? NAMED.matcher(text).find() : NUMBERED.matcher(text).find();
                    String where = bundle + suffix + " " + key;
                    if (!parameters) {
                        if (text.contains("''")) {
                            broken.add(where + ": no parameters, so shown as written: write one apostrophe");
                        }
                        continue;
                    }
                    String shown;
                    try {
                        shown = finding ? formatFinding(text, locale) : new MessageFormat(text, locale).format(ones(text));
                    } catch (IllegalArgumentException e) {
                        broken.add(where + ": not a valid pattern (" + e.getMessage() + ")");
                        continue;
                    }
                    var words = APOSTROPHE_WORD.matcher(outsideParameters(text));
                    while (words.find()) {
                        if (!shown.contains(words.group())) {
                            broken.add(where + ": \"" + words.group() + "\" lost (write '' in a text with parameters): "
                                    + shown);
                        }
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /** One for every numbered parameter: a number suits {0}, {0,number} and {0,choice,…} alike. */
    private static Object[] ones(String text) {
        var m = Pattern.compile("\\{\\s*(\\d+)").matcher(text);
        int max = -1;
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        Object[] args = new Object[max + 1];
        java.util.Arrays.fill(args, 1);
        return args;
    }

    private static String formatFinding(String text, Locale locale) {
        var arguments = new LinkedHashMap<String, Object>();
        var m = NAMED.matcher(text);
        while (m.find()) {
            arguments.put(m.group(1), 1);
        }
        return new FindingFormat(k -> k.equals("finding.X") ? text : null, locale).format(new Finding("X", arguments));
    }

    /** The pattern's own words, as a reader sees them: parameters left out, {@code ''} as one apostrophe. */
    private static String outsideParameters(String pattern) {
        var out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
