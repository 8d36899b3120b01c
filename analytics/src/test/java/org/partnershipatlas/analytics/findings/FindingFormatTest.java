package org.partnershipatlas.analytics.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.brokerage.BrokerageRole;
import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Challenge;
import org.partnershipatlas.model.Factor;

class FindingFormatTest {
    private static final Pattern EMITTED = Pattern.compile("Finding\\.of\\(\\s*\"([A-Z0-9_]+)\"");

    /** Every code the analytics sources emit, found by their {@code Finding.of("CODE"} literals. */
    static TreeSet<String> emittedCodes(Path sources) throws IOException {
        var codes = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var m = EMITTED.matcher(Files.readString(f));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    @Test
    void englishTable_hasATextForEveryCodeTheAnalyticsEmitAndEveryWord() throws IOException {
        var codes = emittedCodes(Path.of("src/main/java"));
        assertThat(codes).contains("NO_PARTNER_LINK", "ONLY_ROUTE_TO", "ASK_TO_INTRODUCE", "REMOVAL_EFFECT", "ASSESSED");
        var table = FindingFormat.englishTable();
        for (String code : codes) {
            assertThat(table.stringPropertyNames()).as(code).containsAll(FindingFormat.keys(code));
        }
        for (Class<? extends Enum<?>> type : List.of(Activity.class, BrokerageRole.class, Factor.class, Challenge.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(table.getProperty(FindingFormat.wordKey(constant))).as(constant.name()).isNotBlank();
            }
        }
    }

    @Test
    void englishTable_saysWhatEachBrokerageRoleMeans_asTheRoleDefinesIt() {
        var table = FindingFormat.englishTable();
        for (BrokerageRole role : BrokerageRole.values()) {
            assertThat(table.getProperty(FindingFormat.wordKey(role)))
                    .isEqualTo(role.name().toLowerCase(Locale.ROOT) + " (" + role.meaning() + ")");
        }
    }

    @Test
    void english_pluralsMediansAndPercentages() {
        assertThat(Finding.of("FEWER_LINKS", "links", 1, "median", 3.0).english())
                .isEqualTo("1 link against a median of 3");
        assertThat(Finding.of("FEWER_LINKS", "links", 2, "median", 4.5).english())
                .isEqualTo("2 links against a median of 4.5");
        assertThat(Finding.of("DEPENDS_ON_BROKER", "percent", 100 * 2 / 3.0, "broker", "PONT", "brokerId", "pont")
                .english()).isEqualTo("67% of its links pass through PONT");
        assertThat(Finding.of("SHORTEST_ROUTES_SHARE", "percent", 33.3, "pairs", 120.0, "estimated", false).english())
                .isEqualTo("on 33% of shortest routes between other organisations");
        assertThat(Finding.of("SHORTEST_ROUTES_SHARE", "percent", 0.4, "estimated", true).english())
                .isEqualTo("on less than 1% of shortest routes between other organisations (estimated by sampling)");
        assertThat(Finding.of("SHORTEST_ROUTES_SHARE", "percent", 12.6, "estimated", true).english())
                .isEqualTo("on about 13% of shortest routes between other organisations (estimated by sampling)");
        assertThat(Finding.of("FUNDING_ENDS", "year", 2026).english()).isEqualTo("funding ends in 2026");
    }

    @Test
    void english_optionalPartsPickTheirOwnText() {
        assertThat(Finding.of("NO_PARTNER_LINK").english()).isEqualTo("no known link to a partner-country organisation");
        assertThat(Finding.of("NO_PARTNER_LINK", "ties", NameList.of(List.of("IHCC", "NHS Wales"))).english())
                .isEqualTo("no known link to a partner-country organisation (its only ties: IHCC and NHS Wales)");
        assertThat(Finding.of("ASSESSED", "assessed", 2, "links", 5, "weakest", Factor.SHARED_GOALS, "mean", 1.25)
                .english()).isEqualTo("2 of 5 links assessed; weakest: shared goals (1.2 of 3)");
        assertThat(FindingFormat.keys("BRIDGE_CUTS_OFF"))
                .containsExactly("finding.BRIDGE_CUTS_OFF", "finding.BRIDGE_CUTS_OFF.byCountry");
    }

    @Test
    void english_namesAreListedThenCounted_andCountriesCounted() {
        var organisations = NameList.of(List.of("A", "B", "C", "D", "E", "F", "G"));
        var byCountry = List.of(new CountryCount("LS", "Lesotho", 5), new CountryCount(null, null, 2));
        assertThat(Finding.of("ONLY_ROUTE_TO", "count", 7, "byCountry", byCountry, "organisations", organisations)
                .english()).isEqualTo("only route to 7 organisations (5 in Lesotho, 2 with no country): A, B, C and 4 more");
        assertThat(Finding.of("ONLY_ROUTE_TO", "count", 1, "organisations", NameList.of(List.of("A"))).english())
                .isEqualTo("only route to 1 organisation: A");
        assertThat(new NameList(List.of("A", "B"), 30).more()).isEqualTo(28);
    }

    @Test
    void english_booleansAndCountsSwitchClausesOnAndOff() {
        var cut = NameList.of(List.of("Busia County Referral Hospital"));
        assertThat(Finding.of("BRIDGE_CUTS_OFF", "from", "Betsi", "to", "Busia", "count", 1, "organisations", cut,
                "links", 1, "inferred", false).english())
                .isEqualTo("losing the tie Betsi – Busia cuts off 1 organisation: Busia County Referral Hospital");
        assertThat(Finding.of("BRIDGE_CUTS_OFF", "from", "Betsi", "to", "Busia", "count", 1, "organisations", cut,
                "links", 2, "inferred", true).english())
                .endsWith(": Busia County Referral Hospital; the pair is held by 2 links; attribution inferred");
        assertThat(Finding.of("COUNTRY_LINKS", "country", "Namibia", "links", 1, "organisations", 2, "thin", true)
                .english()).isEqualTo("Namibia: 1 link to 2 organisations — a thin connection");
        assertThat(Finding.of("REMOVAL_EFFECT", "removed", NameList.of(List.of("IHCC")), "before", 3, "after", 3,
                "parts", 0, "lostRoutes", 0).english()).isEqualTo("removing IHCC: 3 → 3 components, nothing else cut off");
    }

    @Test
    void otherTables_useTheirOwnSmallWords_andWelshAcBeforeAVowel() {
        Map<String, String> welsh = Map.of(
                "finding.SHARED_PARTNERS", "yn rhannu {count} partner: {partners}",
                "finding.list.and", "{items} a {last}",
                "finding.list.and-vowel", "{items} ac {last}",
                "finding.list.more", "{count} arall",
                "finding.NO_EXIT_STRATEGY", "dim strategaeth i'w gadael",
                "finding.LESS_RECIPROCAL", "{percent,number,integer}% o''i gysylltiadau''n ddwyochrog",
                "finding.BRIDGE_TIES", "{count,choice,1#mae''n bont|1<mae {count} o''i chysylltiadau''n bontydd}");
        var format = new FindingFormat(welsh::get, Locale.forLanguageTag("cy"));
        assertThat(format.format(Finding.of("SHARED_PARTNERS", "count", 2,
                "partners", NameList.of(List.of("Caerdydd", "Abertawe"))))).isEqualTo("yn rhannu 2 partner: Caerdydd ac Abertawe");
        assertThat(format.format(Finding.of("SHARED_PARTNERS", "count", 5,
                "partners", NameList.of(List.of("A", "B", "C", "D", "E"))))).isEqualTo("yn rhannu 5 partner: A, B, C a 2 arall");
        assertThat(format.format(Finding.of("SHARED_PARTNERS", "count", 4,
                "partners", NameList.of(List.of("A", "B", "C", "D"))))).as("1 is un").isEqualTo("yn rhannu 4 partner: A, B, C ac 1 arall");
        assertThat(FindingFormat.startsWithVowel("15 arall")).isTrue();
        assertThat(FindingFormat.startsWithVowel("2 arall")).isFalse();
        assertThat(FindingFormat.startsWithVowel("150 arall")).isFalse();
        assertThat(format.format(Finding.of("NO_EXIT_STRATEGY"))).as("no arguments: as written")
                .isEqualTo("dim strategaeth i'w gadael");
        assertThat(format.format(Finding.of("LESS_RECIPROCAL", "percent", 25.0, "medianPercent", 50.0)))
                .isEqualTo("25% o'i gysylltiadau'n ddwyochrog");
        assertThat(format.format(Finding.of("BRIDGE_TIES", "count", 1))).isEqualTo("mae'n bont");
        assertThat(format.format(Finding.of("BRIDGE_TIES", "count", 3))).as("an apostrophe in a choice with an argument")
                .isEqualTo("mae 3 o'i chysylltiadau'n bontydd");
        assertThat(format.format(Finding.of("NO_LINKS"))).as("no text: the code").startsWith("NO_LINKS");
    }

    @Test
    void finding_keepsArgumentsInOrderWithoutNulls_andRefusesBadCodes() {
        var f = Finding.of("FEWER_LINKS", "links", 2, "nothing", null, "median", 3.0);
        assertThat(f.arguments().keySet()).containsExactly("links", "median");
        assertThatThrownBy(() -> Finding.of("fewer links")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Finding.of("FEWER_LINKS", "links")).isInstanceOf(IllegalArgumentException.class);
    }
}
