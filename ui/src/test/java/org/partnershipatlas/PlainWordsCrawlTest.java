package org.partnershipatlas;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.ui.components.AtlasI18NProvider;
import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Outcome;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.model.Themes;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.returns.ReturnsService;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.store.StoredStory;
import org.partnershipatlas.stories.StoriesService;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * Plain words in both languages (issue 21): every view — every {@code @Route}, and the answers, dialogs and
 * notifications a reader reaches from them — opened anonymously and as an administrator, in English and in Welsh
 * (the UI's locale: what the browser asks for or the language switch chose), and every word a reader sees or hears
 * checked (see {@link VisibleText}). None may be a raw translation key ({@code !key!}), an enum constant, a field or
 * method name, a file name, a configuration property, an internal id, an ISO country code where a name belongs or a
 * US date; on Welsh pages none may be a known English word. Data (names, descriptions, citations) is taken out first:
 * it is shown as it was written.
 */
class PlainWordsCrawlTest extends KaribuViewTest {
    private static final String BOARD = "betsi-cadwaladr-uhb";
    private static final String ORGANISATION = "dolen-cymru";

    private static final Pattern RAW_KEY = Pattern.compile("![a-z][\\w .-]*!");
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");
    /** A field or method name: lower case, then upper case ("pageRank"); not a unit ("kB"). */
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b(?!kB\\b)[a-z]+[A-Z][A-Za-z]*\\b");
    /** An API path, named for those who use the API (the Backups page's "GET /api/backup"). */
    private static final Pattern API_PATH = Pattern.compile("/api/[\\w/{}.-]*");
    private static final Pattern FILE_NAME = Pattern.compile("\\.(csv|json|properties)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROPERTY = Pattern.compile("\\b(spring|atlas|server|management)\\.[a-z][\\w.-]*");
    private static final Pattern US_DATE = Pattern.compile("\\b(0?[1-9]|1[0-2])/(1[3-9]|2\\d|3[01])/\\d{4}\\b");
    /**
     * How the data was built, which belongs in seed/sources, not before a reader (as SeedTest keeps the seed): lead
     * numbers, working notes, source files. Checked on the text as shown, citations included.
     */
    private static final Pattern INTERNAL_NOTE = Pattern.compile(
            "\\b[LC]\\d{2}[a-e]?\\b|\\.(csv|md)\\b|Searched for|nothing usable found|context fact|wales-africa-links");
    private static final Pattern METHOD_NAME = Pattern.compile(
            "\\b(adamic-adar|common-neighbours|resource-allocation|preferential-attachment|jaccard)\\b");
    /** English words a Welsh page has no reason to show (data aside), matched as whole words, case sensitive. */
    private static final List<String> ENGLISH = List.of("the", "The", "and", "with", "of", "from", "changed", "added",
            "deleted", "removed", "undid", "undone", "Change", "Saved", "organisation", "organisations", "link", "links",
            "country", "countries", "missing", "not a valid", "Illegal character", "Sort by", "Show password",
            "Toggle navigation panel", "Today", "Cancel", "January", "Upload Files", "Drop files", "Selection cleared",
            "Score", "estimated", "accepted", "restored", "assessed", "backup", "items", "Information sharing",
            "information sharing", "Research", "Professional exchange", "Project implementation", "Degree",
            "Betweenness", "Closeness", "partnership return", "one of", "must", "should", "required", "invalid",
            "unknown", "Unknown", "nothing", "None", "none", "Yes", "No", "seed", "version", "is", "are", "to", "for",
            "in", "on", "by", "this", "This", "that", "not", "has", "have", "will", "or", "it", "its", "which", "when",
            "where", "who", "what", "there", "their", "was", "were", "been", "Show", "Open", "Close", "Save", "Delete",
            "Edit", "Add", "Remove", "Search", "Sign in", "Sign out", "Export", "Download", "Print", "Back", "Next",
            "Previous", "More", "Less", "All", "Other", "Total", "Name", "Type", "Status", "Since", "Until", "Year");

    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;
    @Autowired
    ReturnsService returns;
    @Autowired
    StoriesService stories;
    @Autowired
    org.partnershipatlas.returns.RegistrationsService registrations;
    @Autowired
    org.partnershipatlas.users.UserAdministration users;

    private String round;
    private String token;
    private String story;
    private String invitation;

    /** The seed, then one change of every kind the history shows, a return round with a submission, and a story. */
    @BeforeEach
    void aNetworkWithAHistory() throws Exception {
        TestWrites.replace(writes, WalesAfricaSeed.load());
        NetworkSnapshot seed = reads.current().snapshot();
        Organisation dolen = seed.organisation(ORGANISATION).orElseThrow();
        TestWrites.create(writes, new Organisation("crawl-clinic", "Crawl Test Clinic", dolen.type(), "LS", "Maseru",
                null, null, null, true, dolen.confidence(), List.of(new Source("test fixture", null)), null, false));
        Link first = seed.linksOf(BOARD).get(0);
        TestWrites.create(writes, new Link("crawl-link", ORGANISATION, "crawl-clinic", first.kind(), 2020, null,
                first.status(), List.of(Themes.all().get(0).english()), first.activities(), first.learning(), null,
                first.confidence(), List.of(new Source("test fixture", null)), List.of()));
        // an edit of two fields (one of them seekingPartner, once shown as such) and a deletion, for the history
        var moved = new Organisation("crawl-clinic", "Crawl Test Clinic", dolen.type(), "LS", "Mafeteng", null, null, null,
                false, dolen.confidence(), List.of(new Source("test fixture", null)), null, false);
        writes.updateOrganisation("crawl-clinic", org.partnershipatlas.format.JsonSnapshotFormat.parseEntity(
                org.partnershipatlas.format.JsonSnapshotFormat.toJsonNode(moved),
                org.partnershipatlas.format.JsonSnapshotFormat.Entity.ORGANISATION, "organisation"), null, TestWrites.CHANGE);
        TestWrites.create(writes, new Link("crawl-gone", ORGANISATION, "crawl-clinic",
                org.partnershipatlas.model.LinkKind.FUNDING, 2021, null, first.status(), List.of(), List.of(),
                first.learning(), null, first.confidence(), List.of(new Source("test fixture", null)), List.of()));
        writes.deleteLink("crawl-gone", null, TestWrites.CHANGE);
        writes.addAssessment("crawl-link", new Assessment(LocalDate.of(2026, 1, 16), "crawl", null, Map.of(), Map.of(),
                null, null, null, null, null, List.of(), null, null, List.<Outcome>of(), List.of()), TestWrites.CHANGE);
        var opened = returns.open(TestWrites.ADMIN, "Crawl round", LocalDate.now().plusDays(20),
                List.of(new ReturnsService.Invitee(BOARD, null)));
        var issued = opened.invitations().get(0);
        round = opened.round().id();
        invitation = issued.invitation();
        returns.submit(issued.token(), new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"confirm": ["%s"], "add": [{"partner": {"name": "Masaka Crawl Partners", "type": "NGO", "country": "UG"},
                 "kind": "HEALTH_LINK", "since": 2024}], "contact": {"name": "A", "role": "lead"}}""".formatted(first.id())));
        token = returns.open(TestWrites.ADMIN, "Crawl form round", LocalDate.now().plusDays(20),
                List.of(new ReturnsService.Invitee(BOARD, null))).invitations().get(0).token();
        story = stories.create(TestWrites.FIRST_ADMIN, "Crawl story",
                List.of(new StoredStory.Step("/network?country=LS", "Lesotho"), new StoredStory.Step("/health-boards", "")),
                true);
    }

    @Test
    void english_anonymous() {
        crawl(false, false);
    }

    @Test
    void english_admin() {
        crawl(false, true);
    }

    @Test
    void welsh_anonymous() {
        crawl(true, false);
    }

    @Test
    void welsh_admin() {
        crawl(true, true);
    }

    private void crawl(boolean welsh, boolean admin) {
        // As the language switch does: the session's and the page's language. Karibu opened the root view, and with
        // it the layout, in English: a view without the layout first, so that the next one builds it anew.
        Locale language = welsh ? AtlasI18NProvider.WELSH : AtlasI18NProvider.ENGLISH;
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(language);
        UI.getCurrent().setLocale(language);
        UI.getCurrent().navigate("embed/map");
        if (admin) {
            signIn("admin", Set.of(Role.ADMIN));
        }
        var visits = new LinkedHashMap<String, Consumer<UI>>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            String template = route.getTemplate();
            String path = template.replaceAll(":[^/]+$", switch (template.substring(0, template.indexOf('/') < 0
                    ? template.length() : template.indexOf('/'))) {
                case "organisations" -> BOARD;
                case "stories" -> story;
                case "returns" -> round;
                case "respond" -> token;
                default -> "x";
            });
            visits.put(path, ui -> { });
        }
        visits.put("", ui -> { });
        visits.put("organisations/" + ORGANISATION, ui -> { });
        // every Health Board's and Trust's profile: the report the IHCC prints, sources and all
        reads.current().snapshot().organisations().stream()
                .filter(o -> o.type() == org.partnershipatlas.model.OrganisationType.HEALTH_BOARD
                        || o.type() == org.partnershipatlas.model.OrganisationType.NHS_TRUST)
                .forEach(o -> visits.put("organisations/" + o.id(), ui -> { }));
        visits.put("network?select=" + ORGANISATION, ui -> { });
        visits.put("network?tab=table", ui -> { });
        visits.put("network?select=crawl-link", ui -> { });
        visits.put("what-if?remove=" + ORGANISATION, ui -> { });
        visits.put("introductions?from=" + BOARD + "&country=LS", PlainWordsCrawlTest::everyMethod);
        visits.put("introductions?from=crawl-clinic&theme=" + Themes.all().get(0).english(), ui -> { });
        visits.put("respond/" + token + "?", ui -> click("respond-submit"));
        visits.put("respond/" + token + "?card", ui -> {
            click("return-add");
            click("respond-submit");
        });
        visits.put("register?", ui -> click("register-send"));
        if (admin) {
            visits.put("returns/" + round + "?", ui -> {
                Grid<?> grid = com.github.mvysny.kaributesting.v10.LocatorJ._get(Grid.class,
                        spec -> spec.withId("round-organisations"));
                for (int row = 0; row < GridKt._size(grid); row++) {
                    var actions = (Component) GridKt._getCellComponent(grid, row, "actions");
                    var review = com.github.mvysny.kaributesting.v10.LocatorJ._find(actions, Button.class,
                            spec -> spec.withId("review-" + invitation));
                    if (!review.isEmpty()) {
                        _click(review.get(0));
                    }
                }
                com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.dialog.Dialog.class,
                        spec -> spec.withId("review-dialog"));
            });
            visits.put("returns?dialog", ui -> click("returns-open"));
            visits.put("returns?", ui -> {
                click("returns-open");
                click("round-open");
                com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.dialog.Dialog.class,
                        spec -> spec.withId("round-links"));
            });
            visits.put("history?", ui -> {
                Grid<?> grid = com.github.mvysny.kaributesting.v10.LocatorJ._get(Grid.class,
                        spec -> spec.withId("history-grid"));
                _click((Button) GridKt._getCellComponent(grid, 0, "undo"));
                click("undo-confirm");
                assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).isNotEmpty();
            });
        }

        var problems = new java.util.TreeMap<String, List<String>>();
        Set<String> data = dataTexts(reads.current().snapshot(), reads.changes(
                org.partnershipatlas.store.ChangeQuery.latest(200)),  // more than the history view shows at once
                peopleWrote());
        Set<String> ids = ids(reads.current().snapshot());
        Set<String> codes = new LinkedHashSet<>();
        reads.current().snapshot().countries().forEach(c -> codes.add(c.code()));
        List<String> english = welsh ? englishWords(reads.current().snapshot()) : List.of();
        for (var visit : visits.entrySet()) {
            String location = visit.getKey();
            try {
                navigate(location, Component.class);
                visit.getValue().accept(UI.getCurrent());
            } catch (RuntimeException | AssertionError e) {
                problems.put("/" + location + ": failed to open: " + e, List.of(""));
                continue;
            }
            for (VisibleText.Piece piece : VisibleText.of(UI.getCurrent())) {
                String text = withoutData(piece.text(), data);
                List<String> found = new ArrayList<>();
                find(INTERNAL_NOTE, piece.text(), "note on how the data was built", found);
                find(RAW_KEY, text, "raw key", found);
                find(CONSTANT, text, "constant", found);
                find(CAMEL_CASE, text, "field or method name", found);
                find(FILE_NAME, text, "file name", found);
                if (!location.startsWith("backups")) {
                    // The Backups page is for whoever runs the app: a setting's name is what they act on there.
                    find(PROPERTY, text, "configuration property", found);
                }
                String words = PROPERTY.matcher(API_PATH.matcher(text).replaceAll(" ")).replaceAll(" ");
                find(US_DATE, text, "US date", found);
                find(METHOD_NAME, text, "method name", found);
                for (String token : text.split("[^\\w-]+")) {
                    // an id a person could not take for a word: with a hyphen or a digit (not "pont", a Welsh word)
                    if (ids.contains(token) && token.matches(".*[-\\d].*")) {
                        found.add("internal id " + token);
                    }
                }
                for (String token : text.split("[^A-Z-]+")) {
                    if (codes.contains(token)) {
                        found.add("country code " + token);
                    }
                }
                for (String word : english) {
                    if (Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(word) + "(?![\\p{L}-])").matcher(words).find()) {
                        found.add("English \"" + word + "\"");
                    }
                }
                if (!found.isEmpty()) {
                    // one line per place and problem: a table's hundred cells with one problem are one line
                    String place = "/" + location + " " + piece.where().replaceAll("\\[\\d+]", "[…]")
                            .replaceAll("^UI/body~/flow-container-root-\\d+/(vaadin-app-layout/)?", "");
                    problems.computeIfAbsent(place + " — " + String.join(", ", found), k -> new ArrayList<>())
                            .add(piece.text());
                }
            }
            closeDialogs();
        }
        String who = (welsh ? "Welsh" : "English") + (admin ? " as admin" : " anonymously");
        var report = new ArrayList<String>();
        problems.forEach((place, texts) -> report.add(place + " (" + texts.size() + "×, e.g. \"" + texts.get(0) + "\")"));
        System.out.println("Plain words, " + who + ": " + report.size() + " problems\n" + String.join("\n", report));
        assertThat(report).as("words a reader should not see, " + who).isEmpty();
    }

    private static void click(String id) {
        _click(com.github.mvysny.kaributesting.v10.LocatorJ._get(Button.class, spec -> spec.withId(id)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void everyMethod(UI ui) {
        Select method = com.github.mvysny.kaributesting.v10.LocatorJ._get(Select.class, spec -> spec.withId("method"));
        List<Object> items = method.getGenericDataView().getItems().toList();
        method.setValue(items.get(items.size() - 1));
    }

    private static void closeDialogs() {
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
        UI.getCurrent().getChildren().filter(com.vaadin.flow.component.dialog.Dialog.class::isInstance)
                .map(com.vaadin.flow.component.dialog.Dialog.class::cast).toList()
                .forEach(com.vaadin.flow.component.dialog.Dialog::close);
    }

    private static void find(Pattern pattern, String text, String what, List<String> found) {
        var m = pattern.matcher(text);
        while (m.find()) {
            found.add(what + " " + m.group());
        }
    }

    /** What an accepted return cites (ReturnItems): data, written once in English like every other citation. */
    private static final Pattern RETURN_CITATION = Pattern.compile(
            "[^;→]*, submitted \\d{4}-\\d{2}-\\d{2}(?: by [^;→]*)?");

    /** The text with every piece of data in it blanked out, longest first. */
    private static String withoutData(String text, Set<String> data) {
        String rest = RETURN_CITATION.matcher(text).replaceAll(" ");
        for (String d : data) {
            if (rest.contains(d)) {
                rest = rest.replace(d, " ");
            }
        }
        return rest;
    }

    /** Names, descriptions, places, addresses and citations as people wrote them: shown as they are. */
    /**
     * What people typed, as they typed it (here and in the suite's other tests, which share the database): story
     * titles and narratives, registrations waiting for review, round titles, user and token names.
     */
    private List<String> peopleWrote() {
        var all = new ArrayList<String>();
        returns.rounds().forEach(r -> all.add(r.title()));
        users.users(TestWrites.FIRST_ADMIN).forEach(u -> all.add(u.username()));
        users.tokens(TestWrites.FIRST_ADMIN).forEach(t -> all.add(t.name()));
        for (var story : stories.stories(TestWrites.ADMIN)) {
            all.add(story.title());
            story.steps().forEach(step -> all.add(step.text()));
        }
        for (var pending : registrations.list("PENDING", TestWrites.ADMIN)) {
            if (pending.checked() != null) {
                var o = pending.checked().organisation();
                java.util.stream.Stream.of(o.name(), o.description(), o.city(), o.website(), pending.checked().offers(),
                        pending.checked().seeks()).forEach(all::add);
            }
        }
        return all;
    }

    private static Set<String> dataTexts(NetworkSnapshot s, List<org.partnershipatlas.store.RecordedChange> history,
                                         List<String> peopleWrote) {
        var all = new ArrayList<String>(peopleWrote);
        // names the history remembers of organisations the network no longer holds (other tests' too)
        for (var change : history) {
            all.add(change.reason());  // why, as the editor wrote it
            all.add(change.actor());
            for (var e : change.entities()) {
                for (var state : java.util.Arrays.asList(e.before(), e.after())) {
                    if (state != null && state.hasNonNull("name")) {
                        all.add(state.path("name").asText());
                    }
                }
            }
        }
        for (Organisation o : s.organisations()) {
            Stream.of(o.name(), o.description(), o.city(), o.website()).forEach(all::add);
            o.sources().forEach(src -> Stream.of(src.citation(), src.url()).forEach(all::add));
        }
        for (Link l : s.links()) {
            l.sources().forEach(src -> Stream.of(src.citation(), src.url()).forEach(all::add));
            for (Assessment a : l.assessments()) {
                Stream.of(a.assessedBy(), a.benefitsToPartner(), a.benefitsToWales(), a.evaluationUrl()).forEach(all::add);
                all.addAll(a.funders());
                a.outcomes().forEach(o -> Stream.of(o.indicator(), o.source()).forEach(all::add));
                a.sources().forEach(src -> Stream.of(src.citation(), src.url()).forEach(all::add));
            }
        }
        all.addAll(List.of("Crawl round", "Crawl form round", "Crawl story", "Lesotho", "admin", "matrix-viewer",
                "matrix-editor", "matrix-steward", "test-admin", "karibu-editor", "Partnership Atlas"));
        all.removeIf(t -> t == null || t.isBlank() || t.length() < 3);
        var longestFirst = new java.util.TreeSet<String>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        longestFirst.addAll(all);
        return longestFirst;
    }

    /** Ids of organisations and links: internal, never shown (they are in addresses only). */
    private static Set<String> ids(NetworkSnapshot s) {
        var ids = new java.util.HashSet<String>();
        s.organisations().forEach(o -> ids.add(o.id()));
        s.links().forEach(l -> ids.add(l.id()));
        return ids;
    }

    /** {@link #ENGLISH}, the English country names that are different in Welsh, and the English theme labels. */
    private static List<String> englishWords(NetworkSnapshot s) {
        var words = new ArrayList<>(ENGLISH);
        Locale welsh = AtlasI18NProvider.WELSH;
        for (Country c : s.countries()) {
            String inWelsh = new Locale("", c.code().startsWith("GB") ? "GB" : c.code()).getDisplayCountry(welsh);
            if (!c.code().startsWith("GB") && !inWelsh.toLowerCase(Locale.ROOT).contains(c.name().toLowerCase(Locale.ROOT))) {
                words.add(c.name());
            }
        }
        Themes.all().stream().filter(t -> !t.welsh().toLowerCase(Locale.ROOT).contains(t.english().toLowerCase(Locale.ROOT)))
                .forEach(t -> words.add(t.english()));
        return words;
    }
}
