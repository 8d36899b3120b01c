package org.partnershipatlas.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.partnershipatlas.app.RequestChecks;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Ids;
import org.partnershipatlas.model.LinkKind;

/**
 * The scope query parameters every analysis endpoint accepts: {@code year}, {@code kind} (repeatable),
 * {@code theme} (repeatable), {@code country} (repeatable) and {@code illustrative}.
 */
public final class ScopeParameters {
    static final int MAX_VALUES = 50;

    private ScopeParameters() {
    }

    public static AnalysisScope parse(Integer year, List<String> kinds, List<String> themes, List<String> countries,
                                      boolean illustrative) {
        if (year != null && !Ids.isValidYear(year)) {
            throw RequestChecks.rejected("year", String.valueOf(year),
                    "year must be between " + Ids.FIRST_YEAR + " and " + Ids.lastYear());
        }
        Set<LinkKind> kindSet = new LinkedHashSet<>();
        for (String kind : limited("kind", kinds)) {
            kindSet.add(RequestChecks.enumValue("kind", kind, LinkKind.class));
        }
        Set<String> themeSet = new LinkedHashSet<>();
        for (String theme : limited("theme", themes)) {
            if (theme.isBlank() || theme.length() > Ids.MAX_NAME_LENGTH) {
                throw RequestChecks.rejected("theme", theme, "theme must be 1-" + Ids.MAX_NAME_LENGTH + " characters");
            }
            themeSet.add(theme.strip());
        }
        Set<String> countrySet = new LinkedHashSet<>();
        for (String country : limited("country", countries)) {
            String code = country.strip().toUpperCase(java.util.Locale.ROOT);
            if (!Countries.isWellFormedCode(code)) {
                throw RequestChecks.rejected("country", country, "country must be an ISO 3166 code such as LS or GB-WLS");
            }
            countrySet.add(code);
        }
        return new AnalysisScope(year, kindSet, themeSet, countrySet, illustrative);
    }

    private static List<String> limited(String parameter, List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_VALUES) {
            throw RequestChecks.rejected(parameter, values.size() + " values", "at most " + MAX_VALUES + " " + parameter + " values");
        }
        return values;
    }
}
