package org.partnershipatlas.findings;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.partnershipatlas.analytics.findings.CountryCount;
import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.findings.NameList;
import org.partnershipatlas.analytics.findings.FindingFormat;
import org.partnershipatlas.texts.Texts;
import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Country;

/**
 * Findings and reasons (codes with arguments from the analytics) in the reader's language: the texts are
 * {@code finding.<CODE>} in the UI's bundles ({@code findings}, and {@code quality} for the quality findings), in
 * English and Welsh, rendered by {@link FindingFormat}'s rules; enum arguments (activities, brokerage roles, factors,
 * challenges) are translated too.
 */
@Component
public class FindingText {
    private final Texts i18n;

    public FindingText(Texts i18n) {
        this.i18n = i18n;
    }

    public String render(Finding f, Locale locale) {
        return format(locale).format(localised(f, locale));
    }

    public List<String> render(List<Finding> findings, Locale locale) {
        return format(locale).format(findings.stream().map(f -> localised(f, locale)).toList());
    }

    /**
     * The finding with its countries named in the reader's language: the analytics name them as the network does
     * (in English), with the code beside the name ({@code country} and {@code code} or {@code countryCode}, or a
     * list of {@link CountryCount}s) or by name alone ({@code countries}, a {@link NameList}).
     */
    static Finding localised(Finding f, Locale locale) {
        if (!Texts.isWelsh(locale)) {
            return f;
        }
        var arguments = new LinkedHashMap<String, Object>(f.arguments());
        boolean changed = false;
        for (var e : f.arguments().entrySet()) {
            Object value = e.getValue();
            if (e.getKey().equals("country") && value instanceof String name) {
                Object code = f.arguments().getOrDefault("code", f.arguments().get("countryCode"));
                String known = code instanceof String c ? c : codeOf(name);
                arguments.put("country", ReaderWords.country(known, name, locale));
                changed = true;
            } else if (e.getKey().equals("countries") && value instanceof NameList names) {
                arguments.put("countries", new NameList(names.names().stream()
                        .map(name -> ReaderWords.country(codeOf(name), name, locale)).toList(), names.total()));
                changed = true;
            } else if (value instanceof Collection<?> list && !list.isEmpty()
                    && list.stream().allMatch(CountryCount.class::isInstance)) {
                arguments.put(e.getKey(), list.stream().map(x -> (CountryCount) x).map(c -> new CountryCount(c.code(),
                        c.name() == null ? null : ReaderWords.country(c.code(), c.name(), locale), c.count())).toList());
                changed = true;
            }
        }
        return changed ? new Finding(f.code(), arguments) : f;
    }

    private static String codeOf(String englishName) {
        return Countries.all().stream().filter(c -> c.name().equalsIgnoreCase(englishName)).map(Country::code)
                .findFirst().orElse(null);
    }

    private FindingFormat format(Locale locale) {
        Locale language = Texts.isWelsh(locale) ? Texts.WELSH : Texts.ENGLISH;
        return new FindingFormat(key -> i18n.getTranslation(key, language), language);
    }
}
