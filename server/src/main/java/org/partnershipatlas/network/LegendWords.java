package org.partnershipatlas.network;

import org.partnershipatlas.texts.ReaderWords;
import java.util.Locale;
import java.util.function.Function;

/**
 * The words of the picture's legend for a category value, in the reader's language: type, region and community
 * names translated, countries named by the network itself, {@code ""} as not stated and {@code null} as "other".
 */
public final class LegendWords {
    private LegendWords() {
    }

    /** A labeller that speaks the reader's language, marks and country names included. */
    public static ExplorerService.Labeller labeller(Function<String, String> translate, Locale locale) {
        return new ExplorerService.Labeller() {
            @Override
            public String country(String code, String name) {
                return ReaderWords.country(code, name, locale);
            }

            @Override
            public String label(ColourBy by, String value) {
                return LegendWords.label(translate, by, value);
            }

            @Override
            public String mark(NetworkPicture.Mark mark) {
                return translate.apply("picture." + mark.token());
            }

            @Override
            public String linkClass(LinkColour.LinkClass linkClass) {
                return translate.apply("link-class." + linkClass.token());
            }
        };
    }

    public static String label(Function<String, String> translate, ColourBy by, String value) {
        if (value == null) {
            return translate.apply("legend.other");
        }
        if (value.isEmpty()) {
            return translate.apply("legend.unknown");
        }
        return switch (by) {
            case TYPE -> translate.apply("type." + value.toLowerCase(Locale.ROOT).replace('_', '-'));
            case REGION -> translate.apply("region." + value.toLowerCase(Locale.ROOT).replace('_', '-'));
            case COUNTRY -> value;   // named by the service from the network itself
            case COMMUNITY -> translate.apply("legend.community").replace("{0}", value);
        };
    }
}
