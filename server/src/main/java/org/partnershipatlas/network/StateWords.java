package org.partnershipatlas.network;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.texts.ReaderWords;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;

/**
 * A view's state in words, for the titles of exported pictures and embeds: "The Wales–Africa partnership network ·
 * Lesotho · as of 2006 · 1 December 2026". Countries and organisations are named from the network, the rest in the
 * reader's language; nothing is left as a code a person would have to look up.
 */
public final class StateWords {
    /** "1 December 2026", "1 Rhagfyr 2026": the day first, as in Wales. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private StateWords() {
    }

    /** The filters, year, focus and date, one phrase each, after the picture's name. */
    public static String title(ExplorerState state, NetworkSnapshot network, Function<String, String> translate,
                               Locale locale) {
        var parts = new ArrayList<String>();
        parts.add(translate.apply("picture.title"));
        parts.addAll(filters(state, network, translate, locale));
        parts.add(LocalDate.now(ZoneOffset.UTC).format(DATE.withLocale(locale)));
        return String.join(" · ", parts);
    }

    /** The filters, year and focus in words; countries and themes in the language of {@code locale}. */
    static List<String> filters(ExplorerState state, NetworkSnapshot network, Function<String, String> translate,
                                Locale locale) {
        AnalysisScope scope = state.scope();
        var parts = new ArrayList<String>();
        if (!scope.countries().isEmpty()) {
            parts.add(scope.countries().stream().sorted()
                    .map(c -> ReaderWords.country(c, network.country(c).map(x -> x.name()).orElse(null), locale))
                    .collect(Collectors.joining(", ")));
        }
        if (!scope.regions().isEmpty()) {
            parts.add(scope.regions().stream().map(r -> translate.apply("region." + token(r.name()))).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (!scope.types().isEmpty()) {
            parts.add(scope.types().stream().map(t -> translate.apply("type." + token(t.name()))).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (!scope.kinds().isEmpty()) {
            parts.add(scope.kinds().stream().map(k -> translate.apply("kind." + token(k.name()))).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (!scope.themes().isEmpty()) {
            parts.add(scope.themes().stream().map(t -> ReaderWords.theme(t, locale)).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (!scope.activities().isEmpty()) {
            parts.add(scope.activities().stream().map(a -> translate.apply("activity." + token(a.name()))).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (!scope.statuses().isEmpty()) {
            parts.add(scope.statuses().stream().map(s -> translate.apply("status." + token(s.name()))).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (scope.year() != null) {
            parts.add(translate.apply("picture.as-of").replace("{0}", String.valueOf(scope.year())));
        }
        if (state.selected() != null && state.focus() > 0) {
            String name = network.organisation(state.selected()).map(Organisation::name).orElse(state.selected());
            parts.add(translate.apply("picture.around").replace("{0}", name));
        }
        return parts;
    }

    private static String token(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
