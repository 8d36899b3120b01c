package org.partnershipatlas.findings;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.findings.FindingFormat;
import org.partnershipatlas.texts.Texts;

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
        return format(locale).format(f);
    }

    public List<String> render(List<Finding> findings, Locale locale) {
        return format(locale).format(findings);
    }

    private FindingFormat format(Locale locale) {
        Locale language = Texts.isWelsh(locale) ? Texts.WELSH : Texts.ENGLISH;
        return new FindingFormat(key -> i18n.getTranslation(key, language), language);
    }
}
