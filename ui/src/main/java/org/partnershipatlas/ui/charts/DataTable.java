package org.partnershipatlas.ui.charts;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;

/**
 * A chart's table alternative: a plain HTML table with a caption, column headers and one row per item. A cell is
 * text, or a component (a link to a profile); text is always shown as text, never as markup (escaped where a long
 * table's rows are sent as markup, {@link #MARKUP_ABOVE}). Each cell carries its column's heading
 * ({@code data-label}), so that on a phone's width the rows become cards, each value under its heading
 * ({@code css/phone.css}).
 */
public final class DataTable {
    private DataTable() {
    }

    public static NativeTable of(String caption, List<String> headers, List<? extends List<?>> rows) {
        var table = new NativeTable();
        table.addClassName("data-table");
        table.setCaptionText(caption);
        table.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)")
                .set("width", "100%");
        var head = table.getHead().addRow();
        for (String h : headers) {
            var th = head.addHeaderCell();
            th.setText(h);
            th.getElement().setAttribute("scope", "col");
            th.getStyle().set("text-align", "left").set("border-bottom", "1px solid var(--lumo-contrast-20pct)");
        }
        if (rows.size() > MARKUP_ABOVE && rows.stream().allMatch(DataTable::plain)) {
            table.getBody().getElement().setProperty("innerHTML", markup(headers, rows));
            return table;
        }
        for (List<?> row : rows) {
            var tr = table.getBody().addRow();
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                NativeTableCell td = tr.addDataCell();
                if (i < headers.size()) {
                    td.getElement().setAttribute("data-label", headers.get(i));
                }
                if (value instanceof Component c) {
                    td.add(c);
                } else {
                    td.setText(value == null ? "" : String.valueOf(value));
                }
                td.getStyle().set("padding", CELL_PADDING).set("border-bottom", CELL_BORDER);
            }
        }
        return table;
    }

    private static final String CELL_PADDING = "0.1em 0.5em 0.1em 0";
    private static final String CELL_BORDER = "1px solid var(--lumo-contrast-5pct)";

    /**
     * Above this many rows the body is sent as one piece of escaped markup instead of a component per cell: the same
     * table in the page, but a Health Board's 2,800 partner links cost the server and the browser seconds as 20,000
     * components and a fraction of that as markup (its cells are text and links, nothing listens to them).
     */
    static final int MARKUP_ABOVE = 200;

    /** Whether every cell of the row is text or a link, which markup shows exactly as the components would. */
    private static boolean plain(List<?> row) {
        return row.stream().allMatch(v -> v == null || v instanceof String || v instanceof Number
                || v instanceof Anchor a && a.getChildren().findAny().isEmpty()
                && a.getElement().getAttributeNames().allMatch("href"::equals) && a.getElement().getPropertyNames().findAny().isEmpty());
    }

    /** The rows as the components render them, every value escaped (text stays text). */
    static String markup(List<String> headers, List<? extends List<?>> rows) {
        var html = new StringBuilder(rows.size() * 400);
        for (List<?> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append("<td");
                if (i < headers.size()) {
                    html.append(" data-label=\"").append(escape(headers.get(i))).append('"');
                }
                html.append(" style=\"padding: ").append(CELL_PADDING).append("; border-bottom: ").append(CELL_BORDER)
                        .append(";\">");
                Object value = row.get(i);
                if (value instanceof Anchor a) {
                    html.append("<a href=\"").append(escape(a.getHref())).append("\">").append(escape(a.getText()))
                            .append("</a>");
                } else if (value != null) {
                    html.append(escape(String.valueOf(value)));
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        return html.toString();
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
