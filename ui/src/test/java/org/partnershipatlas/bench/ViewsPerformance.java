package org.partnershipatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.it.AtlasProcess;
import org.partnershipatlas.it.Chromium;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.synthetic.SyntheticNetworkGenerator;

/**
 * Issue 24's goals for the views at 10,000 organisations, in a real headless Chromium against the packaged app holding
 * the synthetic network ({@link SyntheticNetworkGenerator}, imported through {@code POST /api/import}):
 * <ol>
 * <li>the explorer's first detail selection in a page: the picture's {@code node-click} to the detail panel showing
 * that organisation with its measures (≤ 300 ms); each run a fresh page and another organisation;</li>
 * <li>a profile page (a Health Board's and a partner's abroad), the Health Boards view and the overview settled
 * (≤ 1.5 s): Vaadin has no server round-trip pending ({@code Vaadin.Flow.clients[*].isActive()} false) and the view's
 * main content is visible. Timed from the browser's navigation start, both as a page load in a fresh session and as a
 * navigation inside the app (a router link clicked on another view);</li>
 * <li>the explorer's pan/zoom frames per second (≥ 30) and a filter change, click to redrawn picture (< 300 ms).</li>
 * </ol>
 * Each figure is the median of {@code RUNS} runs, printed with min, max and whether its goal is met, with the load
 * average before and after (the machine may be shared). Run:
 * {@code mvn -B -o -q -pl ui -am -Pbench-views -DskipTests verify} ({@code -Dbench.views.args="ORGANISATIONS RUNS"},
 * default {@code "10000 5"}; {@code -Dbench.views.jvm="-XX:StartFlightRecording=..."} adds options to the app's JVM).
 */
public final class ViewsPerformance {
    private ViewsPerformance() {
    }

    public static void main(String[] args) throws Exception {
        int organisations = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf(Locale.ROOT, "views bench: %d organisations, %d runs, %s, load average %s%n", organisations,
                runs, Instant.now(), loadAverage());
        Path data = Files.createTempDirectory("atlas-bench-views-");
        var jvm = new ArrayList<>(List.of("-Xmx1g"));
        String extra = System.getProperty("bench.views.jvm", "").strip();
        if (!extra.isEmpty()) {
            jvm.addAll(Arrays.asList(extra.split("\\s+")));
        }
        try (AtlasProcess app = AtlasProcess.start(data, jvm)) {
            NetworkSnapshot synthetic = new SyntheticNetworkGenerator(organisations, 3, 42).generate();
            long t0 = System.nanoTime();
            var imported = app.post("/api/import?mode=replace", "application/json", JsonSnapshotFormat.toJson(synthetic, false));
            System.out.printf(Locale.ROOT, "import %d in %.1f s%n", imported.statusCode(), (System.nanoTime() - t0) / 1e9);
            List<String> boards = synthetic.organisations().stream().filter(o -> o.type() == OrganisationType.HEALTH_BOARD)
                    .map(Organisation::id).toList();
            List<String> abroad = synthetic.organisations().stream().filter(o -> !o.isWelsh())
                    .map(Organisation::id).toList();
            WebDriver browser = Chromium.start();
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
            try {
                double firstPicture = loadNetwork(browser, app);
                System.out.printf(Locale.ROOT, "explorer: first page load after the import to picture %.0f ms%n", firstPicture);
                detailSelections(browser, app, runs);
                for (int i = 0; i < runs; i++) {
                    // each run another Board / partner: nothing of one profile is cached for the next
                    view("profile of a Health Board, page load", pageLoad(browser, app,
                            "/organisations/" + boards.get(i % boards.size()), "#profile-name"), browser);
                    view("profile of a partner abroad, page load", pageLoad(browser, app,
                            "/organisations/" + abroad.get(abroad.size() / 2 + 97 * i), "#profile-name"), browser);
                    view("Health Boards view, page load", pageLoad(browser, app, "/health-boards", "#boards-grid"), browser);
                    view("overview, page load", pageLoad(browser, app, "/overview", "#overview-blocks"), browser);
                    view("profile of a Health Board, in-app navigation", inApp(browser, app,
                            "organisations/" + boards.get((i + 3) % boards.size()), "#profile-name"), browser);
                    view("Health Boards view, in-app navigation", inApp(browser, app, "health-boards", "#boards-grid"), browser);
                    view("overview, in-app navigation", inApp(browser, app, "overview", "#overview-blocks"), browser);
                }
                explorerMotion(browser, app, runs);
            } finally {
                browser.quit();
            }
        }
        System.out.printf(Locale.ROOT, "%nSummary (%s, load average now %s; median of the runs, goal met or missed):%n",
                Instant.now(), loadAverage());
        summarise();
    }

    /** The explorer in a fresh session: ms from navigation start to the drawn picture. */
    private static double loadNetwork(WebDriver browser, AtlasProcess app) {
        fresh(browser);
        browser.get(app.baseUrl() + "/network");
        new WebDriverWait(browser, Duration.ofSeconds(180)).until(d -> rendered(d) != null);
        settle(browser, "#network-graph", 0);
        return Double.parseDouble(rendered(browser));
    }

    /**
     * The first selection in a fresh explorer page, another organisation each run: the picture's node-click to the
     * detail panel titled with its name and listing its measures (betweenness may still read "…" at 10,000; the
     * time it is filled in is printed too). The first run is the first selection after the import.
     */
    private static void detailSelections(WebDriver browser, AtlasProcess app, int runs) {
        for (int i = 0; i < runs; i++) {
            loadNetwork(browser, app);
            var times = (Map<?, ?>) ((JavascriptExecutor) browser).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const el = document.getElementById('network-graph');
                    const graph = window.atlasNetwork.renderer(el).getGraph();
                    const id = graph.nodes()[Math.floor(graph.order / 3) + 101 * arguments[0]];
                    const name = graph.getNodeAttribute(id, 'label');
                    const start = performance.now();
                    let shown = null;
                    el.dispatchEvent(new CustomEvent('node-click', { detail: { id: id } }));
                    const poll = () => {
                      const title = document.getElementById('detail-title');
                      const m = document.getElementById('detail-measures');
                      const b = document.getElementById('measure-betweenness');
                      if (shown === null && title && title.textContent === name && m && m.getBoundingClientRect().height > 0) {
                        shown = performance.now() - start;
                      }
                      if (shown !== null && b && !b.textContent.includes('…')) {
                        // when the server's answer to the click had arrived (the rest is the browser's work)
                        const answer = performance.getEntriesByType('resource')
                            .filter(r => r.name.includes('v-r=uidl') && r.startTime >= start)
                            .map(r => r.responseEnd - start)[0];
                        done({ shown: shown, betweenness: performance.now() - start, answer: answer === undefined ? -1 : answer });
                      } else if (performance.now() - start > 170000) {
                        done({ shown: shown === null ? -1 : shown, betweenness: -1 });
                      } else {
                        setTimeout(poll, 5);
                      }
                    };
                    poll();
                    """, i);
            double shown = ((Number) times.get("shown")).doubleValue();
            double betweenness = ((Number) times.get("betweenness")).doubleValue();
            if (i == 0) {
                System.out.printf(Locale.ROOT, "explorer: first selection after the import: measures shown %.0f ms, "
                        + "betweenness filled in %.0f ms%n", shown, betweenness);
            }
            record("explorer: first selection in a page, click to measures shown", 300, shown);
            record("explorer: first selection in a page, click to betweenness filled in", Double.NaN, betweenness);
            if (times.get("answer") instanceof Number answer) {
                record("explorer: first selection in a page, click to the server's answer received", Double.NaN,
                        answer.doubleValue());
            }
        }
    }

    /** Pan/zoom frames per second and filter changes (as of 2005 ↔ all years), as the bench-ui profile times them. */
    private static void explorerMotion(WebDriver browser, AtlasProcess app, int runs) {
        loadNetwork(browser, app);
        for (int i = 0; i < runs; i++) {
            record("explorer: pan/zoom frames per second (3 s)", -30, ((Number) ((JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "window.atlasNetwork.measureFps(document.getElementById('network-graph'), 3000).then(done);"))
                    .doubleValue());
        }
        js(browser, "const s = document.getElementById('year-range'); s.value = '2005';"
                + "s.dispatchEvent(new Event('input', {bubbles: true}));");
        awaitRender(browser, null);
        // both scopes once, so that each change below is a warm one (the first change of a scope computes its analysis)
        for (int i = 0; i < 2 + 2 * runs; i++) {
            String before = rendered(browser);
            double start = ((Number) js(browser, "const t = performance.now();"
                    + "document.getElementById('year-enabled').click(); return t;")).doubleValue();
            awaitRender(browser, before);
            double took = Double.parseDouble(rendered(browser)) - start;
            if (i < 2) {
                System.out.printf(Locale.ROOT, "explorer: filter change, first of its scope %.0f ms%n", took);
            } else {
                record("explorer: filter change (as of 2005 <-> all years), click to picture", 300, took);
            }
        }
    }

    /** A page load in a fresh session: ms from navigation start to settled. */
    private static double pageLoad(WebDriver browser, AtlasProcess app, String path, String selector) {
        fresh(browser);
        browser.get(app.baseUrl() + path);
        return settle(browser, selector, 0);
    }

    /** A view's figure, and beside it (no goal) when the server's last answer had arrived: the rest is the browser's. */
    private static void view(String what, double settled, WebDriver browser) {
        record(what, 1500, settled);
        record(what + " (server's last answer received)", Double.NaN, lastAnswer(browser));
    }

    /**
     * From the About page, a router link to {@code path} clicked as a reader clicks the menu (no page load): ms from
     * the click to settled.
     */
    private static double inApp(WebDriver browser, AtlasProcess app, String path, String selector) {
        fresh(browser);
        browser.get(app.baseUrl() + "/about");
        settle(browser, "#atlas-header", 0);
        double start = ((Number) js(browser, """
                window.__sameDocument = true;
                const a = document.createElement('a');
                a.href = arguments[0];
                a.setAttribute('router-link', '');
                a.textContent = 'bench';
                document.body.appendChild(a);
                const t = performance.now();
                a.click();
                return t;
                """, path)).doubleValue();
        double took = settle(browser, selector, start);
        if (!Boolean.TRUE.equals(js(browser, "return window.__sameDocument === true"))) {
            throw new IllegalStateException("the router link to " + path + " loaded a new page");
        }
        return took;
    }

    /**
     * Waits until no Vaadin client has a server round-trip pending and {@code selector} is visible (in a view reached
     * after {@code start}); returns {@code performance.now() - start} at that moment (5 ms polling).
     */
    private static double settle(WebDriver browser, String selector, double start) {
        return ((Number) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const selector = arguments[0], start = arguments[1];
                const busy = () => {
                  const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                  if (!clients || Object.keys(clients).length === 0) return true;
                  return Object.values(clients).some(c => typeof c.isActive === 'function' && c.isActive());
                };
                const visible = () => {
                  const e = document.querySelector(selector);
                  if (!e) return false;
                  const r = e.getBoundingClientRect();
                  return r.width > 0 && r.height > 0;
                };
                const poll = () => {
                  if (!busy() && visible()) {
                    const settled = performance.now() - start;
                    // the last of the server's answers (the page, Vaadin's init and its round-trips) to arrive
                    const answers = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                        .filter(r => r.startTime >= start && (r.entryType === 'navigation' || r.name.includes('v-r=')))
                        .map(r => r.responseEnd - start);
                    window.__lastAnswer = answers.length ? Math.max(...answers) : -1;
                    done(settled);
                  } else if (performance.now() - start > 170000) done(-1);
                  else setTimeout(poll, 5);
                };
                poll();
                """, selector, start)).doubleValue();
    }

    /** When the server's last answer before the latest {@link #settle} arrived, ms from the same start. */
    private static double lastAnswer(WebDriver browser) {
        return ((Number) js(browser, "return window.__lastAnswer")).doubleValue();
    }

    private static void fresh(WebDriver browser) {
        if (browser.getCurrentUrl().startsWith("http")) {
            browser.manage().deleteAllCookies();
        }
    }

    private static Object js(WebDriver browser, String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static String rendered(WebDriver browser) {
        return browser.findElement(By.id("network-graph")).getAttribute("data-rendered-at");
    }

    private static void awaitRender(WebDriver browser, String previous) {
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> {
            String now = rendered(d);
            return now != null && !now.equals(previous);
        });
    }

    private static final Map<String, List<Double>> FIGURES = new LinkedHashMap<>();
    private static final Map<String, Double> GOALS = new HashMap<>();

    /**
     * One run's figure; {@code goal} is an upper bound in ms, or a lower bound when negative (frames per second), or
     * NaN for none.
     */
    private static void record(String what, double goal, double value) {
        FIGURES.computeIfAbsent(what, w -> new ArrayList<>()).add(value);
        GOALS.put(what, goal);
        System.out.printf(Locale.ROOT, "  %s: %.0f%n", what, value);
    }

    private static void summarise() {
        FIGURES.forEach((what, values) -> {
            var sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            double goal = GOALS.get(what);
            String verdict = Double.isNaN(goal) ? "(no goal)"
                    : goal < 0 ? (median >= -goal ? "goal >= " + (int) -goal + ": MET" : "goal >= " + (int) -goal + ": MISSED")
                    : (median <= goal ? "goal <= " + (int) goal + " ms: MET" : "goal <= " + (int) goal + " ms: MISSED");
            String line = String.format(Locale.ROOT, "%-72s median %6.0f  min %6.0f  max %6.0f  n=%d  %s", what, median,
                    sorted.get(0), sorted.get(sorted.size() - 1), sorted.size(), verdict);
            System.out.println(line);
        });
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
