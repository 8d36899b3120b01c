package org.partnershipatlas.ui.network;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.partnershipatlas.analytics.NodeMetrics;

/**
 * An organisation's measures, each with its value and what it means in one line: the detail panel and the
 * organisation's profile show the same list.
 */
public class MeasureList extends UnorderedList {
    private final Span betweenness;

    public MeasureList(NodeMetrics m) {
        measure("degree", String.valueOf(m.degree()));
        betweenness = measure("betweenness", Double.isNaN(m.betweenness()) ? getTranslation("metric.computing")
                : betweennessText(m.betweenness(), m.betweennessNormalized()));
        betweenness.setId("measure-betweenness");
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

    /**
     * Fills in betweenness once computed (the detail panel shows the list before it is: at 10,000 organisations it
     * takes seconds, the other measures a fraction of one).
     */
    public void setBetweenness(double raw, double normalized) {
        betweenness.setText(getTranslation("metric.betweenness") + ": " + betweennessText(raw, normalized));
    }

    private String betweennessText(double raw, double normalized) {
        return String.format(getLocale(), "%.1f (%.1f%%)", raw, 100 * normalized);
    }

    private Span measure(String token, String value) {
        var name = new Span(getTranslation("metric." + token) + ": " + value);
        name.getStyle().set("font-weight", "600");
        var why = new Span(" — " + getTranslation("metric." + token + ".explain"));
        why.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(new ListItem(name, why));
        return name;
    }
}
