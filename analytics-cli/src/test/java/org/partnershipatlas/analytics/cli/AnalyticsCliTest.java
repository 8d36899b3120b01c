package org.partnershipatlas.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.partnershipatlas.analytics.TestNetworks;
import org.partnershipatlas.format.Json;
import org.partnershipatlas.format.JsonSnapshotFormat;

class AnalyticsCliTest {
    @TempDir
    static Path dir;
    static Path seedJson;
    static Path seedLinks;

    record Run(int code, String out, String err) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(out);
            } catch (IOException e) {
                throw new AssertionError(out, e);
            }
        }
    }

    static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = AnalyticsCli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void files() throws IOException {
        seedJson = dir.resolve("seed.json");
        Files.writeString(seedJson, JsonSnapshotFormat.toJson(TestNetworks.seed(), false));
        seedLinks = dir.resolve("seed-links.csv");
        for (String f : new String[] {"seed-links.csv", "seed-organisations.csv"}) {
            try (var in = AnalyticsCliTest.class.getResourceAsStream("/seed/" + f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
    }

    static Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void metrics_seedJson_writesTheContractShape() {
        var r = run("metrics", "--input", seedJson.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = r.json();
        assertThat(json.get("graph").get("nodes").asInt()).isEqualTo(95);
        assertThat(json.get("graph").get("articulationPoints").isArray()).isTrue();
        assertThat(json.get("graph").get("bridges").get(0).size()).isEqualTo(2);
        JsonNode node = json.get("nodes").get(0);
        for (String f : MetricsCommand.NODE_FIELDS) {
            assertThat(node.has(f)).as(f).isTrue();
        }
        assertThat(json.get("conventions").get("betweenness").asText()).contains("unordered pair");
        assertThat(json.get("timingsMs").has("parse")).isTrue();
        assertThat(json.get("timingsMs").has("betweenness")).isTrue();
    }

    @Test
    void metrics_spreadsheetCsvAndChosenMetrics_writeOnlyThose() {
        var r = run("metrics", "--input", seedLinks.toString(), "--metrics", "betweenness,bridges");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = r.json();
        assertThat(json.get("graph").has("bridges")).isTrue();
        assertThat(json.get("graph").has("articulationPoints")).isFalse();
        assertThat(json.get("nodes").get(0).size()).isEqualTo(2);
    }

    @Test
    void metrics_edgeListAsCsv_writesANodeTable() throws IOException {
        Path edges = write("path.csv", "source,target\na,b\nb,c\n");
        var r = run("metrics", "--input", edges.toString(), "--metrics", "degree,betweenness", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("id,degree,betweenness\n").contains("b,2,1.0\n");
    }

    @Test
    void metrics_missingFile_exitsTwoWithOneLine() {
        var r = run("metrics", "--input", dir.resolve("nope.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.csv: no such file").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void metrics_threeCellsOnALine_exitsTwoNamingFileLineAndField() throws IOException {
        var text = new StringBuilder("source,target\n");
        for (int i = 0; i < 810; i++) {
            text.append("a").append(i).append(",b").append(i).append('\n');
        }
        text.append("x,y,z\n");
        Path edges = write("long.csv", text.toString());
        var r = run("metrics", "--input", edges.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("long.csv line 812, column 3").doesNotContain("\tat ");
    }

    @Test
    void metrics_badHeaderAndUnknownMetric_exitTwo() throws IOException {
        assertThat(run("metrics", "--input", write("h.csv", "a,b\n1,2\n").toString()).err()).contains("bad header");
        var r = run("metrics", "--input", seedJson.toString(), "--metrics", "fame");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown metric \"fame\"");
    }

    @Test
    void metrics_invalidJsonSnapshot_namesTheField() throws IOException {
        String json = JsonSnapshotFormat.toJson(TestNetworks.seed(), false).replace("\"to\":\"quthing-hospital\"",
                "\"to\":\"nowhere\"");
        var r = run("metrics", "--input", write("bad.json", json).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json").contains(".to").contains("nowhere");
    }

    @Test
    void suggest_unknownFor_exitsTwo() {
        var r = run("suggest", "--input", seedJson.toString(), "--method", "jaccard", "--for", "nobody");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--for: unknown id \"nobody\"");
    }

    @Test
    void suggest_seed_writesSuggestionsWithEvidence() {
        var r = run("suggest", "--input", seedJson.toString(), "--method", "adamic-adar", "--top", "5");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode s = r.json().get("suggestions");
        assertThat(s.size()).isEqualTo(5);
        assertThat(s.get(0).get("evidence").get("sharedNeighbours").size()).isPositive();
        assertThat(s.get(0).has("score")).isTrue();
    }

    @Test
    void routes_seedToCountry_nameTheIntroducer() {
        var r = run("routes", "--input", seedJson.toString(), "--from", "19-hills-health-and-wellbeing-centre",
                "--country", "KE", "--k", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("routes").get(0).get("introducer").asText()).isEqualTo("public-health-wales");
    }

    @Test
    void routes_withoutTarget_exitsTwo() {
        assertThat(run("routes", "--input", seedJson.toString(), "--from", "pont").code()).isEqualTo(2);
    }

    @Test
    void brokersGapsWhatifSummary_seed_exitZeroWithJson() {
        for (String[] args : new String[][] {
                {"brokers", "--input", seedJson.toString()},
                {"gaps", "--input", seedJson.toString()},
                {"whatif", "--input", seedJson.toString(), "--remove", "pont,ihcc"},
                {"summary", "--input", seedJson.toString()},
                {"gaps", "--input", seedJson.toString(), "--format", "csv"}}) {
            var r = run(args);
            assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
            assertThat(r.out()).isNotBlank();
        }
    }

    @Test
    void gapsBrokersRoutesWhatif_json_keepReasonsAsEnglishStringsWithTheirFindingsBeside() {
        JsonNode board = r("gaps", "--input", seedJson.toString()).get("healthBoards").get(0);
        assertThat(board.get("reasons").get(0).isTextual()).isTrue();
        assertThat(board.get("findings").size()).isEqualTo(board.get("reasons").size());
        assertThat(board.get("findings").get(0).get("code").asText()).matches("[A-Z_]+");
        JsonNode broker = r("brokers", "--input", seedJson.toString()).get("brokers").get(0);
        assertThat(broker.get("reasons").get(0).asText()).endsWith("% of shortest routes between other organisations");
        assertThat(broker.at("/findings/0/code").asText()).isEqualTo("SHORTEST_ROUTES_SHARE");
        assertThat(broker.at("/findings/0/arguments/percent").asDouble()).isPositive();
        JsonNode route = r("routes", "--input", seedJson.toString(), "--from", "19-hills-health-and-wellbeing-centre",
                "--country", "KE", "--k", "1").at("/routes/0");
        assertThat(route.get("explanation").asText()).startsWith("ask Public Health Wales NHS Trust to introduce");
        assertThat(route.at("/explanationFinding/arguments/introducerId").asText()).isEqualTo("public-health-wales");
        JsonNode whatIf = r("whatif", "--input", seedJson.toString(), "--remove", "ihcc");
        assertThat(whatIf.get("explanation").asText()).startsWith("removing International Health Coordination Centre");
        assertThat(whatIf.at("/separations/0/explanation").isTextual()).isTrue();
        assertThat(whatIf.at("/separations/0/byCountryFinding/code").asText()).isEqualTo("BY_COUNTRY");
    }

    private JsonNode r(String... args) {
        var result = run(args);
        assertThat(result.code()).as(result.err()).isZero();
        return result.json();
    }

    @Test
    void gaps_edgeList_exitsTwoExplaining() throws IOException {
        var r = run("gaps", "--input", write("e.csv", "source,target\na,b\n").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("native JSON snapshot");
    }

    @Test
    void brokers_edgeListWithGroupColumn_countsRoles() throws IOException {
        Path edges = write("g.csv", "source,target\na,b\nb,c\n");
        Path nodes = write("g-nodes.csv", "id,side\na,x\nb,y\nc,x\n");
        var r = run("brokers", "--input", edges.toString(), "--nodes", nodes.toString(), "--group-attribute", "side");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("brokers").get(0).get("roles").get("ITINERANT").asInt()).isEqualTo(1);
        assertThat(run("brokers", "--input", edges.toString(), "--group-attribute", "nope").code()).isEqualTo(2);
    }

    @Test
    void generateAndBench_smallNetwork_runEndToEnd() {
        Path json = dir.resolve("synthetic.json");
        Path edges = dir.resolve("synthetic.csv");
        var g = run("generate", "--organisations", "300", "--seed", "5", "--json", json.toString(), "--edges",
                edges.toString());
        assertThat(g.code()).as(g.err()).isZero();
        var b = run("bench", "--input", edges.toString(), "--approximate", "50");
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(b.json().get("timingsMs").has("pageRank")).isTrue();
        assertThat(b.json().get("top100Overlap").asDouble()).isBetween(0.0, 1.0);
        assertThat(run("gaps", "--input", json.toString()).code()).isZero();
    }

    @Test
    void noCommand_exitsTwo() {
        assertThat(run().code()).isEqualTo(2);
    }

    /** A synthetic network above the adaptive threshold, written once as an edge list. */
    static Path largeEdges() {
        Path edges = dir.resolve("synthetic-large.csv");
        if (!Files.exists(edges)) {
            var g = run("generate", "--organisations",
                    String.valueOf(org.partnershipatlas.analytics.NetworkAnalytics.ADAPTIVE_BETWEENNESS_ABOVE + 500),
                    "--seed", "3", "--edges", edges.toString());
            assertThat(g.code()).as(g.err()).isZero();
        }
        return edges;
    }

    @Test
    void metrics_approximateAutoTopK_writesTheKHighestWithTheirApproximation() {
        var r = run("metrics", "--input", largeEdges().toString(), "--metrics", "betweenness", "--approximate", "auto",
                "--top", "25");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = r.json();
        JsonNode nodes = json.get("nodes");
        assertThat(nodes.size()).isEqualTo(25);
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode node : nodes) {
            assertThat(node.get("id").isTextual()).isTrue();
            double b = node.get("betweenness").asDouble();
            assertThat(b).isLessThanOrEqualTo(previous);
            previous = b;
        }
        JsonNode a = json.get("approximation");
        assertThat(a.get("method").asText()).contains("KADABRA");
        assertThat(a.get("samples").asLong()).isPositive();
        assertThat(a.get("epsilon").asDouble()).isEqualTo(
                org.partnershipatlas.analytics.centrality.KadabraBetweenness.DEFAULT_EPSILON);
        assertThat(a.get("delta").asDouble()).isEqualTo(
                org.partnershipatlas.analytics.centrality.KadabraBetweenness.DEFAULT_DELTA);
        assertThat(a.get("k").asInt()).isEqualTo(25);
        assertThat(json.get("conventions").get("betweenness").asText()).contains("ESTIMATED by KADABRA");
        // the same seed gives the same answer
        var again = run("metrics", "--input", largeEdges().toString(), "--metrics", "betweenness", "--approximate",
                "auto", "--top", "25");
        assertThat(again.json().get("nodes")).isEqualTo(nodes);
        // and --seed draws other samples, stated under approximation
        var other = run("metrics", "--input", largeEdges().toString(), "--metrics", "betweenness", "--approximate",
                "auto", "--top", "25", "--seed", "7");
        assertThat(other.code()).as(other.err()).isZero();
        assertThat(other.json().get("approximation").get("seed").asLong()).isEqualTo(7);
        assertThat(other.json().get("nodes")).isNotEqualTo(nodes);
    }

    @Test
    void metrics_approximateAutoWithEpsilonAndDelta_statesThem() {
        var r = run("metrics", "--input", largeEdges().toString(), "--metrics", "betweenness,betweennessNormalized",
                "--approximate", "auto", "--top", "5", "--epsilon", "0.01", "--delta", "0.2", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().count()).isEqualTo(6);
        assertThat(r.out().lines().findFirst().orElseThrow()).isEqualTo("id,betweenness,betweennessNormalized");
        var json = run("metrics", "--input", largeEdges().toString(), "--metrics", "betweenness", "--approximate",
                "auto", "--epsilon", "0.01", "--delta", "0.2").json();
        assertThat(json.get("approximation").get("epsilon").asDouble()).isEqualTo(0.01);
        assertThat(json.get("approximation").get("delta").asDouble()).isEqualTo(0.2);
        assertThat(json.get("approximation").get("k").asInt()).isZero();
        assertThat(json.get("nodes").size()).isEqualTo(
                org.partnershipatlas.analytics.NetworkAnalytics.ADAPTIVE_BETWEENNESS_ABOVE + 500);
    }

    @Test
    void metrics_approximateAutoOnASmallNetwork_isExact() {
        var r = run("metrics", "--input", seedJson.toString(), "--metrics", "betweenness", "--approximate", "auto",
                "--top", "3");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode a = r.json().get("approximation");
        assertThat(a.get("method").asText()).startsWith("exact");
        assertThat(a.get("epsilon").asDouble()).isZero();
        assertThat(a.get("delta").asDouble()).isZero();
        assertThat(r.json().get("nodes").size()).isEqualTo(3);
        var all = run("metrics", "--input", seedJson.toString(), "--metrics", "betweenness").json().get("nodes");
        double highest = 0;
        for (JsonNode node : all) {
            highest = Math.max(highest, node.get("betweenness").asDouble());
        }
        assertThat(r.json().get("nodes").get(0).get("betweenness").asDouble()).isEqualTo(highest);
    }

    @Test
    void metrics_approximateFixedSampleCount_stillWorks() {
        var r = run("metrics", "--input", largeEdges().toString(), "--metrics", "betweenness", "--approximate", "40");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode a = r.json().get("approximation");
        assertThat(a.get("method").asText()).contains("Brandes-Pich");
        assertThat(a.get("samples").asInt()).isEqualTo(40);
        assertThat(a.get("epsilon").isNull()).isTrue();
        assertThat(r.json().get("conventions").get("betweenness").asText()).contains("ESTIMATED from 40");
    }

    @Test
    void metrics_badApproximateTopOrWeights_exitTwoWithOneLine() {
        String edges = largeEdges().toString();
        for (String[] args : new String[][] {
                {"--metrics", "betweenness", "--approximate", "lots"},
                {"--metrics", "betweenness", "--approximate", "-3"},
                {"--metrics", "pageRank", "--top", "5"},
                {"--metrics", "betweenness", "--top", "0"},
                {"--metrics", "betweenness", "--approximate", "auto", "--epsilon", "2"},
                {"--metrics", "betweenness", "--approximate", "50", "--delta", "0.1"},
                {"--metrics", "betweenness", "--approximate", "auto", "--weights", "distance"}}) {
            var all = new java.util.ArrayList<>(java.util.List.of("metrics", "--input", edges));
            all.addAll(java.util.List.of(args));
            var r = run(all.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).startsWith("error:");
        }
    }
}
