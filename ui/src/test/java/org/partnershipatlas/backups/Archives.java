package org.partnershipatlas.backups;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Taking backup archives apart and putting them together again (and tampered with), for tests. */
public final class Archives {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Archives() {
    }

    /** Every entry's bytes, by name, in archive order. */
    public static Map<String, byte[]> unzip(byte[] zip) {
        var files = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static byte[] zip(Map<String, byte[]> files) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    /**
     * A snapshot compared canonically (docs/FORMAT.md): object keys sorted, countries by code, organisations and
     * links by id.
     */
    static String canonical(String snapshotJson) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(snapshotJson);
            sortBy(root, "countries", "code");
            sortBy(root, "organisations", "id");
            sortBy(root, "links", "id");
            return JSON.writeValueAsString(sortedKeys(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sortBy(ObjectNode root, String array, String key) {
        var items = new ArrayList<JsonNode>();
        root.withArray(array).forEach(items::add);
        items.sort(Comparator.comparing(n -> n.get(key).asText()));
        ArrayNode sorted = root.putArray(array);
        items.forEach(sorted::add);
    }

    private static JsonNode sortedKeys(JsonNode node) {
        if (node.isObject()) {
            var fields = new TreeMap<String, JsonNode>();
            node.fields().forEachRemaining(f -> fields.put(f.getKey(), sortedKeys(f.getValue())));
            ObjectNode sorted = JSON.createObjectNode();
            fields.forEach(sorted::set);
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode sorted = JSON.createArrayNode();
            node.forEach(item -> sorted.add(sortedKeys(item)));
            return sorted;
        }
        return node;
    }

    static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
