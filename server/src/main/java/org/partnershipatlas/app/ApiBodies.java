package org.partnershipatlas.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import org.partnershipatlas.format.Json;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;


/** Request bodies and headers of the write API, read within limits (imports, single entities, restores). */
public final class ApiBodies {
    /** Bodies of single-entity writes: one organisation or link, its sources included. */
    public static final long MAX_ENTITY_BYTES = 1_000_000;

    private ApiBodies() {
    }

    /** The whole body, refused with 413 past {@code max} bytes (announced or read). */
    public static byte[] read(InputStream body, long declaredLength, long max) {
        if (declaredLength > max) {
            throw tooLarge(max);
        }
        var out = new ByteArrayOutputStream(declaredLength > 0 ? (int) Math.min(declaredLength, 1 << 20) : 8192);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n; (n = body.read(buffer)) > 0; ) {
                total += n;
                if (total > max) {
                    throw tooLarge(max);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static PayloadTooLargeException tooLarge(long max) {
        return new PayloadTooLargeException("the body is larger than " + max + " bytes (atlas.limits.max-import-bytes)");
    }

    /** A small JSON body (one entity, one assessment), at most {@link #MAX_ENTITY_BYTES}, as a tree. */
    public static JsonNode json(HttpServletRequest request)
            throws IOException {
        byte[] body = read(request.getInputStream(), request.getContentLengthLong(), MAX_ENTITY_BYTES);
        try {
            return Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new ValidationException(
                    new ValidationError("JSON", null, null,
                            "not valid JSON: " + e.getOriginalMessage()));
        }
    }

    public static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The revision or version in an {@code If-Match} header ({@code "12"} or {@code W/"12"}); {@code null} when the
     * header is absent or {@code *}.
     */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "").strip();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException("If-Match", "If-Match must be an ETag this API gave, such as \"12\", not \""
                    + RequestChecks.abbreviate(header) + "\"");
        }
    }

    public static String etag(long revision) {
        return "\"" + revision + "\"";
    }
}
