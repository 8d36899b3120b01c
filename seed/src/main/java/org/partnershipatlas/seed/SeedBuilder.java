package org.partnershipatlas.seed;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.partnershipatlas.format.CsvSnapshotFormat;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.NetworkSnapshot;

/**
 * Builds the shipped seed snapshot from the curated spreadsheets. Run from the repository root after editing
 * {@code seed/sources/*.csv}:
 *
 * <pre>mvn -q -pl seed -am -Pbuild-seed process-classes</pre>
 *
 * ({@code SeedTest} fails while the shipped file and the spreadsheets disagree.)
 */
public final class SeedBuilder {
    static final Path SOURCES = Path.of("sources");
    static final Path OUTPUT = Path.of("src/main/resources" + WalesAfricaSeed.RESOURCE);

    private SeedBuilder() {
    }

    /** The seed as the spreadsheets in {@code sourcesDir} define it, with every country it uses declared. */
    public static NetworkSnapshot build(Path sourcesDir) {
        try (Reader orgs = Files.newBufferedReader(sourcesDir.resolve("organisations.csv"), StandardCharsets.UTF_8);
             Reader links = Files.newBufferedReader(sourcesDir.resolve("links.csv"), StandardCharsets.UTF_8)) {
            NetworkSnapshot fromSheets = CsvSnapshotFormat.read(orgs, links);
            return new NetworkSnapshot(fromSheets.countriesInUse(), fromSheets.organisations(), fromSheets.links());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        Path module = Files.isDirectory(SOURCES) ? Path.of("") : Path.of("seed");
        NetworkSnapshot seed = build(module.resolve(SOURCES));
        Path out = module.resolve(OUTPUT);
        Files.createDirectories(out.getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            JsonSnapshotFormat.write(seed, os, true);
        }
        System.out.printf("Wrote %s: %d organisations, %d links, %d countries%n", out, seed.organisations().size(),
                seed.links().size(), seed.countries().size());
    }
}
