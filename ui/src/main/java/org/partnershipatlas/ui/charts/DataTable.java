package org.partnershipatlas.ui.charts;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;

/**
 * A chart's table alternative: a plain HTML table with a caption, column headers and one row per item. A cell is
 * text, or a component (a link to a profile); text is always set as text, never as markup. Each cell carries its
 * column's heading ({@code data-label}), so that on a phone's width the rows become cards, each value under its
 * heading ({@code css/phone.css}).
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
                td.getStyle().set("padding", "0.1em 0.5em 0.1em 0").set("border-bottom", "1px solid var(--lumo-contrast-5pct)");
            }
        }
        return table;
    }
}
