package org.partnershipatlas.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.app.BadRequestException;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.store.ImportResult;

@RestController
@RequestMapping("/api")
@Tag(name = "data", description = "The whole network in and out (docs/FORMAT.md)")
class DataController {
    private final DataService data;
    private final AtlasProperties properties;

    DataController(DataService data, AtlasProperties properties) {
        this.data = data;
        this.properties = properties;
    }

    @Operation(summary = "The whole network as a native JSON snapshot (format partnership-atlas/1)")
    @GetMapping(value = "/network", produces = MediaType.APPLICATION_JSON_VALUE)
    void network(@Parameter(description = "include facts marked ILLUSTRATIVE (default true: the whole store)")
                 @RequestParam(defaultValue = "true") boolean illustrative,
                 HttpServletResponse response) throws IOException {
        var current = data.current();
        NetworkSnapshot snapshot = illustrative ? current.snapshot() : current.snapshot().withoutIllustrative();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("ETag", "\"" + current.version() + "\"");
        response.setHeader("X-Network-Version", Long.toString(current.version()));
        JsonSnapshotFormat.write(snapshot, response.getOutputStream(), false);
    }

    @Operation(summary = "Import a native JSON snapshot, all or nothing",
            description = "mode=merge upserts by id; mode=replace makes the file the whole network. "
                    + "A file with any error changes nothing and the answer lists every error (up to 100).")
    @PostMapping(value = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportResult importJson(@RequestParam(defaultValue = "merge") String mode, InputStream body) {
        return data.importJson(bounded(body), parseMode(mode));
    }

    @Operation(summary = "Import the two spreadsheet CSV files (parts 'organisations' and 'links'), all or nothing")
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importCsv(@RequestParam(defaultValue = "merge") String mode,
                           @RequestPart("organisations") MultipartFile organisations,
                           @RequestPart(value = "links", required = false) MultipartFile links) throws IOException {
        ImportMode importMode = parseMode(mode);
        try (InputStream orgs = organisations.getInputStream();
             InputStream lks = links == null ? InputStream.nullInputStream() : links.getInputStream()) {
            return data.importCsv(orgs, links == null ? headerOnlyLinks() : lks, importMode);
        }
    }

    private static InputStream headerOnlyLinks() {
        return new java.io.ByteArrayInputStream(
                String.join(",", org.partnershipatlas.format.CsvSnapshotFormat.LINK_COLUMNS).getBytes());
    }

    private static ImportMode parseMode(String mode) {
        try {
            return ImportMode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("mode", "mode must be merge or replace, not \"" + abbreviate(mode) + "\"");
        }
    }

    private InputStream bounded(InputStream body) {
        long max = properties.limits().maxImportBytes();
        return new java.io.FilterInputStream(body) {
            private long read;

            private void count(long n) {
                read += Math.max(0, n);
                if (read > max) {
                    throw new BadRequestException(null, "import larger than " + max + " bytes (atlas.limits.max-import-bytes)");
                }
            }

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = super.read(buffer, off, len);
                count(n);
                return n;
            }
        };
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
