package org.partnershipatlas.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.app.RequestChecks;
import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Ids;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Region;

/**
 * The scope as query parameters, read and written by one codec so that a REST call, an export link and the
 * explorer's shareable URL say the same thing the same way: {@code year}, and repeatable {@code country},
 * {@code region}, {@code type}, {@code kind}, {@code theme}, {@code activity}, {@code status}, {@code confidence};
 * {@code illustrative=true} adds example data. Enum values are written in lower case with hyphens
 * ({@code health-link}, {@code sub-saharan-africa}); upper case is accepted too.
 */
public final class ScopeParameters {
    static final int MAX_VALUES = 50;
    /** A country code as a query value (upper case is made of lower): what {@link Countries#isWellFormedCode} takes. */
    public static final String COUNTRY_PATTERN = "^\\s*[A-Za-z]{2}(-[A-Za-z]{2,3})?\\s*$";
    /** Every parameter name this codec reads. */
    public static final Set<String> NAMES = Set.of("year", "country", "region", "type", "kind", "theme", "activity",
            "status", "confidence", "illustrative");

    private ScopeParameters() {
    }

    /** The analysis API's parameters (a subset of {@link #fromQuery}). */
    public static AnalysisScope parse(Integer year, List<String> kinds, List<String> themes, List<String> countries,
                                      boolean illustrative) {
        var query = new LinkedHashMap<String, List<String>>();
        if (year != null) {
            query.put("year", List.of(String.valueOf(year)));
        }
        putIfPresent(query, "kind", kinds);
        putIfPresent(query, "theme", themes);
        putIfPresent(query, "country", countries);
        query.put("illustrative", List.of(String.valueOf(illustrative)));
        return fromQuery(query);
    }

    private static void putIfPresent(Map<String, List<String>> query, String name, List<String> values) {
        if (values != null) {
            query.put(name, values);
        }
    }

    /**
     * Reads a scope from query parameters; other parameters are ignored.
     *
     * @throws org.partnershipatlas.app.BadRequestException naming the first bad parameter and value
     */
    public static AnalysisScope fromQuery(Map<String, List<String>> query) {
        Integer year = null;
        List<String> years = limited("year", query.get("year"));
        if (!years.isEmpty()) {
            String text = years.get(0).strip();
            try {
                year = Integer.valueOf(text);
            } catch (NumberFormatException e) {
                throw RequestChecks.rejected("year", text, "year must be a whole number");
            }
            if (!Ids.isValidYear(year)) {
                throw RequestChecks.rejected("year", text,
                        "year must be between " + Ids.FIRST_YEAR + " and " + Ids.lastYear());
            }
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String country : limited("country", query.get("country"))) {
            String code = country.strip().toUpperCase(Locale.ROOT);
            if (!Countries.isWellFormedCode(code)) {
                throw RequestChecks.rejected("country", country, "country must be an ISO 3166 code such as LS or GB-WLS");
            }
            countries.add(code);
        }
        Set<String> themes = new LinkedHashSet<>();
        for (String theme : limited("theme", query.get("theme"))) {
            if (theme.isBlank() || theme.length() > Ids.MAX_NAME_LENGTH) {
                throw RequestChecks.rejected("theme", theme, "theme must be 1-" + Ids.MAX_NAME_LENGTH + " characters");
            }
            themes.add(theme.strip());
        }
        Set<Confidence> confidences = enums(query, "confidence", Confidence.class);
        List<String> illustrative = limited("illustrative", query.get("illustrative"));
        if (!illustrative.isEmpty() && Boolean.parseBoolean(illustrative.get(0).strip())) {
            confidences.addAll(confidences.isEmpty() ? AnalysisScope.SOURCED : Set.of());
            confidences.add(Confidence.ILLUSTRATIVE);
        }
        return new AnalysisScope(year, countries, enums(query, "region", Region.class),
                enums(query, "type", OrganisationType.class), enums(query, "kind", LinkKind.class), themes,
                enums(query, "activity", Activity.class), enums(query, "status", LinkStatus.class), confidences);
    }

    /** The query parameters of a scope: only those that differ from {@link AnalysisScope#DEFAULT}. */
    public static Map<String, List<String>> toQuery(AnalysisScope scope) {
        var query = new LinkedHashMap<String, List<String>>();
        if (scope.year() != null) {
            query.put("year", List.of(String.valueOf(scope.year())));
        }
        put(query, "country", scope.countries(), Function.identity());
        put(query, "region", scope.regions(), ScopeParameters::token);
        put(query, "type", scope.types(), ScopeParameters::token);
        put(query, "kind", scope.kinds(), ScopeParameters::token);
        put(query, "theme", scope.themes(), Function.identity());
        put(query, "activity", scope.activities(), ScopeParameters::token);
        put(query, "status", scope.statuses(), ScopeParameters::token);
        if (!scope.confidences().equals(AnalysisScope.SOURCED)) {
            put(query, "confidence", scope.confidences(), ScopeParameters::token);
        }
        return query;
    }

    /** An enum constant as a URL value: {@code HEALTH_LINK} → {@code health-link}. */
    public static String token(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <T> void put(Map<String, List<String>> query, String name, Collection<T> values,
                                Function<T, String> text) {
        if (!values.isEmpty()) {
            query.put(name, values.stream().map(text).sorted().toList());
        }
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, List<String>> query, String name, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        for (String value : limited(name, query.get(name))) {
            result.add(RequestChecks.enumValue(name, value, type));
        }
        return result;
    }

    private static List<String> limited(String parameter, List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_VALUES) {
            throw RequestChecks.rejected(parameter, values.size() + " values", "at most " + MAX_VALUES + " " + parameter + " values");
        }
        return new ArrayList<>(values);
    }
}
