package org.partnershipatlas.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

class DataTableTest {
    private static final List<String> HEADERS = List.of("Partner", "Country");

    private static List<List<?>> rows(int n, Object first) {
        var rows = new ArrayList<List<?>>();
        for (int i = 0; i < n; i++) {
            rows.add(List.of(i == 0 ? first : new Anchor("organisations/o-" + i, "Org " + i), "Kenya"));
        }
        return rows;
    }

    @Test
    void smallTable_isAComponentPerCell() {
        var table = DataTable.of("Links", HEADERS, rows(3, "plain text"));
        assertThat(table.getBody().getChildren().count()).isEqualTo(3);
        assertThat(table.getBody().getElement().getProperty("innerHTML")).isNull();
    }

    @Test
    void longTableOfTextAndLinks_isEscapedMarkupWithTheSameCells() {
        var table = DataTable.of("Links", HEADERS, rows(DataTable.MARKUP_ABOVE + 1,
                new Anchor("organisations/a&b\"", "<script>alert('x')</script> & Co")));
        assertThat(table.getBody().getChildren().count()).isZero();
        String html = table.getBody().getElement().getProperty("innerHTML");
        assertThat(html).startsWith("<tr><td data-label=\"Partner\" style=\"padding: 0.1em 0.5em 0.1em 0;"
                + " border-bottom: 1px solid var(--lumo-contrast-5pct);\"><a href=\"organisations/a&amp;b&quot;\">"
                + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co</a></td>");
        assertThat(html).doesNotContain("<script>");
        assertThat(html).contains("<td data-label=\"Country\"").contains(">Kenya</td>");
        assertThat(html.split("<tr>", -1)).hasSize(DataTable.MARKUP_ABOVE + 2);
        // the caption and headers stay components
        assertThat(table.getHead().getChildren().count()).isEqualTo(1);
    }

    @Test
    void longTableWithOtherComponents_staysComponents() {
        var table = DataTable.of("Links", HEADERS, rows(DataTable.MARKUP_ABOVE + 1, new Span("a badge")));
        assertThat(table.getBody().getChildren().count()).isEqualTo(DataTable.MARKUP_ABOVE + 1);
    }
}
