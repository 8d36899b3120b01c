package org.partnershipatlas.ui.components;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * The address of what a view shows now: its path with every parameter that shapes it (a question asked, the year
 * and filters it shows), put in the browser's address bar as the view changes (without a new history entry) and
 * kept with the view, so that "Save this view" records exactly what the view shows — never the address bar of a
 * moment before, nor state another view left in the session.
 */
public final class ViewAddress implements Serializable {
    /**
     * The class of a view's controls (its form, filters, tabs, exports): hidden while a story plays, which shows what
     * the controls made — the picture, the answer — and its narrative, nothing else.
     */
    public static final String PRESENTATION_HIDES = "presentation-hides";

    private final String address;

    private ViewAddress(String address) {
        this.address = address;
    }

    /**
     * Shows {@code path?query} in the address bar and records it as what {@code view} shows, its parameters in the
     * order given (a question reads "from … to …", not in a hash map's order).
     */
    public static void show(Component view, String path, Map<String, List<String>> query) {
        String parameters = query.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        String address = path + (parameters.isEmpty() ? "" : "?" + parameters);
        ComponentUtil.setData(view, ViewAddress.class, new ViewAddress("/" + address));
        UI ui = view.getUI().orElseGet(UI::getCurrent);
        if (ui != null) {
            // As History.replaceState does, but keeping the parameters' order (a Location keeps them in a hash map).
            ui.getPage().executeJs("setTimeout(() => window.history.replaceState(window.history.state, '', $0))",
                    address);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What {@code view} said it shows ({@code /introductions?from=x&country=LS}), if it said. */
    public static Optional<String> of(Component view) {
        return Optional.ofNullable(ComponentUtil.getData(view, ViewAddress.class)).map(a -> a.address);
    }
}
