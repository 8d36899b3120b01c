package org.partnershipatlas.analytics.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Country;

/** Plain-words descriptions shared by the explanations of every result: country names, counted groups, lists. */
public final class Labels {
    private static final int LIST_LIMIT = 3;

    private Labels() {
    }

    /** The English name of a country code (the code itself if unknown); "no country" for {@code null}. */
    public static String countryName(NetworkGraph graph, String code) {
        if (code == null) {
            return "no country";
        }
        return graph.snapshot().flatMap(s -> s.country(code)).or(() -> Countries.known(code))
                .map(Country::name).orElse(code);
    }

    /** "3 in Lesotho, 1 in Kenya" for a set of vertices, most frequent first; "" without country attributes. */
    public static String byCountry(NetworkGraph graph, int[] vertices) {
        if (!graph.hasAttribute(NetworkGraph.COUNTRY)) {
            return "";
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int v : vertices) {
            String code = graph.attribute(v, NetworkGraph.COUNTRY);
            counts.merge(code == null ? "" : countryName(graph, code), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getValue() + (e.getKey().isEmpty() ? " with no country" : " in " + e.getKey()))
                .collect(Collectors.joining(", "));
    }

    /** "A, B, C and 4 more" from labels. */
    public static String some(List<String> labels) {
        if (labels.size() <= LIST_LIMIT) {
            return joinAnd(labels);
        }
        var head = new ArrayList<>(labels.subList(0, LIST_LIMIT));
        head.add((labels.size() - LIST_LIMIT) + " more");
        return joinAnd(head);
    }

    /** "A", "A and B", "A, B and C". */
    public static String joinAnd(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "1 organisation", "3 organisations". */
    public static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** The labels of vertices, in the given order. */
    public static List<String> labels(NetworkGraph graph, int[] vertices) {
        var result = new ArrayList<String>(vertices.length);
        for (int v : vertices) {
            result.add(graph.label(v));
        }
        return result;
    }

    /** The ids of vertices, in the given order. */
    public static List<String> ids(NetworkGraph graph, int[] vertices) {
        var result = new ArrayList<String>(vertices.length);
        for (int v : vertices) {
            result.add(graph.id(v));
        }
        return result;
    }
}
