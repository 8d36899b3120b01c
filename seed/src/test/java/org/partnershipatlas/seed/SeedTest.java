package org.partnershipatlas.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.partnershipatlas.format.CsvSnapshotFormat;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Region;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.model.Themes;

/** The shipped seed against its sources: nothing drifts, nothing is unsourced, nothing stated is left out. */
class SeedTest {
    private static final Path SOURCES = Path.of("sources");
    private static final NetworkSnapshot SEED = WalesAfricaSeed.loadAll();

    @Test
    void shippedSnapshot_equalsARebuildFromTheSpreadsheets() {
        assertThat(SEED)
                .as("seed/src/main/resources%s is stale: run mvn -q -pl seed -am -Pbuild-seed process-classes",
                        WalesAfricaSeed.RESOURCE)
                .isEqualTo(SeedBuilder.build(SOURCES));
    }

    @Test
    void spreadsheets_roundTripByteForByte() throws IOException {
        String orgs = Files.readString(SOURCES.resolve("organisations.csv"));
        String links = Files.readString(SOURCES.resolve("links.csv"));
        NetworkSnapshot read = CsvSnapshotFormat.read(new StringReader(orgs), new StringReader(links));
        assertThat(CsvSnapshotFormat.organisationsCsv(read)).isEqualTo(orgs);
        assertThat(CsvSnapshotFormat.linksCsv(read)).isEqualTo(links);
    }

    @Test
    void everyOrganisationAndLink_citesAPublicPage_andIsNotIllustrative() {
        assertThat(SEED.organisations()).allSatisfy(o -> {
            assertThat(o.sources()).as(o.id()).isNotEmpty().allSatisfy(source -> assertThat(source.url())
                    .as("%s cites \"%s\" without a public address", o.id(), source.citation()).matches("https?://.+"));
            assertThat(o.confidence()).as(o.id()).isNotEqualTo(Confidence.ILLUSTRATIVE);
        });
        assertThat(SEED.links()).allSatisfy(l -> {
            assertThat(l.sources()).as(l.id()).isNotEmpty().allSatisfy(source -> assertThat(source.url())
                    .as("%s cites \"%s\" without a public address", l.id(), source.citation()).matches("https?://.+"));
            assertThat(l.confidence()).as(l.id()).isNotEqualTo(Confidence.ILLUSTRATIVE);
        });
        assertThat(WalesAfricaSeed.load()).isEqualTo(SEED);
    }

    /** How the data was built stays in seed/sources (provenance.csv, HOW-BUILT.md): readers see only reader words. */
    private static final Pattern INTERNAL = Pattern.compile(
            "\\b[LC]\\d{2}[a-e]?\\b|\\.csv\\b|\\.md\\b|Searched for|context fact|wales-africa-links|census|lead \\d");

    @Test
    void shownCitationsAndDescriptions_areReaderWords_titlePublisherDate_withoutNotesOnHowTheDataWasBuilt() {
        for (Organisation o : SEED.organisations()) {
            assertThat(o.description() == null ? "" : o.description()).as(o.id()).doesNotContainPattern(INTERNAL);
            o.sources().forEach(s -> assertReaderCitation(o.id(), s));
        }
        for (Link l : SEED.links()) {
            l.sources().forEach(s -> assertReaderCitation(l.id(), s));
        }
    }

    private static void assertReaderCitation(String id, Source source) {
        assertThat(source.citation()).as(id).doesNotContainPattern(INTERNAL)
                // "title, publisher, date": at least three parts
                .matches(c -> c.split(", ").length >= 3, "title, publisher, date");
    }

    @Test
    void everyThemeOfTheSeed_isALabelOfTheThemeList() {
        assertThat(SEED.links()).allSatisfy(l -> assertThat(l.themes()).as(l.id()).allSatisfy(theme ->
                assertThat(Themes.resolve(theme).map(Theme::english)).as(theme).contains(theme)));
        long used = SEED.links().stream().flatMap(l -> l.themes().stream()).distinct().count();
        assertThat(used).isLessThanOrEqualTo(Themes.MAX_THEMES);
    }

    /** A Board or Trust reaches abroad through itself, the bodies it succeeded, its units and their link bodies. */
    @Test
    void everyCurrentBoardAndTrust_isLinkedOutsideWales() {
        List<Organisation> members = SEED.organisations().stream()
                .filter(o -> o.type() == OrganisationType.HEALTH_BOARD || o.type() == OrganisationType.NHS_TRUST)
                .filter(SEED::isCurrent).toList();
        assertThat(members).extracting(Organisation::id).contains("hywel-dda-uhb", "cardiff-and-vale-uhb",
                "public-health-wales", "velindre-university-nhs-trust", "welsh-ambulance-services-university-nhs-trust");
        for (Organisation member : members) {
            Set<String> units = units(member.id());
            boolean abroad = SEED.links().stream().anyMatch(l -> (units.contains(l.from()) && outsideWales(l.to()))
                    || (units.contains(l.to()) && outsideWales(l.from())));
            assertThat(abroad).as("%s (units %s) has no link outside Wales", member.id(), units).isTrue();
        }
    }

    @Test
    void aBoardWithoutANamedPartner_hasThePapersLinkToAnUnnamedPartner_graded_C() {
        Link link = SEED.link("hywel-dda-uhb-african-health-link").orElseThrow();
        assertThat(link.confidence()).isEqualTo(Confidence.C);
        assertThat(SEED.organisation(link.to()).orElseThrow().placeholder()).isTrue();
        assertThat(link.sources()).singleElement().satisfies(s -> assertThat(s.citation())
                .contains("every Health Board in Wales now has a health link in Africa"));
    }

    @Test
    void theCensus_reachesItsSize_150Organisations_180Links_18AfricanPartnerCountries() {
        assertThat(SEED.organisations()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(SEED.links()).hasSizeGreaterThanOrEqualTo(180);
        Set<String> african = new TreeSet<>();
        for (Link l : SEED.links()) {
            for (String end : List.of(l.from(), l.to())) {
                SEED.organisation(end).map(Organisation::country).flatMap(Countries::known)
                        .filter(c -> c.region() == Region.SUB_SAHARAN_AFRICA || c.region() == Region.NORTH_AFRICA)
                        .ifPresent(c -> african.add(c.code()));
            }
        }
        assertThat(african).as("African partner countries").hasSizeGreaterThanOrEqualTo(18);
    }

    @Test
    void anActiveLink_saysWhenItWasLastSeenActive() {
        assertThat(SEED.links()).filteredOn(l -> l.status() == LinkStatus.ACTIVE)
                .isNotEmpty().allSatisfy(l -> assertThat(l.lastEvidence()).as(l.id()).isNotNull());
        assertThat(SEED.links()).allSatisfy(l -> {
            if (l.lastEvidence() != null && l.since() != null) {
                assertThat(l.lastEvidence()).as(l.id()).isGreaterThanOrEqualTo(l.since());
            }
        });
    }

    @Test
    void everyOrganisationAndLink_isTracedInProvenanceCsv_andEveryCensusLeadIsAccountedFor() throws IOException {
        List<Map<String, String>> provenance = table("provenance.csv");
        Set<String> traced = provenance.stream().filter(r -> !r.get("kind").equals("removed-link"))
                .map(r -> r.get("kind") + ":" + r.get("id")).collect(Collectors.toSet());
        Set<String> inSeed = new TreeSet<>();
        SEED.organisations().forEach(o -> inSeed.add("organisation:" + o.id()));
        SEED.links().forEach(l -> inSeed.add("link:" + l.id()));
        assertThat(traced).isEqualTo(inSeed);
        // Each of the 92 census leads either held (named in a row's leads) or is explained in HOW-BUILT.md.
        String howBuilt = Files.readString(SOURCES.resolve("HOW-BUILT.md"));
        Set<Integer> held = new TreeSet<>();
        var numbers = Pattern.compile("census ([0-9, -]+)");
        for (Map<String, String> row : provenance) {
            var m = numbers.matcher(row.get("leads"));
            while (m.find()) {
                for (String part : m.group(1).split(",\\s*")) {
                    String[] range = part.strip().split("-");
                    if (range[0].isBlank()) {
                        continue;
                    }
                    int from = Integer.parseInt(range[0].strip());
                    int to = range.length > 1 ? Integer.parseInt(range[1].strip()) : from;
                    for (int i = from; i <= to; i++) {
                        held.add(i);
                    }
                }
            }
        }
        for (int lead = 1; lead <= 92; lead++) {
            if (!held.contains(lead)) {
                assertThat(howBuilt).as("census lead %d is neither in provenance.csv nor explained", lead)
                        .containsPattern("\\| " + lead + " \\|");
            }
        }
    }

    @Test
    void allSevenHealthBoardsAndTheThreeTrusts_arePresent() {
        assertThat(idsOf(o -> o.type() == OrganisationType.HEALTH_BOARD)).containsExactlyInAnyOrder(
                "aneurin-bevan-uhb", "betsi-cadwaladr-uhb", "cardiff-and-vale-uhb", "cwm-taf-morgannwg-uhb",
                "hywel-dda-uhb", "powys-teaching-health-board", "swansea-bay-uhb");
        assertThat(idsOf(o -> o.type() == OrganisationType.NHS_TRUST)).contains(
                "public-health-wales", "velindre-university-nhs-trust", "welsh-ambulance-services-university-nhs-trust");
    }

    @Test
    void theBodiesThePaperNames_arePresent() {
        assertThat(idsOf(o -> true)).contains("ihcc", "welsh-government", "wales-and-africa-programme",
                "hub-cymru-africa", "global-health-links-cymru", "sub-sahara-advisory-panel",
                "welsh-centre-for-international-affairs", "fair-trade-wales", "dolen-cymru",
                "wales-for-africa-health-links-network", "global-health-partnerships-cymru", "indian-health-partnership",
                "19-hills-health-and-wellbeing-centre", "who-cc-investment-for-health-and-well-being");
        assertThat(SEED.organisation("19-hills-health-and-wellbeing-centre").orElseThrow().seekingPartner()).isTrue();
        assertThat(SEED.organisations().stream().filter(o -> Boolean.TRUE.equals(o.seekingPartner())).count()).isEqualTo(1);
    }

    @Test
    void everyDissolvedBody_namesItsSuccessorByASuccessionLinkOfThatYear_andTheChainEndsInACurrentBody() {
        assertThat(SEED.organisations()).filteredOn(o -> o.dissolved() != null)
                .extracting(Organisation::id, Organisation::dissolved)
                .containsExactlyInAnyOrder(tuple("wales-for-africa-health-links-network", 2024),
                        tuple("swansea-nhs-trust", 2008), tuple("abm-university-nhs-trust", 2009),
                        tuple("gwent-healthcare-nhs-trust", 2009));
        for (Organisation dissolved : SEED.organisations()) {
            if (dissolved.dissolved() == null) {
                continue;
            }
            List<Link> successions = SEED.linksOf(dissolved.id()).stream()
                    .filter(l -> l.kind() == LinkKind.SUCCESSION && l.from().equals(dissolved.id())).toList();
            assertThat(successions).as(dissolved.id()).singleElement().satisfies(l -> {
                assertThat(l.since()).isEqualTo(dissolved.dissolved());
                assertThat(l.sources()).isNotEmpty();
            });
            String at = dissolved.id();
            for (int step = 0; step < 5 && SEED.organisation(at).orElseThrow().dissolved() != null; step++) {
                String from = at;
                at = SEED.links().stream().filter(l -> l.kind() == LinkKind.SUCCESSION && l.from().equals(from))
                        .findFirst().orElseThrow().to();
            }
            assertThat(SEED.isCurrent(SEED.organisation(at).orElseThrow())).as(dissolved.id() + " → " + at).isTrue();
        }
        assertThat(units("swansea-bay-uhb")).contains("swansea-nhs-trust", "abm-university-nhs-trust");
    }

    @Test
    void placeholder_organisationsNamedNotNamedInSource_areExactlyThePlaceholders() {
        assertThat(idsOf(Organisation::placeholder))
                .hasSizeGreaterThan(9)
                .containsExactlyInAnyOrderElementsOf(idsOf(o -> o.name().contains("not named in source)")));
    }

    @Test
    void seedLinks_noSourceGivesAnAssessment_haveNone() {
        // No source gives a partnership's self-assessment: none is invented.
        assertThat(SEED.links()).allSatisfy(l -> assertThat(l.assessments()).as(l.id()).isEmpty());
    }

    /** A fact of the paper: its words (which must be in the paper verbatim) and what the seed must say. */
    record PaperFact(String quote, String description, Predicate<NetworkSnapshot> holds) {
        @Override
        public String toString() {
            return description;
        }
    }

    static List<PaperFact> paperFacts() {
        return List.of(
                new PaperFact("Dolen Cymru was formed in 1985", "Dolen Cymru founded 1985",
                        s -> founded(s, "dolen-cymru") == 1985),
                new PaperFact("The Wales and Africa programme was launched in 2006", "Wales and Africa programme 2006",
                        s -> founded(s, "wales-and-africa-programme") == 2006),
                new PaperFact("Hub Cymru Africa is a civil society partnership formed in 2015", "Hub Cymru Africa 2015",
                        s -> founded(s, "hub-cymru-africa") == 2015),
                new PaperFact("The IHCC was set up in 2013", "IHCC 2013", s -> founded(s, "ihcc") == 2013),
                new PaperFact("resulted in the creation of Wales for Africa Health Links Network (WaAHLN)",
                        "WaAHLN created 2007", s -> founded(s, "wales-for-africa-health-links-network") == 2007),
                new PaperFact("In 2024, the UK charity organisation known as Global Health Partnerships merged with WaAHLN to create Global Health Partnerships Cymru",
                        "WaAHLN succeeded by GHP Cymru in 2024",
                        s -> founded(s, "global-health-partnerships-cymru") == 2024
                                && s.organisation("wales-for-africa-health-links-network").orElseThrow().dissolved() == 2024
                                && hasLink(s, "wales-for-africa-health-links-network", "global-health-partnerships-cymru", LinkKind.SUCCESSION)),
                new PaperFact("to bring together the work of Global Health Links Cymru, the Sub-Sahara Advisory Panel, the Welsh Centre for International Affairs and Fair Trade Wales",
                        "Hub Cymru Africa brings together its four partners",
                        s -> List.of("global-health-links-cymru", "sub-sahara-advisory-panel",
                                "welsh-centre-for-international-affairs", "fair-trade-wales").stream()
                                .allMatch(p -> s.linksOf("hub-cymru-africa").stream().anyMatch(l -> l.touches(p)))),
                new PaperFact("Part of Public Health Wales (PHW), it is a unique whole-of-Wales programme of work, bringing together all Health Boards and NHS Trusts",
                        "the IHCC is part of PHW and coordinates every Board",
                        s -> s.linksOf("ihcc").stream().anyMatch(l -> l.touches("public-health-wales"))
                                && s.organisations().stream().filter(Organisation::isHealthBoard)
                                .allMatch(b -> hasLink(s, "ihcc", b.id(), LinkKind.COORDINATION))),
                new PaperFact("19 Hills Health and Wellbeing Centre in Newport, Wales, which is seeking to establish an international partnership",
                        "19 Hills, Newport, seeks a partner",
                        s -> s.organisation("19-hills-health-and-wellbeing-centre")
                                .filter(o -> Boolean.TRUE.equals(o.seekingPartner()) && "Newport".equals(o.city())).isPresent()),
                new PaperFact("calls for CHW model have been made for Wales where the use of CHWs was proposed in North Wales",
                        "Brazilian CHW model proposed for North Wales, learning to Wales",
                        s -> s.links().stream().anyMatch(l -> l.touches("brazil-community-health-worker-model")
                                && l.learning() == org.partnershipatlas.model.Learning.TO_WALES)),
                new PaperFact("Indian Health Partnership (PHW, 2020): This partnership, highlighting collaboration between Welsh General Practitioners and Indian Health Workers",
                        "Welsh GPs – Indian Health Partnership",
                        s -> hasLink(s, "welsh-gps-indian-health-partnership", "indian-health-partnership", LinkKind.HEALTH_LINK)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paperFacts")
    void paperFact_isInThePaperAndInTheSeed(PaperFact fact) throws IOException {
        String paper = Files.readString(SOURCES.resolve(
                "phw-2025-strengthening-health-with-equitable-international-partnerships.txt")).replaceAll("\\s+", " ");
        assertThat(paper).contains(fact.quote());
        assertThat(fact.holds().test(SEED)).as(fact.description()).isTrue();
    }

    @Test
    void everyRowOfConfidenceAOrB_inTheSourcedLinkTable_isALinkCitingAllItsUrls() throws IOException {
        List<Map<String, String>> provenance = table("provenance.csv");
        for (Map<String, String> row : table("wales-africa-links.csv")) {
            String rowId = row.get("link_id");
            Set<String> ids = provenance.stream().filter(p -> p.get("kind").equals("link"))
                    .filter(p -> List.of(p.get("leads").split(";\\s*")).contains("wales-africa-links " + rowId))
                    .map(p -> p.get("id")).collect(Collectors.toSet());
            List<Link> links = SEED.links().stream().filter(l -> ids.contains(l.id())).toList();
            if (row.get("confidence").equals("C")) {
                assertThat(links).as("%s is confidence C and left out (HOW-BUILT.md says why)", rowId).isEmpty();
                assertThat(Files.readString(SOURCES.resolve("HOW-BUILT.md"))).contains(rowId);
                continue;
            }
            assertThat(links).as(rowId).isNotEmpty();
            var cited = links.stream().flatMap(l -> l.sources().stream()).map(Source::url).collect(Collectors.toSet());
            for (String url : row.get("sources").split(" ; ")) {
                assertThat(cited).as("%s cites %s", rowId, url).contains(url.strip());
            }
            // The row's own links (ids lNN…) carry its grade; Board attributions (bd-…) may be weaker, see below.
            assertThat(links).as(rowId).filteredOn(l -> l.id().startsWith(rowId.toLowerCase()))
                    .isNotEmpty()
                    .allSatisfy(l -> assertThat(l.confidence().name()).isEqualTo(row.get("confidence")));
        }
    }

    @Test
    void attributionsTheSourcesLeaveInferred_areGradedBAndSayWhatIsInferred() {
        for (String linkId : List.of("bd-stanley-eye-unit", "bd-ysbyty-gwynedd", "bd-royal-gwent-hospital",
                "bd-university-hospital-of-wales", "gwent-healthcare-nhs-trust-to-aneurin-bevan-uhb",
                "bangor-masanga-link-masanga-hospital", "cardiff-and-vale-cardiff-met-api")) {
            Link link = SEED.link(linkId).orElseThrow();
            assertThat(link.confidence()).as(linkId).isEqualTo(Confidence.B);
            assertThat(link.sources()).as(linkId).anySatisfy(s -> assertThat(s.citation()).contains("inferred"));
        }
        // A later source states what was inferred before: Nevill Hall is Aneurin Bevan's.
        assertThat(SEED.link("bd-nevill-hall-hospital").orElseThrow().confidence()).isEqualTo(Confidence.A);
    }

    private static List<Map<String, String>> table(String file) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(Files.newBufferedReader(SOURCES.resolve(file), StandardCharsets.UTF_8))) {
            return it.readAll();
        }
    }

    /** A Board's units, as the gap analysis attributes them: itself, what it succeeded, what they run, link bodies. */
    private static Set<String> units(String boardId) {
        Set<String> bodies = new LinkedHashSet<>(List.of(boardId));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Link l : SEED.links()) {
                if (l.kind() == LinkKind.SUCCESSION && bodies.contains(l.to()) && bodies.add(l.from())) {
                    grew = true;
                }
            }
        }
        Set<String> units = new LinkedHashSet<>(bodies);
        for (Link l : SEED.links()) {
            if (l.kind() == LinkKind.COORDINATION && bodies.contains(l.from()) && !outsideWales(l.to())) {
                units.add(l.to());
            }
        }
        // Health links run as bodies of their own whose members are all units (the Gwent–Southern Ethiopia Link).
        for (Organisation body : SEED.organisations()) {
            List<Link> members = SEED.linksOf(body.id()).stream()
                    .filter(l -> l.kind() == LinkKind.MEMBERSHIP && l.to().equals(body.id())).toList();
            if (body.type() == OrganisationType.OTHER && !members.isEmpty()
                    && members.stream().allMatch(l -> units.contains(l.from()))) {
                units.add(body.id());
            }
        }
        return units;
    }

    private static boolean outsideWales(String organisationId) {
        return !Countries.WALES.equals(SEED.organisation(organisationId).orElseThrow().country());
    }

    private static List<String> idsOf(Predicate<Organisation> filter) {
        return SEED.organisations().stream().filter(filter).map(Organisation::id).toList();
    }

    private static int founded(NetworkSnapshot s, String id) {
        Integer year = s.organisation(id).orElseThrow().founded();
        return year == null ? -1 : year;
    }

    private static boolean hasLink(NetworkSnapshot s, String from, String to, LinkKind kind) {
        return s.links().stream().anyMatch(l -> l.from().equals(from) && l.to().equals(to) && l.kind() == kind);
    }
}
