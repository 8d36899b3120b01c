package org.partnershipatlas.ui.network;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The explorer's exports: a PNG of the picture, and the files of what it shows for the state's address. */
final class ExportLinks {
    private ExportLinks() {
    }

    /** Fills {@code exports} anew: the PNG button ({@code png} downloads it) and one link per file format. */
    static void fill(HorizontalLayout exports, Function<String, String> words, Runnable png,
                     Map<String, List<String>> stateQuery) {
        exports.removeAll();
        var label = new Span(words.apply("explorer.export"));
        var button = new Button(words.apply("export.png"), e -> png.run());
        button.setId("export-png");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        exports.add(label, button);
        String query = queryString(stateQuery);
        for (String format : List.of("svg", "graphml", "gexf", "csv", "json")) {
            var a = new Anchor("api/export?format=" + format + (query.isEmpty() ? "" : "&" + query),
                    words.apply("export." + format));
            a.setId("export-" + format);
            a.getElement().setAttribute("download", true);
            exports.add(a);
        }
    }

    static String queryString(Map<String, List<String>> query) {
        return query.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }
}
