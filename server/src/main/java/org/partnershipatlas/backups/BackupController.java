package org.partnershipatlas.backups;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.partnershipatlas.app.ApiProblems;
import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.app.ApiBodies;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.ImportPreview;

/** {@code GET /api/backup} and {@code POST /api/restore} (ADMIN; the security configuration and the door check it). */
@RestController
@RequestMapping("/api")
@Tag(name = "backups", description = "The whole network and its history as one archive, and back (ADMIN)")
public class BackupController {
    public static final String ZIP = "application/zip";

    private final BackupService backups;
    private final RestoreService restores;
    private final AtlasProperties properties;

    BackupController(BackupService backups, RestoreService restores, AtlasProperties properties) {
        this.backups = backups;
        this.restores = restores;
        this.properties = properties;
    }

    /**
     * What an archive says about itself.
     *
     * @param records how many users, API tokens, return rounds, invitations, registrations and stories it holds (and
     *                a restore puts in place of the ones here); {@code null} for format {@code /1}, which holds none
     *                and leaves them as they are
     */
    record ArchiveFacts(String format, boolean encrypted, String createdAt, long networkVersion, int changes,
                        @Schema(nullable = true, description = "what it holds besides the network, by kind; null for /1")
                        Map<String, Integer> records) {
        static ArchiveFacts of(RestoreService.Restore restore) {
            var records = restore.contents().records();
            return new ArchiveFacts(restore.manifest().format(), restore.encrypted(),
                    restore.manifest().createdAt().toString(), restore.manifest().networkVersion(), restore.changes(),
                    records == null ? null : records.counts());
        }
    }

    /** The multipart form of a restore: the archive as the part {@code backup}. */
    @Schema(name = "BackupUpload")
    record Upload(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "binary",
            description = "the backup archive (zip)") String backup) {
    }

    /** A restore's dry run: the import preview's fields, and the archive. */
    record RestorePreview(@JsonUnwrapped ImportPreview preview, ArchiveFacts archive) {
    }

    /**
     * A restore's answer.
     *
     * @param version      the network version after it, which is also the id of the RESTORE change
     * @param backupBefore the backup written of what it replaced, in the backups folder
     */
    record RestoreAnswer(long version, long changeId, String summary, long totalOrganisations, long totalLinks,
                         String backupBefore, ArchiveFacts archive) {
        static RestoreAnswer of(RestoreService.Restore restore) {
            var outcome = restore.outcome();
            var r = outcome.result();
            return new RestoreAnswer(r.version(), r.changeId(), outcome.preview().summary(), r.totalOrganisations(),
                    r.totalLinks(), outcome.backupBefore(), ArchiveFacts.of(restore));
        }
    }

    @Operation(summary = "A backup archive of everything the application keeps, as it is now (ADMIN)",
            description = "A zip of manifest.json (format partnership-atlas-backup/2, createdAt, networkVersion, the "
                    + "SHA-256 of each file), network.json (the native JSON snapshot), history.jsonl (one recorded "
                    + "change per line, oldest first) and users.jsonl, api-tokens.jsonl, return-rounds.jsonl, "
                    + "return-invitations.jsonl, registrations.jsonl, stories.jsonl (password and token hashes, "
                    + "contact details). With atlas.backup.passphrase set it is encrypted (AES-256-GCM; "
                    + "application/octet-stream, .zip.enc). docs/FORMAT.md, \"Backup archive\".")
    @ApiResponse(responseCode = "200", description = "the archive, as an attachment (application/octet-stream when encrypted)",
            headers = @Header(name = "X-Network-Version", description = "the network version it holds",
                    schema = @Schema(type = "integer")),
            content = {@Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                            schema = @Schema(type = "string", format = "binary"))})
    @GetMapping(value = "/backup", produces = {ZIP, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    void backup(HttpServletResponse response) throws IOException {
        BackupService.Archive archive = backups.archiveNow();
        response.setContentType(archive.encrypted() ? MediaType.APPLICATION_OCTET_STREAM_VALUE : ZIP);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(archive.fileName()).build().toString());
        response.setHeader("X-Network-Version", Long.toString(archive.networkVersion()));
        archive.writeTo(response.getOutputStream());
    }

    @Operation(summary = "Restore a backup archive: everything it holds replaced, all or nothing (ADMIN)",
            description = "The body is the archive (application/zip or application/octet-stream). An encrypted one is "
                    + "opened with atlas.backup.passphrase (400 naming the cause: no passphrase set, a wrong one, a "
                    + "changed file). It is checked against its manifest's hashes (a changed file is refused 400 naming "
                    + "it), unpacked within atlas.limits.max-import-bytes (413 above), validated like a replace import, "
                    + "and then the network, the history and — format /2 — the users, API tokens, returns, "
                    + "registrations and stories are replaced in one transaction, recorded as one RESTORE change on "
                    + "top; a backup of what it replaces is written first. Format /1 leaves users and the rest as they "
                    + "are. The next request authenticates against the restored users and tokens. dryRun=true answers "
                    + "the preview (as an import's, plus the archive) and changes nothing. If-Match: the version a "
                    + "preview was made against (409 if it moved).",
            requestBody = @RequestBody(required = true, content = {
                    @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/x-zip-compressed", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = Upload.class))}))
    @ApiResponse(responseCode = "200", description = "the restore (dryRun=false) or its preview (dryRun=true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(anyOf = {RestoreAnswer.class, RestorePreview.class})))
    @PostMapping(value = "/restore", consumes = {ZIP, MediaType.APPLICATION_OCTET_STREAM_VALUE, "application/x-zip-compressed"})
    Object restore(@RequestParam(defaultValue = "false") boolean dryRun,
                   @RequestParam(required = false) String reason,
                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                   HttpServletRequest request) throws IOException {
        long max = properties.limits().maxImportBytes();
        byte[] archive = ApiBodies.read(request.getInputStream(), request.getContentLengthLong(), max);
        return answer(restores.restore(archive, "request body (zip)", change(reason), dryRun, ApiBodies.ifMatch(ifMatch)),
                dryRun);
    }

    @Operation(summary = "Restore a backup archive uploaded as the multipart part 'backup' (ADMIN)",
            description = "As with the archive as the body.",
            requestBody = @RequestBody(required = true, content = {
                    @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/x-zip-compressed", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = Upload.class))}))
    @ApiResponse(responseCode = "200", description = "the restore (dryRun=false) or its preview (dryRun=true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(anyOf = {RestoreAnswer.class, RestorePreview.class})))
    @PostMapping(value = "/restore", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Object restoreUpload(@RequestParam(defaultValue = "false") boolean dryRun,
                         @RequestParam(required = false) String reason,
                         @RequestHeader(value = "If-Match", required = false) String ifMatch,
                         @RequestPart("backup") MultipartFile backup) throws IOException {
        byte[] archive;
        try (InputStream in = backup.getInputStream()) {
            archive = ApiBodies.read(in, backup.getSize(), properties.limits().maxImportBytes());
        }
        String name = backup.getOriginalFilename() == null || backup.getOriginalFilename().isBlank()
                ? "upload (zip)" : backup.getOriginalFilename();
        return answer(restores.restore(archive, name, change(reason), dryRun, ApiBodies.ifMatch(ifMatch)), dryRun);
    }

    private static Object answer(RestoreService.Restore restore, boolean dryRun) {
        return dryRun ? new RestorePreview(restore.outcome().preview(), ArchiveFacts.of(restore))
                : RestoreAnswer.of(restore);
    }

    private static Change change(String reason) {
        return Change.by(Actor.current(), "api").withReason(reason);
    }
}
