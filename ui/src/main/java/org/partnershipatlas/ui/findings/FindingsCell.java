package org.partnershipatlas.ui.findings;

import java.util.List;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Findings where a person reads them: the first as the headline, the rest behind "More (n)" (a {@link Details},
 * opened in print).
 */
public class FindingsCell extends Div {
    private final Span headline = new Span();

    public FindingsCell(List<String> texts) {
        addClassName("findings");
        headline.addClassName("headline");
        if (texts.isEmpty()) {
            return;
        }
        headline.setText(texts.get(0));
        add(headline);
        if (texts.size() > 1) {
            var rest = new UnorderedList(texts.subList(1, texts.size()).stream().map(ListItem::new)
                    .toArray(ListItem[]::new));
            rest.getStyle().set("margin", "0").set("padding-left", "1.2em");
            var more = new Details(getTranslation("findings.more", texts.size() - 1), rest);
            more.addThemeVariants(DetailsVariant.SMALL);
            more.addClassName("more");
            add(more);
        }
    }

    /** The headline's text ("" without findings). */
    public String headline() {
        return headline.getText();
    }
}
