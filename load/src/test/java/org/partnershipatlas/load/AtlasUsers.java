package org.partnershipatlas.load;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.uniformRandomSwitch;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Many people using the atlas at once: each virtual user (arriving over the first seconds, not all in the same
 * millisecond) calls, in random order, what the views call — the network
 * picture's snapshot and GraphML export, the Health Boards' gaps, the Brokers' ranking, an introduction to an
 * organisation and to a country, suggestions, and a what-if — pausing between calls like a person reading the answer.
 * With {@code atlas.import} set, an admin meanwhile replaces the whole network by import, again and again, so that
 * every cached analysis goes stale while the others read.
 *
 * <p>Everything it asks about comes from the running app ({@code GET /api/network}): a fixed random sample of its
 * organisations (the same sample for the same {@code atlas.seed}) and the partner countries (outside Wales and the
 * rest of the UK) that hold any organisation. Settings, as system properties ({@code -Datlas.users=50}):
 * <pre>
 *   atlas.url             the app                                          http://localhost:8080
 *   atlas.users           concurrent users                                 50
 *   atlas.duration        seconds each user keeps going                    60
 *   atlas.ramp            seconds over which the users arrive               5
 *   atlas.pause.min/max   pause after each call, milliseconds              500 / 1500
 *   atlas.organisations   how many organisations the users ask about       100
 *   atlas.k               routes asked for (the Introductions view's k)    3
 *   atlas.seed            the random sample and the users' choices         42
 *   atlas.import          JSON snapshots to POST /api/import?mode=replace in turn (comma-separated paths); none: no import
 *   atlas.import.every    seconds between the imports                     15
 *   atlas.admin.password  the admin's password, for the import             (none)
 *   atlas.p95             goal for every request's 95th percentile, ms     500
 * </pre>
 * The run fails (Gatling's assertions) if any request fails or a request's p95 is over the goal; the import itself is
 * exempt from the p95 goal (it rewrites the whole store), not from failing.
 */
public class AtlasUsers extends Simulation {
    static final String IMPORT = "POST /api/import?mode=replace";
    static final String NETWORK = "GET /api/network";
    static final String EXPORT = "GET /api/export?format=graphml";
    static final String GAPS = "GET /api/health-boards/gaps";
    static final String BROKERS = "GET /api/brokers";
    static final String TO_ORGANISATION = "GET /api/introductions (organisation)";
    static final String TO_COUNTRY = "GET /api/introductions (country)";
    static final String SUGGESTIONS = "GET /api/suggestions";
    static final String WHAT_IF = "POST /api/what-if";
    /** The readers' requests, each held to the p95 goal. */
    static final List<String> READS = List.of(NETWORK, EXPORT, GAPS, BROKERS, TO_ORGANISATION, TO_COUNTRY, SUGGESTIONS,
            WHAT_IF);

    private final String url = System.getProperty("atlas.url", "http://localhost:8080");
    private final int users = Integer.getInteger("atlas.users", 50);
    private final Duration duration = Duration.ofSeconds(Integer.getInteger("atlas.duration", 60));
    private final Duration ramp = Duration.ofSeconds(Integer.getInteger("atlas.ramp", 5));
    private final Duration pauseMin = Duration.ofMillis(Integer.getInteger("atlas.pause.min", 500));
    private final Duration pauseMax = Duration.ofMillis(Integer.getInteger("atlas.pause.max", 1500));
    private final int k = Integer.getInteger("atlas.k", 3);
    private final int p95Goal = Integer.getInteger("atlas.p95", 500);
    private final Random random = new Random(Long.getLong("atlas.seed", 42L));

    private final List<String> organisations;
    private final List<String> countries;

    {
        JsonNode network = network();
        organisations = sample(network, Integer.getInteger("atlas.organisations", 100));
        countries = partnerCountries(network);
        System.out.printf("AtlasUsers: %d users for %s against %s, asking about %d organisations and %d countries%n",
                users, duration, url, organisations.size(), countries.size());

        HttpProtocolBuilder protocol = http.baseUrl(url)
                .acceptHeader("application/json")
                // Gatling's warm-up request goes to an outside host by default; warm up against the app instead.
                .warmUp(url + "/actuator/health");

        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(readers().injectOpen(rampUsers(users).during(ramp)));
        String imports = System.getProperty("atlas.import", "");
        if (!imports.isBlank()) {
            populations.add(importer(imports).injectOpen(nothingFor(Duration.ofSeconds(5)), atOnceUsers(1)));
        }
        List<Assertion> assertions = new ArrayList<>();
        assertions.add(global().failedRequests().count().is(0L));
        for (String request : READS) {
            assertions.add(details(request).responseTime().percentile(95.0).lt(p95Goal));
        }
        setUp(populations).protocols(protocol).assertions(assertions)
                .maxDuration(duration.plusSeconds(60));
    }

    /** One person: a random view's call, a pause to read, again, until the time is up. */
    private ScenarioBuilder readers() {
        ChainBuilder oneCall = uniformRandomSwitch().on(
                exec(http(NETWORK).get("/api/network").queryParam("illustrative", "false")),
                exec(http(EXPORT).get("/api/export").queryParam("format", "graphml")),
                exec(http(GAPS).get("/api/health-boards/gaps")),
                exec(http(BROKERS).get("/api/brokers").queryParam("top", "20")),
                exec(http(TO_ORGANISATION).get("/api/introductions")
                        .queryParam("from", "#{from}").queryParam("to", "#{to}").queryParam("k", k)),
                exec(http(TO_COUNTRY).get("/api/introductions")
                        .queryParam("from", "#{from}").queryParam("country", "#{country}").queryParam("k", k)),
                exec(http(SUGGESTIONS).get("/api/suggestions").queryParam("for", "#{from}")
                        .queryParam("method", "adamic-adar").queryParam("top", "10")),
                exec(http(WHAT_IF).post("/api/what-if").asJson()
                        .body(StringBody("{\"removeOrganisations\": [\"#{from}\"], \"removeLinks\": []}"))));
        return scenario("people using the views").during(duration).on(
                exec(session -> session.setAll(question())).exec(oneCall).pause(pauseMin, pauseMax));
    }

    /** An admin replacing the whole network, in turn with each given snapshot, until the readers are done. */
    private ScenarioBuilder importer(String files) {
        List<byte[]> bodies = Arrays.stream(files.split(",")).map(String::strip).map(AtlasUsers::read).toList();
        String password = System.getProperty("atlas.admin.password", "");
        Iterator<Map<String, Object>> turns = Stream.iterate(0, i -> (i + 1) % bodies.size())
                .map(i -> Map.<String, Object>of("snapshot", i)).iterator();
        Duration every = Duration.ofSeconds(Integer.getInteger("atlas.import.every", 15));
        return scenario("an admin replacing the network").during(duration).on(
                feed(turns).exec(http(IMPORT).post("/api/import").queryParam("mode", "replace")
                        .queryParam("reason", "load test: replace import during the load")
                        .basicAuth("admin", password).asJson()
                        .body(ByteArrayBody(session -> bodies.get(session.getInt("snapshot"))))
                        .check(status().is(200)))
                        .pause(every));
    }

    private Map<String, Object> question() {
        String from = pick(organisations);
        String to = pick(organisations);
        while (to.equals(from) && organisations.size() > 1) {
            to = pick(organisations);
        }
        return Map.of("from", from, "to", to, "country", pick(countries));
    }

    private synchronized String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private JsonNode network() {
        var request = HttpRequest.newBuilder(URI.create(url + "/api/network?illustrative=false")).GET().build();
        try {
            var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /api/network answered " + response.statusCode() + " at " + url);
            }
            try (var body = response.body()) {
                return new ObjectMapper().readTree(body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("is the app running at " + url + "?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A random sample of the organisations as they are now: none dissolved, none that merged into a successor (the
     * predecessor end of a succession that is not just proposed). Those are what people ask about; the API answers
     * 404 for suggestions to a body that no longer exists.
     */
    private List<String> sample(JsonNode network, int size) {
        Set<String> mergedAway = new TreeSet<>();
        network.path("links").forEach(l -> {
            if (l.path("kind").asText().equals("SUCCESSION") && !l.path("status").asText().equals("PROPOSED")) {
                mergedAway.add(l.path("from").asText());
            }
        });
        var ids = new ArrayList<String>();
        network.path("organisations").forEach(o -> {
            String id = o.path("id").asText();
            if (o.path("dissolved").isNull() || o.path("dissolved").isMissingNode()) {
                if (!mergedAway.contains(id)) {
                    ids.add(id);
                }
            }
        });
        Collections.sort(ids);
        Collections.shuffle(ids, random);
        return List.copyOf(ids.subList(0, Math.min(size, ids.size())));
    }

    private List<String> partnerCountries(JsonNode network) {
        Set<String> home = new TreeSet<>();
        network.path("countries").forEach(c -> {
            String region = c.path("region").asText();
            if (region.equals("WALES") || region.equals("REST_OF_UK")) {
                home.add(c.path("code").asText());
            }
        });
        Set<String> partners = new TreeSet<>();
        network.path("organisations").forEach(o -> {
            String country = o.path("country").asText(null);
            if (country != null && !home.contains(country)) {
                partners.add(country);
            }
        });
        if (partners.isEmpty()) {
            throw new IllegalStateException("no organisation outside Wales and the UK at " + url);
        }
        return List.copyOf(partners);
    }

    private static byte[] read(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("atlas.import: cannot read " + file, e);
        }
    }
}
