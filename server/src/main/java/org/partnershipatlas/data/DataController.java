package org.partnershipatlas.data;

import java.util.ArrayList;
import java.util.Arrays;
import org.partnershipatlas.app.RequestChecks;
import org.partnershipatlas.app.ApiBodies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.app.ApiProblems;
import org.partnershipatlas.app.EnumTokens;
import org.partnershipatlas.app.BadRequestException;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.ImportPreview;

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
    @ApiResponse(responseCode = "200", description = "the snapshot; ETag and X-Network-Version: the network version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = EntitySchemas.Snapshot.class)))
    @GetMapping(value = "/network", produces = MediaType.APPLICATION_JSON_VALUE)
    void network(@Parameter(description = "include facts marked ILLUSTRATIVE (default true: the whole store)")
                 @RequestParam(defaultValue = "true") boolean illustrative,
                 HttpServletResponse response) throws IOException {
        var current = data.current();
        byte[] body = data.networkJson(current, illustrative);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("ETag", ApiBodies.etag(current.version()));
        response.setHeader("X-Network-Version", Long.toString(current.version()));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Operation(summary = "Import a native JSON snapshot, all or nothing (EDITOR; replace: ADMIN)",
            description = "mode=merge upserts by id; mode=replace makes the file the whole network. A file with any "
                    + "error changes nothing and the answer lists every error (up to 100). dryRun=true answers the "
                    + "preview (added, changed field by field, removed) and changes nothing. If-Match: the network "
                    + "version (GET /api/network's ETag) the file was prepared against; refused with 409 if it moved.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = EntitySchemas.Snapshot.class))))
    @ApiResponse(responseCode = "200", description = "what was imported (dryRun=false), or the preview (dryRun=true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(anyOf = {
                    ImportAnswer.class, ImportPreview.class})))
    @PostMapping(value = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    Object importJson(@EnumTokens(ImportMode.class) @RequestParam(defaultValue = "merge") String mode,
                      @RequestParam(defaultValue = "false") boolean dryRun,
                      @RequestParam(required = false) String reason,
                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                      HttpServletRequest request) throws IOException {
        ImportMode importMode = parseMode(mode);
        byte[] body = ApiBodies.read(request.getInputStream(), request.getContentLengthLong(),
                properties.limits().maxImportBytes());
        var outcome = data.importJson(body, importMode,
                new DataService.Upload("request body (JSON)", body.length, ApiBodies.sha256(body)),
                change(reason), dryRun, ApiBodies.ifMatch(ifMatch));
        return dryRun ? outcome.preview() : ImportAnswer.of(importMode, outcome);
    }

    @Operation(summary = "Import the spreadsheet CSV files (parts 'organisations', 'links' and 'assessments'), all or nothing",
            description = "As the JSON import; the parts together may be at most atlas.limits.max-import-bytes.")
    @ApiResponse(responseCode = "200", description = "what was imported (dryRun=false), or the preview (dryRun=true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(anyOf = {
                    ImportAnswer.class, ImportPreview.class})))
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Object importCsv(@EnumTokens(ImportMode.class) @RequestParam(defaultValue = "merge") String mode,
                     @RequestParam(defaultValue = "false") boolean dryRun,
                     @RequestParam(required = false) String reason,
                     @RequestHeader(value = "If-Match", required = false) String ifMatch,
                     @Parameter(description = "organisations.csv", schema = @Schema(type = "string", format = "binary"))
                     @RequestPart("organisations") MultipartFile organisations,
                     @RequestPart(value = "links", required = false) MultipartFile links,
                     @RequestPart(value = "assessments", required = false) MultipartFile assessments) throws IOException {
        ImportMode importMode = parseMode(mode);
        long max = properties.limits().maxImportBytes();
        byte[] orgs = readPart(organisations, max);
        byte[] lks = links == null ? null : readPart(links, max - orgs.length);
        byte[] ass = assessments == null ? null : readPart(assessments, max - orgs.length - (lks == null ? 0 : lks.length));
        var parts = new ArrayList<byte[]>();
        var names = new ArrayList<String>();
        for (var part : Arrays.asList(new Object[] {organisations, orgs}, new Object[] {links, lks},
                new Object[] {assessments, ass})) {
            if (part[1] != null) {
                parts.add((byte[]) part[1]);
                names.add(((MultipartFile) part[0]).getOriginalFilename());
            }
        }
        var outcome = data.importCsv(orgs, lks, ass, importMode,
                new DataService.Upload(String.join(" + ", names), parts.stream().mapToLong(b -> b.length).sum(),
                        ApiBodies.sha256(parts.toArray(byte[][]::new))),
                change(reason), dryRun, ApiBodies.ifMatch(ifMatch));
        return dryRun ? outcome.preview() : ImportAnswer.of(importMode, outcome);
    }

    private static byte[] readPart(MultipartFile part, long max) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return ApiBodies.read(in, part.getSize(), max);
        }
    }

    static Change change(String reason) {
        return Change.by(Actor.current(), "api").withReason(reason);
    }

    static ImportMode parseMode(String mode) {
        try {
            return ImportMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("mode", "mode must be merge or replace, not \""
                    + RequestChecks.abbreviate(mode) + "\"");
        }
    }
}
