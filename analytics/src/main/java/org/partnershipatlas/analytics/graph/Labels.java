package org.partnershipatlas.analytics.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.partnershipatlas.analytics.findings.CountryCount;
import org.partnershipatlas.analytics.findings.NameList;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Country;

/**
 * What the findings of every result say about groups of organisations: their names, and how many are in each
 * country.
 */
public final class Labels {
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

    /**
     * A set of vertices counted by country ("3 in Lesotho, 1 in Kenya"), most first, then by name, those with no
     * country first among equals; empty without country attributes.
     */
    public static List<CountryCount> byCountry(NetworkGraph graph, int[] vertices) {
        if (!graph.hasAttribute(NetworkGraph.COUNTRY)) {
            return List.of();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int v : vertices) {
            counts.merge(Objects.requireNonNullElse(graph.attribute(v, NetworkGraph.COUNTRY), ""), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .map(e -> e.getKey().isEmpty() ? new CountryCount(null, null, e.getValue())
                        : new CountryCount(e.getKey(), countryName(graph, e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(CountryCount::count).reversed()
                        .thenComparing(c -> Objects.requireNonNullElse(c.name(), "")))
                .toList();
    }

    /** The names of vertices, in the given order: the first {@value NameList#LIMIT} and how many in all. */
    public static NameList names(NetworkGraph graph, int[] vertices) {
        var first = new ArrayList<String>();
        for (int i = 0; i < Math.min(vertices.length, NameList.LIMIT); i++) {
            first.add(graph.label(vertices[i]));
        }
        return new NameList(first, vertices.length);
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
