package org.partnershipatlas.backups;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.partnershipatlas.format.Json;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;

/**
 * {@code manifest.json} of a backup archive: {@code {"format", "createdAt", "networkVersion", "files": {name:
 * sha256}}}. The format says which files the archive holds: {@value #FORMAT_1} the network and its history,
 * {@value #FORMAT_2} also the users, API tokens, returns, registrations and stories ({@link RecordLines#FILES}).
 *
 * @param format         {@link #FORMAT_1} or {@link #FORMAT_2}
 * @param createdAt      when the backup was made
 * @param networkVersion the network version it holds
 * @param files          each file's SHA-256 (lower-case hex), by name
 */
public record BackupManifest(String format, Instant createdAt, long networkVersion, Map<String, String> files) {
    public static final String FORMAT_1 = "partnership-atlas-backup/1";
    public static final String FORMAT_2 = "partnership-atlas-backup/2";
    static final String FILE = "manifest.json";
    static final String NETWORK = "network.json";
    static final String HISTORY = HistoryLines.FILE;
    private static final List<String> FILES_1 = List.of(NETWORK, HISTORY);
    private static final List<String> FILES_2 = Stream.concat(FILES_1.stream(), RecordLines.FILES.stream()).toList();
    private static final Set<String> FIELDS = Set.of("format", "createdAt", "networkVersion", "files");
    /** A manifest is a few hundred bytes; more is not ours. */
    static final int MAX_BYTES = 64 * 1024;

    public BackupManifest {
        files = Map.copyOf(files);
    }

    /** Whether the archive holds the users, tokens, returns, registrations and stories too. */
    public boolean holdsRecords() {
        return FORMAT_2.equals(format);
    }

    /** The files besides the manifest that an archive of {@code format} holds, in the order they are written. */
    static List<String> filesOf(String format) {
        return FORMAT_1.equals(format) ? FILES_1 : FILES_2;
    }

    /** Every name a file of any format may have. */
    static boolean known(String name) {
        return FILE.equals(name) || FILES_2.contains(name);
    }

    /** The manifest's bytes: pretty-printed, files sorted by name. */
    byte[] bytes() {
        ObjectNode manifest = Json.mapper().createObjectNode();
        manifest.put("format", format);
        manifest.put("createdAt", createdAt.toString());
        manifest.put("networkVersion", networkVersion);
        ObjectNode hashes = manifest.putObject("files");
        new TreeMap<>(files).forEach(hashes::put);
        try {
            return (Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a manifest.
     *
     * @throws ValidationException naming the field: not ours, an unknown format, files other than its format's
     */
    static BackupManifest parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw invalid("larger than " + MAX_BYTES + " bytes: not a backup's manifest");
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(bytes);
        } catch (IOException e) {
            throw invalid("not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw invalid("expected a JSON object with format, createdAt, networkVersion and files");
        }
        var errors = new Errors();
        root.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                errors.add(FILE, name, null, "unknown field \"" + name + "\"");
            }
        });
        JsonNode format = root.get("format");
        String formatText = format == null ? null : format.asText(null);
        if (!FORMAT_1.equals(formatText) && !FORMAT_2.equals(formatText)) {
            errors.add(FILE, "format", format == null ? null : format.toString(), "expected \"" + FORMAT_2
                    + "\" (or \"" + FORMAT_1 + "\", which still restores)");
            formatText = FORMAT_2;
        }
        Instant createdAt = null;
        JsonNode created = root.get("createdAt");
        try {
            createdAt = created != null && created.isTextual() ? Instant.parse(created.textValue()) : null;
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (createdAt == null) {
            errors.add(FILE, "createdAt", created == null ? null : created.toString(),
                    "expected an ISO-8601 instant such as 2026-01-31T09:30:00.000Z");
        }
        JsonNode version = root.get("networkVersion");
        if (version == null || !version.canConvertToExactIntegral() || !version.canConvertToLong() || version.asLong() < 0) {
            errors.add(FILE, "networkVersion", version == null ? null : version.toString(),
                    "expected a whole number of at least 0");
        }
        Map<String, String> hashes = hashes(root.get("files"), filesOf(formatText), errors);
        errors.throwIfAny();
        return new BackupManifest(formatText, createdAt, version.asLong(), hashes);
    }

    private static Map<String, String> hashes(JsonNode files, List<String> expected, Errors errors) {
        var hashes = new LinkedHashMap<String, String>();
        if (files == null || !files.isObject()) {
            errors.add(FILE, "files", files == null ? null : files.toString(),
                    "expected an object of file names and their SHA-256");
            return hashes;
        }
        files.fields().forEachRemaining(f -> {
            if (!expected.contains(f.getKey())) {
                errors.add(FILE, "files." + f.getKey(), null, "lists \"" + f.getKey()
                        + "\", which is not a file of a backup of this format");
            } else if (!f.getValue().isTextual() || !f.getValue().textValue().matches("[0-9a-f]{64}")) {
                errors.add(FILE, "files." + f.getKey(), f.getValue().toString(),
                        "expected a SHA-256 in lower-case hex (64 characters)");
            } else {
                hashes.put(f.getKey(), f.getValue().textValue());
            }
        });
        for (String name : expected) {
            if (!files.has(name)) {
                errors.add(FILE, "files." + name, null, "does not list " + name);
            }
        }
        return hashes;
    }

    private static ValidationException invalid(String message) {
        return new ValidationException(new ValidationError(FILE, null, null, message));
    }
}
