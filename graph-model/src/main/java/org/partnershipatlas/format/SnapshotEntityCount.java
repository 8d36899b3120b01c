package org.partnershipatlas.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Counting a native JSON file's entities without reading it into memory: the import's first check. */
public final class SnapshotEntityCount {
    private SnapshotEntityCount() {
    }

    /**
     * How many countries, organisations and links a native JSON file lists, counted as it streams past (constant
     * memory, no tree), stopping once past {@code stopAbove}: what an import checks against its entity limit before
     * reading the file into memory. Text that is not JSON ends the count early; {@link JsonSnapshotFormat#parse} then says what is wrong.
     */
    public static long countEntities(InputStream in, long stopAbove) {
        long count = 0;
        try (JsonParser parser = Json.mapper().getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return 0;
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY && Set.of("countries", "organisations", "links").contains(field)) {
                    for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY && item != null;
                         item = parser.nextToken()) {
                        parser.skipChildren();
                        if (++count > stopAbove) {
                            return count;
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException notJson) {
            // counted so far; the parse reports the error with its location
        }
        return count;
    }
}
