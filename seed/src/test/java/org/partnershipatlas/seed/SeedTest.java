package org.partnershipatlas.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.partnershipatlas.format.CsvSnapshotFormat;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Source;

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
    void everyOrganisationAndLink_hasASourceAndIsNotIllustrative() {
        assertThat(SEED.organisations()).allSatisfy(o -> {
            assertThat(o.sources()).as(o.id()).isNotEmpty();
            assertThat(o.confidence()).as(o.id()).isNotEqualTo(Confidence.ILLUSTRATIVE);
        });
        assertThat(SEED.links()).allSatisfy(l -> {
            assertThat(l.sources()).as(l.id()).isNotEmpty();
            assertThat(l.confidence()).as(l.id()).isNotEqualTo(Confidence.ILLUSTRATIVE);
        });
        assertThat(WalesAfricaSeed.load()).isEqualTo(SEED);
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
    void dissolved_onlyWaahln_namesItsSuccessorByACitedSuccessionLink() {
        assertThat(SEED.organisations()).filteredOn(o -> o.dissolved() != null)
                .extracting(Organisation::id, Organisation::dissolved)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("wales-for-africa-health-links-network", 2024));
        for (Organisation dissolved : SEED.organisations()) {
            if (dissolved.dissolved() == null) {
                continue;
            }
            List<Link> successions = SEED.linksOf(dissolved.id()).stream()
                    .filter(l -> l.kind() == LinkKind.SUCCESSION && l.from().equals(dissolved.id())).toList();
            assertThat(successions).as(dissolved.id()).singleElement().satisfies(l -> {
                assertThat(l.to()).isEqualTo("global-health-partnerships-cymru");
                assertThat(l.since()).isEqualTo(dissolved.dissolved());
                assertThat(l.sources()).isNotEmpty().allSatisfy(source -> assertThat(source.citation())
                        .contains("Global Health Partnerships Cymru"));
            });
            assertThat(SEED.organisation(successions.get(0).to()).orElseThrow().dissolved()).isNull();
        }
    }

    @Test
    void placeholder_organisationsNamedNotNamedInSource_areExactlyThePlaceholders() {
        assertThat(idsOf(Organisation::placeholder))
                .hasSize(9)
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
        for (Map<String, String> row : linkTable()) {
            String rowId = row.get("link_id");
            List<Link> links = SEED.links().stream()
                    .filter(l -> l.sources().get(0).citation().startsWith(rowId + " ")).toList();
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
    void boardAttributionsTheSourcesLeaveInferred_areMarkedInferred() {
        // Rows whose nhs_body_basis is "inferred", and the link that ties their Welsh unit to its NHS body.
        Map<String, String> inferred = Map.of(
                "L05", "bd-stanley-eye-unit",
                "L08", "bd-ysbyty-gwynedd",
                "L13", "bd-nevill-hall-hospital",
                "L14", "bd-royal-gwent-hospital",
                "L24", "bd-swansea-nhs-trust-to-swansea-bay-uhb");
        inferred.forEach((row, linkId) -> {
            Link link = SEED.link(linkId).orElseThrow();
            assertThat(link.confidence()).as(linkId).isEqualTo(Confidence.B);
            assertThat(link.sources().get(0).citation()).as(linkId).startsWith(row).contains("inferred");
        });
    }

    private static List<Map<String, String>> linkTable() throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(Files.newBufferedReader(SOURCES.resolve("wales-africa-links.csv"), StandardCharsets.UTF_8))) {
            return it.readAll();
        }
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
