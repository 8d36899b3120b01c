package org.partnershipatlas.export;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Function;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipatlas.app.ApiQuery;
import org.partnershipatlas.app.EnumTokens;
import org.partnershipatlas.app.RequestChecks;
import org.partnershipatlas.data.EntitySchemas;
import org.partnershipatlas.format.CsvSnapshotFormat;
import org.partnershipatlas.format.GexfFormat;
import org.partnershipatlas.format.GraphMlFormat;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.texts.Texts;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.network.ExplorerService;
import org.partnershipatlas.network.ExplorerState;
import org.partnershipatlas.network.LegendWords;
import org.partnershipatlas.network.StateWords;
import org.partnershipatlas.network.SvgPicture;
import org.partnershipatlas.reads.Memo;
import org.partnershipatlas.store.VersionedSnapshot;

@RestController
@RequestMapping("/api")
@Tag(name = "export", description = "The network as the explorer shows it, for Gephi, Cytoscape, NetworkX, igraph, spreadsheets and reports")
class ExportController {

    enum Format {
        GRAPHML("graphml", GraphMlFormat.MEDIA_TYPE),
        GEXF("gexf", GexfFormat.MEDIA_TYPE),
        CSV("zip", "application/zip"),
        JSON("json", MediaType.APPLICATION_JSON_VALUE),
        SVG("svg", "image/svg+xml");

        final String extension;
        final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    /** Bytes of exports kept (a GraphML of the synthetic 10k network is about 15 MB). */
    static final long EXPORT_BYTES = 64L << 20;

    private record Export(long version, Format format, ExplorerState state) {
    }

    private final ExplorerService explorer;
    private final Texts i18n;
    /**
     * Each data export (not the SVG: its words follow Accept-Language and its title the date) written once per
     * network version, format and explorer state, however many ask.
     */
    private final Memo<Export, byte[]> exports = Memo.ofWeight(EXPORT_BYTES, body -> body.length);

    ExportController(ExplorerService explorer, Texts i18n) {
        this.explorer = explorer;
        this.i18n = i18n;
    }

    @Operation(summary = "Export the filtered network: graphml, gexf, csv (zip of organisations.csv and links.csv), json or svg",
            description = "Filters as in the explorer's URL: year, country, region, type, kind, theme, activity, status, "
                    + "confidence (repeatable), illustrative, select + focus (neighbourhood); svg also takes colour, size, layout, and has a title (the filters in words, the date) and a legend, in English or Welsh by Accept-Language.")
    @ApiResponse(responseCode = "200", description = "the export, as an attachment named partnership-atlas.<extension>",
            content = {
                    @Content(mediaType = GraphMlFormat.MEDIA_TYPE, schema = @Schema(type = "string")),
                    @Content(mediaType = GexfFormat.MEDIA_TYPE, schema = @Schema(type = "string")),
                    @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary",
                            description = "organisations.csv, links.csv and assessments.csv")),
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation =
                            EntitySchemas.Snapshot.class)),
                    @Content(mediaType = "image/svg+xml", schema = @Schema(type = "string"))})
    @ApiQuery(ExportQuery.class)
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@Parameter(description = "csv: a zip of the spreadsheet files")
                                  @EnumTokens(Format.class) @RequestParam String format,
                                  @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query,
                                  @Parameter(hidden = true) HttpServletRequest request) {
        Format chosen = RequestChecks.enumValue("format", format, Format.class);
        ExplorerState state = ExplorerState.fromQuery(query);
        if (state.selected() != null) {
            RequestChecks.id("select", state.selected());
        }
        var stored = explorer.stored();
        byte[] body = chosen == Format.SVG ? svg(stored, state, request.getLocale())
                : exports.get(new Export(stored.version(), chosen, state), () -> render(stored, state, chosen));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("partnership-atlas." + chosen.extension).build().toString())
                .body(body);
    }

    private byte[] render(VersionedSnapshot stored, ExplorerState state, Format format) {
        NetworkSnapshot shown = explorer.visible(stored, state);
        return switch (format) {
            case GRAPHML -> GraphMlFormat.toGraphMl(shown).getBytes(StandardCharsets.UTF_8);
            case GEXF -> GexfFormat.toGexf(shown).getBytes(StandardCharsets.UTF_8);
            case JSON -> JsonSnapshotFormat.toJson(shown, true).getBytes(StandardCharsets.UTF_8);
            case CSV -> zip(shown);
            case SVG -> throw new IllegalArgumentException("the SVG is drawn per reader: see svg(…)");
        };
    }

    private byte[] svg(VersionedSnapshot stored, ExplorerState state, Locale locale) {
        // In the reader's language (Accept-Language: cy for Welsh), like every other text a person reads.
        Function<String, String> words = key -> i18n.getTranslation(key, locale);
        return SvgPicture.of(explorer.picture(stored, state, LegendWords.labeller(words, locale)),
                StateWords.title(state, stored.snapshot(), words, locale)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(NetworkSnapshot snapshot) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var entry : Map.of(CsvSnapshotFormat.ORGANISATIONS_FILE, CsvSnapshotFormat.organisationsCsv(snapshot),
                    CsvSnapshotFormat.LINKS_FILE, CsvSnapshotFormat.linksCsv(snapshot),
                    CsvSnapshotFormat.ASSESSMENTS_FILE, CsvSnapshotFormat.assessmentsCsv(snapshot)).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                var writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                writer.write(entry.getValue());
                writer.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
