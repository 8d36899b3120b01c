package org.partnershipatlas.ui.network;

import java.time.ZoneOffset;
import org.partnershipatlas.app.Routes;
import org.partnershipatlas.store.RecordedChange;
import org.partnershipatlas.texts.ChangeWords;
import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.ui.components.ExternalLink;
import org.partnershipatlas.ui.quality.QualityBars;
import org.partnershipatlas.network.ExplorerService;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.partnershipatlas.analytics.NodeMetrics;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Source;

/**
 * Everything about the selected organisation or link: every attribute, its measures with a one-line explanation,
 * its links (each a button that selects the organisation at the other end), and its sources as clickable citations
 * with their confidence grade; inferred facts are marked. All data is set as text.
 */
public class DetailPanel extends Div {
    private final Consumer<String> onSelect;
    private MeasureList measures;

    /** @param onSelect called with an organisation or link id when the user follows one from the panel */
    public DetailPanel(Consumer<String> onSelect) {
        this.onSelect = onSelect;
        setId("detail-panel");
        addClassName("atlas-detail");
        getElement().setAttribute("role", "region");
        getStyle().set("overflow", "auto").set("padding", "0 var(--lumo-space-m)")
                .set("border-left", "1px solid var(--lumo-contrast-10pct)");
        setVisible(false);
    }

    /**
     * Appends the entity's own history (its latest changes, newest first) with a link to the full history and, for
     * editors, to edit it.
     */
    public void showHistory(String id, boolean organisation, List<RecordedChange> changes,
                            boolean mayEdit) {
        var heading = new H4(getTranslation("detail.history"));
        add(heading);
        var list = new UnorderedList();
        list.setId("detail-history");
        for (var c : changes) {
            list.add(new ListItem(ReaderWords.date(c.at().atZone(ZoneOffset.UTC), getLocale()) + " · " + c.actor() + " · "
                    + ChangeWords.summary(c.summary(), this::getTranslation, getLocale())));
        }
        if (changes.isEmpty()) {
            list.add(new ListItem(getTranslation("detail.no-history")));
        }
        add(list, new Anchor("history?entity=" + id, getTranslation("detail.all-history")));
        if (mayEdit) {
            var edit = new Anchor("data?" + (organisation ? "organisation=" : "link=") + id,
                    getTranslation("detail.edit"));
            edit.setId("detail-edit");
            add(new Paragraph(edit));
        }
    }

    /** Appends a link's quality: its latest assessment as bars, and "Assess this partnership" when allowed. */
    /** A button that puts the organisation shown back where the layout places it ({@code release}: none when null). */
    public void showRelease(Runnable release) {
        if (release == null) {
            return;
        }
        var button = new Button(getTranslation("arrangement.release"), VaadinIcon.PIN.create());
        button.setId("detail-release");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClickListener(e -> {
            release.run();
            remove(button);
        });
        addComponentAtIndex(Math.min(3, getComponentCount()), button);
    }

    public void showQuality(Link link, Runnable assess) {
        add(new QualityBars(link));
        if (assess != null) {
            var button = new Button(getTranslation("assess.button"), e -> assess.run());
            button.setId("assess-link");
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(button);
        }
    }

    public void clear() {
        removeAll();
        setVisible(false);
    }

    public void show(ExplorerService.OrganisationDetails details) {
        removeAll();
        measures = null;
        Organisation o = details.organisation();
        getElement().setAttribute("aria-label", getTranslation("detail.organisation-region", o.name()));
        var title = new H3(o.name());
        title.setId("detail-title");
        var profile = new Anchor(Routes.organisation(o.id()), getTranslation("profile.open"));
        profile.setId("detail-profile");
        add(closeButton(), title, profile);
        if (o.isInferred()) {
            add(inferredMark());
        }
        var facts = new Div();
        fact(facts, "detail.type", getTranslation("type." + o.type().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        fact(facts, "detail.country", o.country() == null ? null
                : ReaderWords.country(o.country(), details.countryName(), getLocale()));
        fact(facts, "detail.city", o.city());
        fact(facts, "detail.founded", o.founded() == null ? null : String.valueOf(o.founded()));
        fact(facts, "detail.seeking-partner", o.seekingPartner() == null ? null
                : getTranslation(o.seekingPartner() ? "common.yes" : "common.no"));
        fact(facts, "detail.confidence", confidence(o.confidence()));
        add(facts);
        if (o.description() != null) {
            add(new Paragraph(o.description()));
        }
        if (o.website() != null) {
            add(link(o.website(), getTranslation("detail.website")));
        }
        details.metrics().ifPresent(this::metrics);
        add(new H4(getTranslation("detail.links", details.links().size())));
        var links = new UnorderedList();
        links.setId("detail-links");
        for (ExplorerService.LinkEnd end : details.links()) {
            Link l = end.link();
            var item = new ListItem();
            var other = new Button(end.other().name(), e -> onSelect.accept(end.other().id()));
            other.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            var about = new Button(linkSummary(l), e -> onSelect.accept(l.id()));
            about.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            about.getElement().setAttribute("aria-label", getTranslation("detail.open-link", end.other().name()));
            item.add(other, new Span(" · "), about);
            if (l.confidence() == Confidence.B) {
                item.add(inferredMark());
            }
            links.add(item);
        }
        add(links);
        sources(o.sources());
        setVisible(true);
    }

    public void show(ExplorerService.LinkDetails details) {
        removeAll();
        Link l = details.link();
        String heading = details.from().name() + " — " + details.to().name();
        getElement().setAttribute("aria-label", getTranslation("detail.link-region", heading));
        var title = new H3(heading);
        title.setId("detail-title");
        add(closeButton(), title);
        if (l.confidence() == Confidence.B) {
            add(inferredMark());
        }
        var ends = new Div(endButton(details.from()), new Span(" — "), endButton(details.to()));
        add(ends);
        var facts = new Div();
        fact(facts, "detail.kind", getTranslation("kind." + l.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        fact(facts, "detail.since", l.since() == null ? null : String.valueOf(l.since()));
        fact(facts, "detail.until", l.until() == null ? null : String.valueOf(l.until()));
        fact(facts, "detail.status", getTranslation("status." + l.status().name().toLowerCase(Locale.ROOT)));
        fact(facts, "detail.themes", l.themes().isEmpty() ? null : l.themes().stream()
                .map(t -> ReaderWords.theme(t, getLocale()))
                .collect(Collectors.joining(", ")));
        fact(facts, "detail.activities", l.activities().isEmpty() ? null : l.activities().stream()
                .map(a -> getTranslation("activity." + a.name().toLowerCase(Locale.ROOT).replace('_', '-')))
                .collect(Collectors.joining(", ")));
        fact(facts, "detail.learning", getTranslation("learning." + l.learning().name().toLowerCase(Locale.ROOT)
                .replace('_', '-')));
        fact(facts, "detail.strength", l.strength() == null ? null : l.strength() + " / 5");
        fact(facts, "detail.confidence", confidence(l.confidence()));
        add(facts);
        sources(l.sources());
        setVisible(true);
    }

    private Button endButton(Organisation o) {
        var b = new Button(o.name(), e -> onSelect.accept(o.id()));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return b;
    }

    private Component closeButton() {
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> onSelect.accept(null));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(getTranslation("detail.close"));
        close.getStyle().set("float", "right");
        close.setId("detail-close");
        return close;
    }

    private String linkSummary(Link l) {
        var text = new StringBuilder(getTranslation("kind." + l.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        if (l.since() != null) {
            text.append(", ").append(getTranslation("detail.since-year", String.valueOf(l.since())));
        }
        if (l.until() != null) {
            text.append("–").append(l.until());
        }
        return text.toString();
    }

    private Span inferredMark() {
        var mark = new Span(getTranslation("common.inferred"));
        mark.getElement().getThemeList().add("badge contrast small");
        mark.getElement().setAttribute("title", getTranslation("detail.inferred-help"));
        mark.addClassName("inferred-mark");
        return mark;
    }

    private String confidence(Confidence c) {
        return getTranslation("confidence." + c.name().toLowerCase(Locale.ROOT));
    }

    private void fact(Div facts, String key, String value) {
        if (value == null) {
            return;
        }
        var row = new Div(new Span(getTranslation(key) + ": "), new Span(value));
        row.getStyle().set("margin", "0.15em 0");
        row.getChildren().findFirst().ifPresent(c -> ((Span) c).getStyle().set("color", "var(--lumo-secondary-text-color)"));
        facts.add(row);
    }

    private void metrics(NodeMetrics m) {
        add(new H4(getTranslation("detail.measures")));
        measures = new MeasureList(m);
        measures.setId("detail-measures");
        add(measures);
    }

    /** Fills in the shown organisation's betweenness when it was still being computed. */
    public void setBetweenness(double raw, double normalized) {
        if (measures != null) {
            measures.setBetweenness(raw, normalized);
        }
    }

    private void sources(List<Source> sources) {
        add(new H4(getTranslation("common.sources")));
        var list = new UnorderedList();
        list.setId("detail-sources");
        for (Source s : sources) {
            var item = new ListItem();
            item.addClassName("source");
            if (s.url() != null) {
                item.add(link(s.url(), s.citation()));
            } else {
                item.add(new Span(s.citation()));
            }
            list.add(item);
        }
        if (sources.isEmpty()) {
            list.add(new ListItem(getTranslation("detail.no-sources")));
        }
        add(list);
    }

    private static Component link(String url, String text) {
        return ExternalLink.of(url, text);
    }
}
