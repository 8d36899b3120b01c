package org.partnershipatlas.ui.components;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * "Export CSV" for any table of a view: RFC 4180 quoting, UTF-8 with a byte-order mark so spreadsheet programs read
 * Welsh and other accented names right, and cells that a spreadsheet would run as a formula ({@code = + - @})
 * prefixed with an apostrophe (CSV injection).
 */
public final class CsvDownload {
    private CsvDownload() {
    }

    /** A download link whose rows are computed when it is clicked. */
    public static Anchor link(String label, String fileName, List<String> header, Supplier<List<List<String>>> rows) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv(header, rows.get()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8", bytes.length);
        }), AttachmentType.DOWNLOAD, label);
        anchor.addClassName("csv-download");
        return anchor;
    }

    public static String csv(List<String> header, List<List<String>> rows) {
        var out = new StringBuilder("\uFEFF");
        out.append(line(header));
        rows.forEach(r -> out.append(line(r)));
        return out.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(CsvDownload::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
