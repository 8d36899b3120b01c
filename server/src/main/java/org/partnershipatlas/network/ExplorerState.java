package org.partnershipatlas.network;

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

/**
 * Everything a strategist has set in the explorer, so that the URL can hold it and a shared link shows exactly the
 * same picture: the scope (filters and year, {@link ScopeParameters}), {@code colour}, {@code size} (a
 * {@link Measure}'s token, or {@code none}: {@code sizeBy} is then {@code null}),
 * {@code links} (what a link's colour says, {@link LinkColour}), {@code layout}, {@code select} (an organisation or link id), {@code focus} (0, 1 or 2 steps around the selected
 * organisation) and {@code tab} ({@code picture} or {@code table}).
 */
public record ExplorerState(AnalysisScope scope, ColourBy colourBy, Measure sizeBy, NetworkLayout.Kind layout,
                            String selected, int focus, boolean table, LinkColour linkColour) {

    public static final ExplorerState DEFAULT = new ExplorerState(AnalysisScope.DEFAULT, ColourBy.TYPE,
            Measure.DEGREE, NetworkLayout.Kind.WALES_LEFT, null, 0, false, LinkColour.CONFIDENCE);

    public ExplorerState(AnalysisScope scope, ColourBy colourBy, Measure sizeBy, NetworkLayout.Kind layout,
                         String selected, int focus, boolean table) {
        this(scope, colourBy, sizeBy, layout, selected, focus, table, LinkColour.CONFIDENCE);
    }

    public ExplorerState {
        if (focus < 0 || focus > 2) {
            throw new IllegalArgumentException("focus must be 0, 1 or 2");
        }
        linkColour = linkColour == null ? LinkColour.CONFIDENCE : linkColour;
    }

    public ExplorerState withScope(AnalysisScope newScope) {
        return new ExplorerState(newScope, colourBy, sizeBy, layout, selected, focus, table, linkColour);
    }

    public ExplorerState withColour(ColourBy colour) {
        return new ExplorerState(scope, colour, sizeBy, layout, selected, focus, table, linkColour);
    }

    public ExplorerState withSize(Measure size) {
        return new ExplorerState(scope, colourBy, size, layout, selected, focus, table, linkColour);
    }

    public ExplorerState withLayout(NetworkLayout.Kind newLayout) {
        return new ExplorerState(scope, colourBy, sizeBy, newLayout, selected, focus, table, linkColour);
    }

    public ExplorerState withSelected(String id) {
        return new ExplorerState(scope, colourBy, sizeBy, layout, id, id == null ? 0 : focus, table, linkColour);
    }

    public ExplorerState withFocus(int steps) {
        return new ExplorerState(scope, colourBy, sizeBy, layout, selected, steps, table, linkColour);
    }

    public ExplorerState withLinkColour(LinkColour colour) {
        return new ExplorerState(scope, colourBy, sizeBy, layout, selected, focus, table, colour);
    }

    public ExplorerState withTable(boolean showTable) {
        return new ExplorerState(scope, colourBy, sizeBy, layout, selected, focus, showTable, linkColour);
    }

    /** Reads the state from URL query parameters; absent ones take their defaults. */
    public static ExplorerState fromQuery(Map<String, List<String>> query) {
        AnalysisScope scope = ScopeParameters.fromQuery(query);
        ColourBy colour = one(query, "colour") == null ? DEFAULT.colourBy
                : RequestChecks.enumValue("colour", one(query, "colour"), ColourBy.class);
        Measure size = size(one(query, "size"));
        NetworkLayout.Kind layout = one(query, "layout") == null ? DEFAULT.layout
                : RequestChecks.enumValue("layout", one(query, "layout"), NetworkLayout.Kind.class);
        String selected = one(query, "select");
        if (selected != null && !Ids.isValidId(selected)) {
            throw RequestChecks.rejected("select", selected, "select is not a valid id (lower-case letters, digits and '-')");
        }
        int focus = 0;
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
                "table".equals(one(query, "tab")), links);
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
        if (layout != DEFAULT.layout) {
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
        return query;
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

    private static String one(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }
}
