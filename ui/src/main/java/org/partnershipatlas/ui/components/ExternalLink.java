package org.partnershipatlas.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;

import org.partnershipatlas.model.WebAddress;

/**
 * A link to a web page named in stored data (a source, a website), checked again when it is shown: data can reach
 * the store by paths other than today's readers, so only an absolute http(s) address becomes a link — opened in a
 * new tab without giving the page a handle on ours — and anything else is shown as plain text.
 */
public final class ExternalLink {
    private ExternalLink() {
    }

    public static Component of(String url, String text) {
        if (!WebAddress.isSafe(url)) {
            return new Span(text);
        }
        var a = new Anchor(url.strip(), text, AnchorTarget.BLANK);
        a.getElement().setAttribute("rel", "noopener noreferrer");
        return a;
    }
}
