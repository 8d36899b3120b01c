package org.partnershipatlas.ui.network;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.partnershipatlas.network.NetworkPicture;

/**
 * The picture's legend under it: every colour of organisations, every ring, every colour of links (the default
 * colouring too) and, when a route or highlight is asked for, its colour and the introducers' ring, with counts.
 */
public class PictureLegend extends Div {
    public PictureLegend() {
        setId("legend");
        getElement().setAttribute("aria-label", getTranslation("explorer.legend"));
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.1em 1em")
                .set("font-size", "var(--lumo-font-size-xs)").set("line-height", "1.4");
    }

    /** Shows the legend of {@code picture}. */
    public void show(NetworkPicture picture) {
        Div legend = this;
        legend.removeAll();
        for (NetworkPicture.LegendEntry entry : picture.legend()) {
            var swatch = new Span();
            swatch.getStyle().set("display", "inline-block").set("width", "0.8em").set("height", "0.8em")
                    .set("border-radius", "50%").set("background", entry.color()).set("margin-right", "0.3em");
            swatch.getElement().setAttribute("aria-hidden", "true");
            var item = new Span(swatch, new Span(entry.label() + " (" + entry.count() + ")"));
            item.addClassName("legend-entry");
            legend.add(item);
        }
        for (NetworkPicture.MarkEntry mark : picture.marks()) {
            var ring = new Span();
            ring.getStyle().set("display", "inline-block").set("width", "0.7em").set("height", "0.7em")
                    .set("border-radius", "50%").set("border", "2px solid " + mark.color()).set("margin-right", "0.3em");
            ring.getElement().setAttribute("aria-hidden", "true");
            var item = new Span(ring, new Span(mark.label() + " (" + mark.count() + ")"));
            item.addClassName("legend-mark");
            item.setId("legend-mark-" + mark.mark().token());
            legend.add(item);
        }
        for (NetworkPicture.LegendEntry entry : picture.linkLegend()) {
            var stroke = new Span();
            stroke.getStyle().set("display", "inline-block").set("width", "1.2em").set("height", "0.2em")
                    .set("background", entry.color()).set("vertical-align", "middle").set("margin-right", "0.3em");
            stroke.getElement().setAttribute("aria-hidden", "true");
            var item = new Span(stroke, new Span(entry.label() + " (" + entry.count() + ")"));
            item.addClassName("legend-link");
            legend.add(item);
        }
        // a route or highlight asked for in the URL: its colour and the introducers' ring, as the picture draws them
        NetworkGraph.legend(picture, this::getTranslation).stream()
                .filter(e -> "route".equals(e.get("kind")) || "introducer".equals(e.get("kind"))).forEach(e -> {
                    var mark = new Span();
                    boolean ring = "introducer".equals(e.get("kind"));
                    mark.getStyle().set("display", "inline-block").set("width", ring ? "0.7em" : "1.2em")
                            .set("height", ring ? "0.7em" : "0.25em").set("margin-right", "0.3em")
                            .set("vertical-align", "middle").set("border-radius", ring ? "50%" : "0")
                            .set(ring ? "border" : "background", ring ? "3px solid " + e.get("colour") : (String) e.get("colour"));
                    mark.getElement().setAttribute("aria-hidden", "true");
                    var item = new Span(mark, new Span(e.get("label") + " (" + e.get("count") + ")"));
                    item.addClassName("legend-route");
                    legend.add(item);
                });
    }
}
