package org.partnershipatlas.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every UI text exists in English and Welsh, and every literal key the code asks for exists. */
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
}
