package org.partnershipatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What the class files cannot show: main code names other classes by import, not by inline fully-qualified name
 * (which hides a dependency from the import list), and no main class grows past 500 lines unless its javadoc says
 * why it must be one piece. Scans every module's {@code src/main/java}.
 */
class SourceShapeTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern FQN = Pattern.compile(
            "(?<![\\w.@\"])@?((?:java|javax|jakarta|org|com|io|net|picocli)\\.(?:[a-z][a-z0-9_]*\\.)*)([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("^import (?!static)([\\w.]+)\\.(\\w+);", Pattern.MULTILINE);
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|record|interface|enum)\\s+([A-Z]\\w*)");
    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final int MAX_LINES = 500;

    @Test
    void mainCode_namesClassesByImport_notByInlineFullyQualifiedNames() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : mainSources()) {
            String source = Files.readString(file);
            Set<String> otherwise = new HashSet<>();
            IMPORT.matcher(source).results().forEach(m -> otherwise.add(m.group(2)));
            DECLARED.matcher(source).results().forEach(m -> otherwise.add(m.group(1)));
            boolean comment = false;
            int number = 0;
            for (String line : source.split("\n")) {
                number++;
                String code = line.strip();
                if (comment) {
                    comment = !code.contains("*/");
                    continue;
                }
                if (code.startsWith("/*")) {
                    comment = !code.contains("*/");
                    continue;
                }
                if (code.startsWith("*") || code.startsWith("//") || code.startsWith("import ")
                        || code.startsWith("package ")) {
                    continue;
                }
                int slashes = code.indexOf("//");
                String stripped = STRINGS.matcher(slashes < 0 ? code : code.substring(0, slashes)).replaceAll("\"\"");
                Matcher m = FQN.matcher(stripped);
                while (m.find()) {
                    // Java has no import aliases: a name that clashes with an imported or declared one must be written out.
                    if (!otherwise.contains(m.group(2)) && !m.group(1).equals("java.lang.")) {
                        found.add(ROOT.relativize(file) + ":" + number + " " + m.group(1) + m.group(2));
                    }
                }
            }
        }
        assertThat(found).as("inline fully-qualified names (import them)").isEmpty();
    }

    @Test
    void noMainClass_isLongerThan500Lines_unlessItsJavadocSaysWhy() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path file : mainSources()) {
            List<String> lines = Files.readAllLines(file);
            if (lines.size() > MAX_LINES && !String.join("\n", lines).contains("One piece because")) {
                tooLong.add(ROOT.relativize(file) + " (" + lines.size() + " lines)");
            }
        }
        assertThat(tooLong).as("split by job, or say in the javadoc 'One piece because …'").isEmpty();
    }

    private static List<Path> mainSources() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList()) {
                try (Stream<Path> walk = Files.walk(module.resolve("src/main/java"))) {
                    walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
                }
            }
        }
        assertThat(files).as("main sources found under " + ROOT).hasSizeGreaterThan(100);
        return files;
    }
}
