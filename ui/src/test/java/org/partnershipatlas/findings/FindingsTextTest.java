package org.partnershipatlas.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.texts.Texts;
import org.partnershipatlas.analytics.brokerage.BrokerageRole;
import org.partnershipatlas.analytics.findings.CountryCount;
import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.findings.FindingFormat;
import org.partnershipatlas.analytics.findings.NameList;
import org.partnershipatlas.ui.components.AtlasI18NProvider;
import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Challenge;
import org.partnershipatlas.model.Factor;

/**
 * Every finding the analytics can emit has its text in English and in Welsh, the English is the analytics' own, and
 * every text renders whole in both languages.
 */
class FindingsTextTest {
    /** Where finding texts (and the words they use) live: every bundle. */
    private static final List<String> BUNDLES = Texts.BUNDLES;
    private static final Pattern EMITTED = Pattern.compile("Finding\\.of\\(\\s*\"([A-Z0-9_]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*(,\\s*(\\w+))?");
    private static final List<Class<? extends Enum<?>>> WORDS =
            List.of(Activity.class, BrokerageRole.class, Factor.class, Challenge.class);
    private static final List<String> SMALL_WORDS = List.of("finding.list.and", "finding.list.and-vowel",
            "finding.list.more", "finding.in-country", "finding.without-country");

    private static Properties bundles(String suffix) throws IOException {
        var all = new Properties();
        for (String bundle : BUNDLES) {
            try (InputStream in = FindingsTextTest.class.getResourceAsStream("/" + bundle + suffix + ".properties")) {
                assertThat(in).as(bundle + suffix).isNotNull();
                all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return all;
    }

    /** Every code the analytics emit: each {@code Finding.of("CODE"} in their sources. */
    static Set<String> emittedCodes() throws IOException {
        var codes = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("../analytics/src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = EMITTED.matcher(Files.readString(f));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    /** The keys (a code's text and its optional parts, enum words, small words) that have no text in the table. */
    static Set<String> missingTexts(Set<String> codes, Properties table) {
        var wanted = new ArrayList<String>(SMALL_WORDS);
        codes.forEach(code -> wanted.addAll(FindingFormat.keys(code)));
        for (Class<? extends Enum<?>> type : WORDS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                wanted.add(FindingFormat.wordKey(constant));
            }
        }
        var missing = new TreeSet<String>();
        for (String key : wanted) {
            String text = table.getProperty(key);
            if (text == null || text.isBlank()) {
                missing.add(key);
            }
        }
        return missing;
    }

    @Test
    void everyCodeTheAnalyticsCanEmit_hasATextInEnglishAndInWelsh() throws IOException {
        Set<String> codes = emittedCodes();
        assertThat(codes).as("found by scanning the analytics").hasSizeGreaterThan(30)
                .contains("NO_PARTNER_LINK", "SHORTEST_ROUTES_SHARE", "ONLY_ROUTE_TO", "BRIDGE_CUTS_OFF",
                        "ASK_TO_INTRODUCE_ONWARD", "PARTNER_OF_HUB", "REMOVAL_EFFECT", "PART_CUT_OFF", "NO_EVALUATION");
        assertThat(missingTexts(codes, bundles(""))).as("English").isEmpty();
        assertThat(missingTexts(codes, bundles("_cy"))).as("Welsh").isEmpty();
        assertThat(missingTexts(Set.of("NO_SUCH_CODE"), bundles("_cy"))).as("the check notices a code without text")
                .containsExactly("finding.NO_SUCH_CODE");
    }

    @Test
    void theEnglishIsTheAnalyticsOwn() throws IOException {
        Properties english = bundles("");
        Properties analytics = FindingFormat.englishTable();
        for (String key : analytics.stringPropertyNames()) {
            assertThat(english.getProperty(key)).as(key).isEqualTo(analytics.getProperty(key));
        }
        assertThat(english.stringPropertyNames().stream().filter(k -> k.startsWith(FindingFormat.PREFIX)))
                .as("no finding text only the UI knows").allMatch(analytics::containsKey);
    }

    @Test
    void everyTextRendersWhole_inBothLanguages_withItsApostrophes() throws IOException {
        var quotedWord = Pattern.compile("\\p{L}+''\\p{L}+");
        for (String suffix : List.of("", "_cy")) {
            Properties table = bundles(suffix);
            Locale locale = suffix.isEmpty() ? AtlasI18NProvider.ENGLISH : AtlasI18NProvider.WELSH;
            var format = new FindingFormat(table::getProperty, locale);
            for (String key : table.stringPropertyNames()) {
                if (!key.startsWith(FindingFormat.PREFIX) || !Character.isUpperCase(key.charAt(FindingFormat.PREFIX.length()))) {
                    continue;
                }
                String text = table.getProperty(key);
                String what = key + suffix;
                boolean hasArguments = ARGUMENT.matcher(text).find();
                assertThat(hasArguments || !text.contains("''")).as(what + ": no doubled apostrophe without arguments")
                        .isTrue();
                assertThat(!hasArguments || !text.replace("''", "").contains("'"))
                        .as(what + ": apostrophes doubled in a text with arguments").isTrue();
                String[] parts = key.substring(FindingFormat.PREFIX.length()).split("\\.");
                var renderings = new StringBuilder();
                for (int n = 0; n <= 2; n++) {
                    String rendered = format.format(new Finding(parts[0], sampleArguments(text, parts, n)));
                    assertThat(rendered).as(what).doesNotContain("{", "}", "''").doesNotStartWith(parts[0] + " ");
                    renderings.append(rendered).append('\n');
                }
                Matcher quoted = quotedWord.matcher(hasArguments ? text : "");
                while (quoted.find()) {
                    assertThat(renderings.toString()).as(what + ": every apostrophe kept, in every choice")
                            .contains(quoted.group().replace("''", "'"));
                }
            }
        }
    }

    /** Arguments for a text: numbers where it counts or chooses, names elsewhere, the optional parts its key names. */
    private static Map<String, Object> sampleArguments(String text, String[] keyParts, int number) {
        var numbers = new TreeSet<String>();
        Matcher typed = ARGUMENT.matcher(text);
        while (typed.find()) {
            if ("number".equals(typed.group(3)) || "choice".equals(typed.group(3))) {
                numbers.add(typed.group(1));
            }
        }
        var arguments = new LinkedHashMap<String, Object>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            Object value = numbers.contains(name) ? number
                    : name.equals("byCountry") ? List.of(new CountryCount("LS", "Lesotho", 3), new CountryCount(null, null, 1))
                    : List.of("organisations", "ties", "partners", "countries", "mentionedBy", "removed", "links")
                    .contains(name) ? NameList.of(List.of("Dolen Cymru", "Ysbyty Gwynedd", "PONT", "Hub Cymru Africa"))
                    : name.equals("activity") ? Activity.RESEARCH
                    : name.equals("role") ? BrokerageRole.COORDINATOR
                    : name.equals("weakest") ? Factor.TRUST
                    : name.equals("challenge") ? Challenge.LOGISTICS
                    : "Name " + name;
            arguments.putIfAbsent(name, value);
        }
        for (int i = 1; i < keyParts.length; i++) {
            arguments.putIfAbsent(keyParts[i], "Name " + keyParts[i]);
        }
        return arguments;
    }
}
