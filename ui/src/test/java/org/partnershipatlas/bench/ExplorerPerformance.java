package org.partnershipatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.it.AtlasProcess;
import org.partnershipatlas.it.Chromium;
import org.partnershipatlas.synthetic.SyntheticNetworkGenerator;

/**
 * How fast the explorer is in a real headless Chromium (WebGL through SwiftShader, as on a machine without a GPU)
 * against the packaged app:
 * <ol>
 * <li>seed network, warm server: time from the page request to the drawn picture ({@code data-rendered-at}, ms
 * since navigation start), over several loads;</li>
 * <li>a synthetic network (default 10,000 organisations, 3 links each) imported through {@code POST /api/import}:
 * the first and warm page loads, frames per second while the camera pans and zooms for 3 s
 * ({@code requestAnimationFrame} timing), and filter changes — toggling "as of year" between all years and 2005,
 * from the click to the redrawn picture.</li>
 * </ol>
 * Run: {@code mvn -q -pl ui -am -Pbench-ui -DskipTests verify} (arguments with {@code -Dbench.ui.args="10000 3"}).
 */
public final class ExplorerPerformance {
    private ExplorerPerformance() {
    }

    public static void main(String[] args) throws Exception {
        int organisations = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int linksPerOrganisation = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path data = Files.createTempDirectory("atlas-bench-ui-");
        try (AtlasProcess app = AtlasProcess.start(data)) {
            WebDriver browser = Chromium.start();
            try {
                List<Double> seed = new ArrayList<>();
                load(browser, app, "/network");   // warm the server
                for (int i = 0; i < 5; i++) {
                    seed.add(load(browser, app, "/network"));
                }
                report("seed: page request to picture (ms)", seed);

                var synthetic = new SyntheticNetworkGenerator(organisations, linksPerOrganisation, 42).generate();
                measuresOfOne(synthetic);
                String json = JsonSnapshotFormat.toJson(synthetic, false);
                long t0 = System.nanoTime();
                var imported = app.post("/api/import?mode=replace", "application/json", json);
                System.out.printf(Locale.ROOT, "synthetic %d organisations: import %d in %.1f s%n", organisations,
                        imported.statusCode(), (System.nanoTime() - t0) / 1e9);
                double first = load(browser, app, "/network");
                List<Double> warm = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    warm.add(load(browser, app, "/network"));
                }
                System.out.printf(Locale.ROOT, "synthetic: first page load to picture %.0f ms (layout and analysis computed)%n", first);
                report("synthetic: warm page request to picture (ms)", warm);
                var stats = js(browser, "return window.atlasNetwork.stats(document.getElementById('network-graph'))");
                System.out.println("synthetic: drawn " + stats);

                List<Double> fps = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    fps.add(((Number) ((JavascriptExecutor) browser).executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + "window.atlasNetwork.measureFps(document.getElementById('network-graph'), 3000).then(done);"))
                            .doubleValue());
                }
                report("synthetic: pan/zoom frames per second", fps);
                probe(browser);

                js(browser, "const s = document.getElementById('year-range'); s.value = '2005';"
                        + "s.dispatchEvent(new Event('input', {bubbles: true}));");
                awaitRender(browser, null);
                List<Double> changes = new ArrayList<>();
                List<Double> painted = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String before = rendered(browser);
                    // also when the second frame after the redraw starts: the drawn picture has reached the screen
                    double start = ((Number) js(browser, "const t = performance.now(); window.__painted = null;"
                            + "document.getElementById('network-graph').addEventListener('rendered', () =>"
                            + " requestAnimationFrame(() => requestAnimationFrame(() => { window.__painted = performance.now(); })),"
                            + " { once: true });"
                            + "document.getElementById('year-enabled').click(); return t;")).doubleValue();
                    awaitRender(browser, before);
                    changes.add(Double.parseDouble(rendered(browser)) - start);
                    new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(50))
                            .until(d -> js(d, "return window.__painted") != null);
                    painted.add(((Number) js(browser, "return window.__painted")).doubleValue() - start);
                }
                report("synthetic: filter change (as of 2005 <-> all years) click to picture (ms)", changes);
                report("synthetic: filter change click to the second frame after it (ms)", painted);
                detailPanel(browser);
            } finally {
                browser.quit();
            }
            trace(app);
        }
    }

    /**
     * A Chrome trace of one camera animation (3 s) on the synthetic network, summed per thread: how long each
     * thread of the renderer and GPU processes was busy, and its costliest kinds of work. ChromeDriver collects the
     * trace events into its performance log ({@code perfLoggingPrefs.traceCategories}).
     */
    private static void trace(AtlasProcess app) throws Exception {
        WebDriver browser = Chromium.start(options -> {
            var logs = new org.openqa.selenium.logging.LoggingPreferences();
            logs.enable(org.openqa.selenium.logging.LogType.PERFORMANCE, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            options.setExperimentalOption("perfLoggingPrefs", java.util.Map.of("enableNetwork", false,
                    "enablePage", false, "traceCategories", "toplevel,devtools.timeline,gpu,viz,cc"));
        });
        try {
            load(browser, app, "/network");
            Thread.sleep(2000);
            // ChromeDriver ends the trace when the log is asked for and hands its events out on the next request.
            traceEvents(browser);
            for (String variant : List.of("as-is", "circles", "points")) {
                double fps = ((Number) ((JavascriptExecutor) browser).executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "window.atlasNetwork.probe(document.getElementById('network-graph'), 3000, arguments[0]).then(done);",
                        variant)).doubleValue();
                summariseTrace(variant, fps, traceEvents(browser));
            }
        } finally {
            browser.quit();
        }
    }

    private static List<org.openqa.selenium.logging.LogEntry> traceEvents(WebDriver browser) {
        var entries = new ArrayList<>(browser.manage().logs().get(org.openqa.selenium.logging.LogType.PERFORMANCE).getAll());
        entries.addAll(browser.manage().logs().get(org.openqa.selenium.logging.LogType.PERFORMANCE).getAll());
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static void summariseTrace(String variant, double fps, List<org.openqa.selenium.logging.LogEntry> entries)
            throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var threads = new java.util.HashMap<String, String>();
        var busy = new java.util.HashMap<String, Double>();
        var work = new java.util.HashMap<String, Double>();
        double first = Double.MAX_VALUE, last = 0;
        int events = 0;
        for (var entry : entries) {
            var message = (java.util.Map<String, Object>) mapper.readValue(entry.getMessage(), java.util.Map.class).get("message");
            if (!"Tracing.dataCollected".equals(message.get("method"))) {
                continue;
            }
            var e = (java.util.Map<String, Object>) message.get("params");
            events++;
            String thread = e.get("pid") + "/" + e.get("tid");
            if ("M".equals(e.get("ph")) && "thread_name".equals(e.get("name"))) {
                threads.put(thread, String.valueOf(((java.util.Map<String, Object>) e.get("args")).get("name")));
                continue;
            }
            if (!"X".equals(e.get("ph")) || !(e.get("dur") instanceof Number dur) || !(e.get("ts") instanceof Number ts)) {
                continue;
            }
            first = Math.min(first, ts.doubleValue());
            last = Math.max(last, ts.doubleValue() + dur.doubleValue());
            String name = String.valueOf(e.get("name"));
            if (name.equals("ThreadControllerImpl::RunTask") || name.equals("ThreadPool_RunTask")) {
                busy.merge(thread, dur.doubleValue() / 1000, Double::sum);
            } else {
                work.merge(thread + " " + name, dur.doubleValue() / 1000, Double::sum);
            }
        }
        double span = (last - first) / 1000;
        System.out.printf(Locale.ROOT, "trace %s: %.1f fps, %d events over %.0f ms%n", variant, fps, events, span);
        busy.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).limit(6)
                .forEach(b -> System.out.printf(Locale.ROOT, "  thread %s (%s): tasks %.0f ms (%.0f%% of the span)%n",
                        threads.getOrDefault(b.getKey(), "?"), b.getKey(), b.getValue(), 100 * b.getValue() / span));
        work.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).limit(14)
                .forEach(w -> {
                    String thread = w.getKey().substring(0, w.getKey().indexOf(' '));
                    System.out.printf(Locale.ROOT, "  %-16s %-60s %.0f ms%n", threads.getOrDefault(thread, thread),
                            w.getKey().substring(w.getKey().indexOf(' ') + 1), w.getValue());
                });
    }

    /**
     * The detail panel's measures of one organisation, in this JVM on the synthetic network (each on a fresh
     * analysis, as on a first selection): what the panel computes now ({@code shownMetrics}: betweenness
     * left for later) against every measure of every organisation ({@code metrics(id)}, what it computed before).
     */
    private static void measuresOfOne(org.partnershipatlas.model.NetworkSnapshot snapshot) {
        String id = snapshot.organisations().get(snapshot.organisations().size() / 2).id();
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            org.partnershipatlas.analytics.NetworkAnalytics.of(snapshot).shownMetrics(id).orElseThrow();
            long t1 = System.nanoTime();
            org.partnershipatlas.analytics.NetworkAnalytics.of(snapshot).betweenness(id).orElseThrow();
            long t2 = System.nanoTime();
            org.partnershipatlas.analytics.NetworkAnalytics.of(snapshot).metrics(id).orElseThrow();
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "synthetic: one organisation's measures, fresh analysis: shown ones %.0f ms, "
                    + "betweenness alone %.0f ms, every measure of everyone %.0f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                    (t3 - t2) / 1e6);
        }
    }

    /**
     * The detail panel in the browser: a click on an organisation (the picture's "node-click" event) to its
     * measures shown, and on to its betweenness filled in; the first selection in the scope, then another one.
     */
    private static void detailPanel(WebDriver browser) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
        for (int i = 0; i < 2; i++) {
            var times = (java.util.Map<?, ?>) ((JavascriptExecutor) browser).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const el = document.getElementById('network-graph');
                    const graph = window.atlasNetwork.renderer(el).getGraph();
                    const id = graph.nodes()[Math.floor(graph.order / 3) + 101 * arguments[0]];
                    const name = graph.getNodeAttribute(id, 'label');
                    const start = performance.now();
                    let shown = null;
                    el.dispatchEvent(new CustomEvent('node-click', { detail: { id: id } }));
                    const poll = setInterval(() => {
                      const title = document.getElementById('detail-title');
                      const b = document.getElementById('measure-betweenness');
                      if (shown === null && title && title.textContent === name && b) shown = performance.now() - start;
                      if (shown !== null && b && !b.textContent.includes('…')) {
                        clearInterval(poll);
                        done({ shown: shown, betweenness: performance.now() - start });
                      }
                    }, 10);
                    """, i);
            System.out.printf(Locale.ROOT, "synthetic: detail panel, %s selection: measures shown %.0f ms, betweenness "
                    + "filled in %.0f ms%n", i == 0 ? "first" : "second", ((Number) times.get("shown")).doubleValue(),
                    ((Number) times.get("betweenness")).doubleValue());
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** The variants of {@code atlasNetwork.probe}, measured in turn (A/B in one page, two rounds). */
    static final List<String> VARIANTS = List.of("as-is", "still", "no-overlay", "no-picking", "circles", "points",
            "no-nodes");

    /**
     * What a frame costs: frames per second of the same camera moves with one thing changed at a time, and the
     * renderer process's main thread meanwhile (CDP {@code Performance.getMetrics}: task, script, style and layout
     * time per second of wall time). The machine's load drifts, so each variant runs in two interleaved rounds.
     */
    private static void probe(WebDriver browser) {
        var cdp = (org.openqa.selenium.chrome.ChromeDriver) browser;
        cdp.executeCdpCommand("Performance.enable", java.util.Map.of());
        var results = new java.util.LinkedHashMap<String, List<String>>();
        for (int round = 0; round < 2; round++) {
            for (String variant : VARIANTS) {
                var before = metrics(cdp);
                long t0 = System.nanoTime();
                double fps = ((Number) ((JavascriptExecutor) browser).executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "window.atlasNetwork.probe(document.getElementById('network-graph'), 2500, arguments[0]).then(done);",
                        variant)).doubleValue();
                double wall = (System.nanoTime() - t0) / 1e9;
                var after = metrics(cdp);
                java.util.function.ToDoubleFunction<String> share = k -> (after.getOrDefault(k, 0.0) - before.getOrDefault(k, 0.0)) / wall;
                results.computeIfAbsent(variant, v -> new ArrayList<>()).add(String.format(Locale.ROOT,
                        "%.1f fps (main thread busy %.0f%%: script %.0f%%, style+layout %.0f%%)", fps,
                        100 * share.applyAsDouble("TaskDuration"), 100 * share.applyAsDouble("ScriptDuration"),
                        100 * (share.applyAsDouble("RecalcStyleDuration") + share.applyAsDouble("LayoutDuration"))));
            }
        }
        results.forEach((variant, runs) -> System.out.println("synthetic: probe " + variant + ": " + String.join(" | ", runs)));
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Double> metrics(org.openqa.selenium.chrome.ChromeDriver cdp) {
        var out = new java.util.HashMap<String, Double>();
        var list = (List<java.util.Map<String, Object>>) cdp.executeCdpCommand("Performance.getMetrics", java.util.Map.of()).get("metrics");
        for (var m : list) {
            out.put((String) m.get("name"), ((Number) m.get("value")).doubleValue());
        }
        return out;
    }

    private static Object js(WebDriver browser, String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
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

    /** Loads a page in a fresh session and returns ms from navigation start to the drawn picture. */
    private static double load(WebDriver browser, AtlasProcess app, String path) {
        if (browser.getCurrentUrl().startsWith("http")) {
            browser.manage().deleteAllCookies();
        }
        browser.get(app.baseUrl() + path);
        awaitRender(browser, null);
        return Double.parseDouble(rendered(browser));
    }

    private static void report(String what, List<Double> values) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        System.out.printf(Locale.ROOT, "%s: median %.0f, min %.0f, max %.0f (n=%d)%n", what, median, sorted.get(0),
                sorted.get(sorted.size() - 1), sorted.size());
    }
}
