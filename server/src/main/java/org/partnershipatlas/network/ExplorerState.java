package org.partnershipatlas.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.analysis.ScopeParameters;
import org.partnershipatlas.analytics.Measure;
import org.partnershipatlas.analytics.layout.NetworkLayout;
import org.partnershipatlas.app.RequestChecks;
import org.partnershipatlas.model.Ids;
import org.partnershipatlas.store.SavedLayout;

/**
 * Everything a strategist has set in the explorer, so that the URL can hold it and a shared link shows exactly the
 * same picture: the scope (filters and year, {@link ScopeParameters}), {@code colour}, {@code size} (a
 * {@link Measure}'s token, or {@code none}: {@code sizeBy} is then {@code null}),
 * {@code links} (what a link's colour says, {@link LinkColour}), {@code layout}, {@code select} (an organisation or link id), {@code focus} (0, 1 or 2 steps around the selected
 * organisation; {@code focus=<id>} is short for {@code select=<id>&focus=1}, {@code &steps=2} for two steps), {@code tab} ({@code picture} or
 * {@code table}), {@code route} (organisations in the order of a route of introduction, comma-separated: they and
 * the links between consecutive ones are highlighted, the rest dimmed, the middle ones marked as introducers) and
 * {@code highlight} (organisations highlighted, comma-separated).
 */
public record ExplorerState(AnalysisScope scope, ColourBy colourBy, Measure sizeBy, NetworkLayout.Kind layout,
                            String selected, int focus, boolean table, LinkColour linkColour, List<String> route,
                            List<String> highlight, String savedLayout) {

    /** {@code layout=saved:<name>}: a saved arrangement ({@code savedLayout}) over its base layout ({@code layout}). */
    public static final String SAVED_LAYOUT = "saved:";

    public static final ExplorerState DEFAULT = new ExplorerState(AnalysisScope.DEFAULT, ColourBy.TYPE,
            Measure.DEGREE, NetworkLayout.Kind.WALES_LEFT, null, 0, false, LinkColour.CONFIDENCE, List.of(), List.of(),
            null);

    /** At most this many organisations in a route or a highlight (a URL, not a query language). */
    public static final int MAX_HIGHLIGHTED = 200;

    public ExplorerState(AnalysisScope scope, ColourBy colourBy, Measure sizeBy, NetworkLayout.Kind layout,
                         String selected, int focus, boolean table, LinkColour linkColour, List<String> route,
                         List<String> highlight) {
        this(scope, colourBy, sizeBy, layout, selected, focus, table, linkColour, route, highlight, null);
    }

    public ExplorerState(AnalysisScope scope, ColourBy colourBy, Measure sizeBy, NetworkLayout.Kind layout,
                         String selected, int focus, boolean table, LinkColour linkColour) {
        this(scope, colourBy, sizeBy, layout, selected, focus, table, linkColour, List.of(), List.of());
    }

    public ExplorerState(AnalysisScope scope, ColourBy colourBy, Measure sizeBy, NetworkLayout.Kind layout,
                         String selected, int focus, boolean table) {
        this(scope, colourBy, sizeBy, layout, selected, focus, table, LinkColour.CONFIDENCE);
    }

    public ExplorerState {
        if (focus < 0 || focus > 2) {
            throw new IllegalArgumentException("focus must be 0, 1 or 2");
        }
        linkColour = linkColour == null ? LinkColour.CONFIDENCE : linkColour;
        route = route == null ? List.of() : List.copyOf(route);
        highlight = highlight == null ? List.of() : List.copyOf(highlight);
    }

    /** Whether a route or a highlight is asked for. */
    public boolean highlighting() {
        return !route.isEmpty() || !highlight.isEmpty();
    }

    public ExplorerState withRoute(List<String> ids) {
        return new ExplorerState(scope, colourBy, sizeBy, layout, selected, focus, table, linkColour, ids, highlight, savedLayout);
    }

    public ExplorerState withHighlight(List<String> ids) {
        return new ExplorerState(scope, colourBy, sizeBy, layout, selected, focus, table, linkColour, route, ids, savedLayout);
    }

    public ExplorerState withScope(AnalysisScope newScope) {
        return new ExplorerState(newScope, colourBy, sizeBy, layout, selected, focus, table, linkColour, route, highlight, savedLayout);
    }

    public ExplorerState withColour(ColourBy colour) {
        return new ExplorerState(scope, colour, sizeBy, layout, selected, focus, table, linkColour, route, highlight, savedLayout);
    }

    public ExplorerState withSize(Measure size) {
        return new ExplorerState(scope, colourBy, size, layout, selected, focus, table, linkColour, route, highlight, savedLayout);
    }

    /** Another layout: any saved arrangement is left. */
    public ExplorerState withLayout(NetworkLayout.Kind newLayout) {
        return new ExplorerState(scope, colourBy, sizeBy, newLayout, selected, focus, table, linkColour, route, highlight, null);
    }

    /** A saved arrangement ({@code null}: none) over the layout it starts from. */
    public ExplorerState withSavedLayout(String name, NetworkLayout.Kind base) {
        return new ExplorerState(scope, colourBy, sizeBy, base, selected, focus, table, linkColour, route, highlight, name);
    }

    public ExplorerState withSelected(String id) {
        return new ExplorerState(scope, colourBy, sizeBy, layout, id, id == null ? 0 : focus, table, linkColour, route, highlight, savedLayout);
    }

    public ExplorerState withFocus(int steps) {
        return new ExplorerState(scope, colourBy, sizeBy, layout, selected, steps, table, linkColour, route, highlight, savedLayout);
    }

    public ExplorerState withLinkColour(LinkColour colour) {
        return new ExplorerState(scope, colourBy, sizeBy, layout, selected, focus, table, colour, route, highlight, savedLayout);
    }

    public ExplorerState withTable(boolean showTable) {
        return new ExplorerState(scope, colourBy, sizeBy, layout, selected, focus, showTable, linkColour, route, highlight, savedLayout);
    }

    /** Reads the state from URL query parameters; absent ones take their defaults. */
    public static ExplorerState fromQuery(Map<String, List<String>> query) {
        AnalysisScope scope = ScopeParameters.fromQuery(query);
        ColourBy colour = one(query, "colour") == null ? DEFAULT.colourBy
                : RequestChecks.enumValue("colour", one(query, "colour"), ColourBy.class);
        Measure size = size(one(query, "size"));
        String layoutValue = one(query, "layout");
        String saved = null;
        NetworkLayout.Kind layout = DEFAULT.layout;
        if (layoutValue != null && layoutValue.strip().startsWith(SAVED_LAYOUT)) {
            saved = savedName(layoutValue.strip().substring(SAVED_LAYOUT.length()), layoutValue);
        } else if (layoutValue != null) {
            layout = RequestChecks.enumValue("layout", layoutValue, NetworkLayout.Kind.class);
        }
        String selected = one(query, "select");
        if (selected != null && !Ids.isValidId(selected)) {
            throw RequestChecks.rejected("select", selected, "select is not a valid id (lower-case letters, digits and '-')");
        }
        int focus = 0;
        String focusValue = one(query, "focus");
        if (focusValue != null && selected == null && !focusValue.strip().matches("\\d+") && Ids.isValidId(focusValue.strip())) {
            // focus=<id>: that organisation and its partners
            selected = focusValue.strip();
            query = new LinkedHashMap<>(query);
            query.put("focus", List.of(one(query, "steps") == null ? "1" : one(query, "steps")));
        }
        if (one(query, "focus") != null) {
            try {
                focus = RequestChecks.bounded("focus", Integer.parseInt(one(query, "focus").strip()), 0, 2);
            } catch (NumberFormatException e) {
                throw RequestChecks.rejected("focus", one(query, "focus"), "focus must be 0, 1 or 2");
            }
        }
        LinkColour links = one(query, "links") == null ? DEFAULT.linkColour
                : RequestChecks.enumValue("links", one(query, "links"), LinkColour.class);
        return new ExplorerState(scope, colour, size, layout, selected, selected == null ? 0 : focus,
                "table".equals(one(query, "tab")), links, ids(query, "route"), ids(query, "highlight"), saved);
    }

    /** The query parameters of this state: only what differs from the defaults, so shared URLs stay short. */
    public Map<String, List<String>> toQuery() {
        var query = new LinkedHashMap<>(ScopeParameters.toQuery(scope));
        if (colourBy != DEFAULT.colourBy) {
            query.put("colour", List.of(colourBy.token()));
        }
        if (sizeBy != DEFAULT.sizeBy) {
            query.put("size", List.of(sizeBy == null ? NO_SIZE : sizeBy.token()));
        }
        if (savedLayout != null) {
            query.put("layout", List.of(SAVED_LAYOUT + savedLayout));
        } else if (layout != DEFAULT.layout) {
            query.put("layout", List.of(ScopeParameters.token(layout)));
        }
        if (selected != null) {
            query.put("select", List.of(selected));
            if (focus > 0) {
                query.put("focus", List.of(String.valueOf(focus)));
            }
        }
        if (linkColour != DEFAULT.linkColour) {
            query.put("links", List.of(linkColour.token()));
        }
        if (table) {
            query.put("tab", List.of("table"));
        }
        if (!route.isEmpty()) {
            query.put("route", List.of(String.join(",", route)));
        }
        if (!highlight.isEmpty()) {
            query.put("highlight", List.of(String.join(",", highlight)));
        }
        return query;
    }

    /** A saved layout's name as the address gives it, checked as the store checks names. */
    private static String savedName(String name, String value) {
        try {
            return SavedLayout.checkName(name);
        } catch (IllegalArgumentException e) {
            throw RequestChecks.rejected("layout", value, "layout is wales-left, force or saved: and the name of a "
                    + "saved layout (" + e.getMessage() + ")");
        }
    }

    /** The {@code size} value that draws every organisation the same size. */
    public static final String NO_SIZE = "none";

    private static Measure size(String value) {
        if (value == null) {
            return DEFAULT.sizeBy;
        }
        if (value.strip().equalsIgnoreCase(NO_SIZE)) {
            return null;
        }
        return Measure.find(value).orElseThrow(() -> RequestChecks.rejected("size", value, "size must be none or one of "
                + Arrays.stream(Measure.values()).map(Measure::token).collect(Collectors.joining(", "))));
    }

    /** Comma-separated organisation ids ({@code route}, {@code highlight}), each checked, in the order given. */
    private static List<String> ids(Map<String, List<String>> query, String name) {
        String value = one(query, name);
        if (value == null) {
            return List.of();
        }
        var out = new ArrayList<String>();
        for (String part : value.split(",")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!Ids.isValidId(id)) {
                throw RequestChecks.rejected(name, value, name + " is a comma-separated list of organisation ids");
            }
            out.add(id);
        }
        if (out.size() > MAX_HIGHLIGHTED) {
            throw RequestChecks.rejected(name, value, name + " has more than " + MAX_HIGHLIGHTED + " organisations");
        }
        return out;
    }

    private static String one(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }
}
