package org.partnershipatlas.ui.quality;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.CharterFoundation;
import org.partnershipatlas.model.Factor;
import org.partnershipatlas.model.Link;

/**
 * A link's latest assessment as a compact bar chart — each Charter foundation and success factor 0–3, the previous
 * assessment's score as a grey bar behind it — with the date and who assessed. It is a real table (each bar's score
 * is also its text), so a screen reader reads the same figures the eye sees.
 */
public class QualityBars extends Composite<Div> {

    public QualityBars(Link link) {
        Div root = getContent();
        root.setId("quality-bars");
        root.add(new H4(getTranslation("nav.quality")));
        List<Assessment> all = link.assessments();
        if (all.isEmpty()) {
            root.add(new Paragraph(getTranslation("assess.none")));
            return;
        }
        Assessment latest = all.get(all.size() - 1);
        Assessment previous = all.size() > 1 ? all.get(all.size() - 2) : null;
        var caption = new Paragraph(getTranslation("assess.latest",
                latest.date() == null ? "—" : latest.date().toString(),
                latest.assessedBy() == null ? "—" : latest.assessedBy())
                + (previous == null ? "" : " · " + getTranslation("assess.previous",
                previous.date() == null ? "—" : previous.date().toString())));
        caption.setId("quality-caption");
        root.add(caption);
        var table = new NativeTable();
        table.addClassName("quality-bars");
        table.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("width", "100%");
        for (CharterFoundation f : CharterFoundation.values()) {
            row(table, getTranslation("foundation." + f.key()), score(latest, f), previous == null ? null : score(previous, f));
        }
        for (Factor f : Factor.values()) {
            row(table, getTranslation("factor." + f.key()), latest.factors().get(f),
                    previous == null ? null : previous.factors().get(f));
        }
        root.add(table);
        var challenges = latest.challenges().entrySet().stream()
                .map(e -> getTranslation("challenge." + e.getKey().key()) + ": "
                        + getTranslation("level." + e.getValue().name().toLowerCase(Locale.ROOT))).toList();
        if (!challenges.isEmpty()) {
            root.add(new Paragraph(getTranslation("assess.challenges") + " — " + String.join("; ", challenges)));
        }
    }

    private static Integer score(Assessment a, CharterFoundation f) {
        return a.charter() == null ? null : a.charter().score(f);
    }

    private void row(NativeTable table, String label, Integer score, Integer before) {
        var row = table.getBody().addRow();
        var name = row.addHeaderCell();
        name.setText(label);
        name.getElement().setAttribute("scope", "row");
        name.getStyle().set("text-align", "left").set("font-weight", "normal").set("width", "45%");
        var cell = row.addDataCell();
        var track = new Div();
        track.getStyle().set("position", "relative").set("height", "0.9em").set("background", "var(--lumo-contrast-5pct)");
        if (before != null) {
            var ghost = new Div();
            ghost.getStyle().set("position", "absolute").set("left", "0").set("top", "0.55em").set("height", "0.35em")
                    .set("width", (before * 100 / 3) + "%").set("background", "var(--lumo-contrast-30pct)");
            ghost.getElement().setAttribute("aria-hidden", "true");
            track.add(ghost);
        }
        if (score != null) {
            var bar = new Div();
            bar.getStyle().set("position", "absolute").set("left", "0").set("top", "0").set("height", "0.55em")
                    .set("width", (score * 100 / 3) + "%").set("background", "var(--lumo-success-color)");
            bar.getElement().setAttribute("aria-hidden", "true");
            track.add(bar);
        }
        cell.add(track);
        var value = row.addDataCell();
        value.add(new Span(score == null ? getTranslation("assess.not-assessed") : score + "/3"));
        value.getStyle().set("white-space", "nowrap");
    }
}
