package org.partnershipatlas.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Challenge;
import org.partnershipatlas.model.ChallengeLevel;
import org.partnershipatlas.model.Charter;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Evaluation;
import org.partnershipatlas.model.Factor;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Outcome;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.model.Themes;

/**
 * Property tests: any valid network — assessments, dissolved and placeholder organisations, text that a spreadsheet
 * would run as a formula included — survives JSON and CSV round trips unchanged, and writes the same text again.
 */
class RoundTripPropertiesTest {

    @Property(tries = 200)
    void json_roundTrip_isLossless(@ForAll("networks") NetworkSnapshot network) {
        String json = JsonSnapshotFormat.toJson(network, false);
        NetworkSnapshot back = JsonSnapshotFormat.read(json);
        assertThat(back).isEqualTo(network);
        assertThat(JsonSnapshotFormat.toJson(back, false)).isEqualTo(json);
    }

    @Property(tries = 200)
    void csv_roundTrip_isLossless(@ForAll("networks") NetworkSnapshot network) {
        String orgs = CsvSnapshotFormat.organisationsCsv(network);
        String links = CsvSnapshotFormat.linksCsv(network);
        String assessments = CsvSnapshotFormat.assessmentsCsv(network);
        NetworkSnapshot back = CsvSnapshotFormat.read(new StringReader(orgs), new StringReader(links),
                new StringReader(assessments));
        assertThat(back).isEqualTo(network);
        assertThat(CsvSnapshotFormat.organisationsCsv(back)).isEqualTo(orgs);
        assertThat(CsvSnapshotFormat.linksCsv(back)).isEqualTo(links);
        assertThat(CsvSnapshotFormat.assessmentsCsv(back)).isEqualTo(assessments);
    }

    @Property(tries = 300)
    void defuseThenUndefuse_anyCell_givesItBackAndNeverStartsAFormula(@ForAll("cells") String value) {
        String written = CsvCells.defuse(value);
        assertThat(CsvCells.undefuse(written)).isEqualTo(value);
        if (!written.isEmpty()) {
            assertThat("=+-@\t\r").doesNotContain(written.substring(0, 1));
        }
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings().withChars("=+-@\t\r'a ,\"").ofMaxLength(6);
    }

    /**
     * One line of text with the characters that break naive writers: quotes, commas, markup, Cypher, Welsh, and
     * the first characters of a spreadsheet formula or its escape ({@code = + - @ '}).
     */
    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abc ,\"';|<>/{}()ŵŷâ\\=+-@").ofMinLength(1).ofMaxLength(30)
                        .filter(s -> !s.isBlank() && s.strip().equals(s)),
                Arbitraries.of("<img src=x onerror=alert(1)>", "'}) DETACH DELETE n //", "Ysbyty Gwynedd",
                        "=HYPERLINK(\"https://evil.example\",\"click\")", "+44 29 2000 0000", "-5", "@SUM(A1)",
                        "'quoted", "''twice"));
    }

    /** Paragraphs: line text with line breaks ({@code \n}, {@code \r\n}) and tabs, even at the start. */
    private static Arbitrary<String> longText() {
        return Arbitraries.oneOf(text(),
                Combinators.combine(Arbitraries.of("\t", "\n", "\r\n", "", "="), text(), Arbitraries.of("\n", "\r\n", "\t"), text())
                        .as((a, b, c, d) -> a + b + c + d));
    }

    private static Arbitrary<Source> source() {
        return Combinators.combine(
                        text().filter(s -> !s.contains(";;") && !s.contains("|")),
                        Arbitraries.of(null, "https://example.org/a?b=1", "http://wales.nhs.uk/x"))
                .as(Source::new);
    }

    private static Arbitrary<Outcome> outcome() {
        return Combinators.combine(
                        text().filter(s -> !s.contains("|") && !s.contains(";;")),
                        Arbitraries.of(new BigDecimal("60"), new BigDecimal("12.5"), new BigDecimal("-3"),
                                new BigDecimal("0.000001"), new BigDecimal("999999999999"), BigDecimal.ZERO),
                        Arbitraries.integers().between(1990, 2025).injectNull(0.3),
                        text().filter(s -> !s.contains("|") && !s.contains(";;")).injectNull(0.5))
                .as(Outcome::new);
    }

    private static <K extends Enum<K>> Arbitrary<Map<K, Integer>> scores(Class<K> type) {
        return Arbitraries.subsetOf(type.getEnumConstants()).flatMap(keys -> Arbitraries.integers().between(0, 3)
                .list().ofSize(keys.size()).map(values -> {
                    var map = new EnumMap<K, Integer>(type);
                    int i = 0;
                    for (K key : keys) {
                        map.put(key, values.get(i++));
                    }
                    return map;
                }));
    }

    private static Arbitrary<Map<Challenge, ChallengeLevel>> levels() {
        return Arbitraries.subsetOf(Challenge.values()).flatMap(keys -> Arbitraries.of(ChallengeLevel.class)
                .list().ofSize(keys.size()).map(values -> {
                    var map = new EnumMap<Challenge, ChallengeLevel>(Challenge.class);
                    int i = 0;
                    for (Challenge key : keys) {
                        map.put(key, values.get(i++));
                    }
                    return map;
                }));
    }

    private static Arbitrary<Charter> charter() {
        return Combinators.combine(Arbitraries.integers().between(0, 3).injectNull(0.3),
                        Arbitraries.integers().between(0, 3).injectNull(0.3),
                        Arbitraries.integers().between(0, 3).injectNull(0.3),
                        Arbitraries.integers().between(0, 3).injectNull(0.3))
                .as(Charter::new).injectNull(0.3);
    }

    /** A dated assessment (the date is set when the list is put in order). */
    private static Arbitrary<Assessment> assessment() {
        Arbitrary<Object[]> first = Combinators.combine(
                        text().injectNull(0.4), charter(), scores(Factor.class), levels(),
                        Arbitraries.of(Evaluation.class).injectNull(0.3),
                        Arbitraries.of(null, "https://example.org/evaluation.pdf"),
                        Arbitraries.of((Boolean) null, true, false),
                        longText().injectNull(0.5))
                .as((by, charter, factors, challenges, evaluation, url, community, toWales)
                        -> new Object[] {by, charter, factors, challenges, evaluation, url, community, toWales});
        Arbitrary<Object[]> second = Combinators.combine(
                        longText().injectNull(0.5),
                        text().filter(s -> !s.contains(";")).list().ofMaxSize(3),
                        Arbitraries.integers().between(2000, 2040).injectNull(0.5),
                        Arbitraries.of((Boolean) null, true, false),
                        outcome().list().ofMaxSize(3),
                        source().list().ofMaxSize(2))
                .as((toPartner, funders, until, exit, outcomes, sources)
                        -> new Object[] {toPartner, funders, until, exit, outcomes, sources});
        return Combinators.combine(first, second).as(RoundTripPropertiesTest::assessment);
    }

    @SuppressWarnings("unchecked")
    private static Assessment assessment(Object[] a, Object[] b) {
        return new Assessment(LocalDate.of(2020, 1, 1), (String) a[0], (Charter) a[1], (Map<Factor, Integer>) a[2],
                (Map<Challenge, ChallengeLevel>) a[3], (Evaluation) a[4], (String) a[5], (Boolean) a[6], (String) a[7],
                (String) b[0], (List<String>) b[1], (Integer) b[2], (Boolean) b[3], (List<Outcome>) b[4],
                (List<Source>) b[5]);
    }

    /** Assessments oldest first, sometimes after the older single charter (undated). */
    private static Arbitrary<List<Assessment>> assessments() {
        return Combinators.combine(
                        assessment().list().ofMaxSize(3),
                        Arbitraries.integers().between(0, 9000).list().ofSize(3),
                        Arbitraries.of(null, new Charter(2, 3, null, 1)))
                .as((dated, days, undated) -> {
                    var sortedDays = days.stream().sorted().toList();
                    var result = new ArrayList<Assessment>();
                    if (undated != null) {
                        result.add(Assessment.undated(undated));
                    }
                    for (int i = 0; i < dated.size(); i++) {
                        Assessment x = dated.get(i);
                        result.add(new Assessment(LocalDate.of(2000, 1, 1).plusDays(sortedDays.get(i)), x.assessedBy(),
                                x.charter(), x.factors(), x.challenges(), x.evaluation(), x.evaluationUrl(),
                                x.communityInvolvement(), x.benefitsToWales(), x.benefitsToPartner(), x.funders(),
                                x.fundedUntil(), x.exitStrategy(), x.outcomes(), x.sources()));
                    }
                    return result;
                });
    }

    @Provide
    Arbitrary<NetworkSnapshot> networks() {
        Arbitrary<Organisation> organisation = Combinators.combine(
                        Combinators.combine(text().filter(s -> s.length() <= 200), longText().injectNull(0.3),
                                Arbitraries.of((Integer) null, 1950, 2024)).as((name, description, dissolved)
                                -> new Object[] {name, description, dissolved}),
                        Arbitraries.of(OrganisationType.class),
                        Arbitraries.of(null, "GB-WLS", "LS", "KE", "UG"),
                        Arbitraries.of(null, "Cardiff", "Maseru, \"the capital\"", "=cmd"),
                        Arbitraries.integers().between(1900, 2020).injectNull(0.3),
                        Arbitraries.of((Boolean) null, true, false),
                        Arbitraries.of(Confidence.class),
                        source().list().ofMinSize(1).ofMaxSize(3))
                .as((nameEtc, type, country, city, founded, seeking, confidence, sources) -> {
                    Integer dissolved = (Integer) nameEtc[2];
                    if (dissolved != null && founded != null && dissolved < founded) {
                        dissolved = null;
                    }
                    return new Organisation("x", (String) nameEtc[0], type, country, city, founded, null,
                            (String) nameEtc[1], seeking, confidence, sources, dissolved,
                            founded != null && founded % 3 == 0);
                });
        return organisation.list().ofMinSize(2).ofMaxSize(8).flatMap(orgs -> {
            var numbered = new ArrayList<Organisation>();
            for (int i = 0; i < orgs.size(); i++) {
                Organisation o = orgs.get(i);
                numbered.add(new Organisation("org-" + i, o.name(), o.type(), o.country(), o.city(), o.founded(),
                        o.website(), o.description(), o.seekingPartner(), o.confidence(), o.sources(), o.dissolved(),
                        o.placeholder()));
            }
            Arbitrary<Link> link = Combinators.combine(
                            Arbitraries.integers().between(0, numbered.size() - 1),
                            Arbitraries.integers().between(1, numbered.size() - 1),
                            Arbitraries.of(LinkKind.class),
                            Arbitraries.integers().between(1950, 2020).injectNull(0.3),
                            Arbitraries.of(LinkStatus.class),
                            // Themes from the list (a theme outside it is refused by default: ThemePolicyTest).
                            Arbitraries.of(Themes.labels()).list().uniqueElements().ofMaxSize(3),
                            Arbitraries.subsetOf(Activity.values()),
                            assessments())
                    .as((from, offset, kind, since, status, themes, activities, assessments) -> new Link("x",
                            "org-" + from, "org-" + ((from + offset) % numbered.size()), kind, since,
                            since == null ? null : since + 3, status, themes, List.copyOf(activities), Learning.RECIPROCAL,
                            since == null ? null : 1 + since % 5, Confidence.A, List.of(new Source("cited", null)),
                            assessments));
            return link.list().ofMaxSize(10).map(links -> {
                var numberedLinks = new ArrayList<Link>();
                for (int i = 0; i < links.size(); i++) {
                    Link l = links.get(i);
                    numberedLinks.add(new Link("link-" + i, l.from(), l.to(), l.kind(), l.since(), l.until(), l.status(),
                            l.since() == null ? null : l.since() + 1 + i % 3, l.themes(), l.activities(), l.learning(),
                            l.strength(), l.confidence(), l.sources(), l.assessments()));
                }
                return new NetworkSnapshot(List.of(), numbered, numberedLinks);
            });
        });
    }
}
