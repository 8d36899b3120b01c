package org.partnershipatlas.network;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.partnershipatlas.analytics.NodeMetrics;

/**
 * An organisation's measures, each with its value and what it means in one line: the detail panel and the
 * organisation's profile show the same list.
 */
public class MeasureList extends UnorderedList {

    public MeasureList(NodeMetrics m) {
        measure("degree", String.valueOf(m.degree()));
        measure("betweenness", String.format(getLocale(), "%.1f (%.1f%%)", m.betweenness(), 100 * m.betweennessNormalized()));
        measure("closeness", String.format(getLocale(), "%.3f", m.closeness()));
        measure("page-rank", String.format(getLocale(), "%.4f", m.pageRank()));
        if (m.constraint() != null) {
            measure("constraint", String.format(getLocale(), "%.3f", m.constraint()));
        }
        if (m.effectiveSize() != null) {
            measure("effective-size", String.format(getLocale(), "%.2f", m.effectiveSize()));
        }
        measure("core-number", String.valueOf(m.coreNumber()));
        measure("clustering", String.format(getLocale(), "%.3f", m.clustering()));
        measure("community", String.valueOf(m.community() + 1));
    }

    private void measure(String token, String value) {
        var name = new Span(getTranslation("metric." + token) + ": " + value);
        name.getStyle().set("font-weight", "600");
        var why = new Span(" — " + getTranslation("metric." + token + ".explain"));
        why.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(new ListItem(name, why));
    }
}
