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
}
