package org.partnershipatlas.texts;

import java.time.Instant;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;

import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Themes;

/**
 * Names and dates in the reader's language, where the network stores one English word: a country's name (Welsh
 * from the JDK's CLDR data, "De Affrica" for South Africa; English as the network names it), a theme's label (the
 * theme vocabulary's Welsh label), and dates as people in Wales write them ("16 January 2027", "16 Ionawr 2027";
 * never "1/16/2027"). Organisation names, citations and descriptions are data and stay as written.
 */
public final class ReaderWords {
    /** The UK's nations (ISO 3166-2), which CLDR does not name. */
    /** The UK's nations, and countries whose CLDR Welsh name is a cataloguer's ("Y Congo - Kinshasa"), not a reader's. */
    private static final Map<String, String> WELSH_NATIONS = Map.of("GB-WLS", "Cymru", "GB-ENG", "Lloegr",
            "GB-SCT", "Yr Alban", "GB-NIR", "Gogledd Iwerddon", "CD", "Gweriniaeth Ddemocrataidd y Congo",
            "CG", "Gweriniaeth y Congo");
    private static final Map<String, String> ENGLISH_NATIONS = Map.of("GB-WLS", "Wales", "GB-ENG", "England",
            "GB-SCT", "Scotland", "GB-NIR", "Northern Ireland");
    /** English as written in Britain: day, month, year. */
    public static final Locale BRITISH = Locale.UK;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");

    private ReaderWords() {
    }

    /** The locale whose conventions a reader of {@code locale} expects: Welsh, or British English. */
    public static Locale conventions(Locale locale) {
        return Texts.isWelsh(locale) ? Texts.WELSH : BRITISH;
    }

    /** A country's name: in Welsh from CLDR (the network's name where CLDR has none), in English the network's. */
    public static String country(Country country, Locale locale) {
        return country == null ? "" : country(country.code(), country.name(), locale);
    }

    /**
     * The name of the country with {@code code}; {@code name} is the network's (English) name, used for English and
     * where no Welsh name is known. With no name at all, the code is all there is.
     */
    public static String country(String code, String name, Locale locale) {
        if (code == null) {
            return name == null ? "" : name;
        }
        if (Texts.isWelsh(locale)) {
            String nation = WELSH_NATIONS.get(code);
            if (nation != null) {
                return nation;
            }
            if (code.length() == 2) {
                String welsh = new Locale("", code).getDisplayCountry(Texts.WELSH);
                if (!welsh.isBlank() && !welsh.equals(code)) {
                    return welsh;
                }
            }
        }
        if (name != null && !name.isBlank()) {
            return name;
        }
        String english = code.length() == 2 ? new Locale("", code).getDisplayCountry(Locale.ENGLISH)
                : ENGLISH_NATIONS.getOrDefault(code, code);
        return english.isBlank() ? code : english;
    }

    /**
     * A theme's label in the reader's language: the vocabulary's Welsh label for a theme it knows (by its English
     * label, a variant or its key); a theme it does not know is data, shown as written.
     */
    public static String theme(String theme, Locale locale) {
        if (theme == null) {
            return "";
        }
        return Themes.resolve(theme).map(t -> t.label(Texts.isWelsh(locale) ? "cy" : "en"))
                .orElse(theme);
    }

    /** "16 January 2027", "16 Ionawr 2027". */
    public static String date(TemporalAccessor date, Locale locale) {
        return date == null ? "" : DAY.withLocale(conventions(locale)).format(date);
    }

    /** "16 January 2027, 09:30" (UTC), "16 Ionawr 2027, 09:30". */
    public static String dateTime(Instant at, Locale locale) {
        return at == null ? "" : DAY_AND_TIME.withLocale(conventions(locale)).format(ZonedDateTime.ofInstant(at,
                ZoneOffset.UTC));
    }

    /** A day written as an ISO date ("2026-01-16") in words, or the text as it is when it is not one. */
    public static String isoDate(String text, Locale locale) {
        try {
            return date(LocalDate.parse(text), locale);
        } catch (RuntimeException notADate) {
            return text;
        }
    }
}
