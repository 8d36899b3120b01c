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

                String json = JsonSnapshotFormat.toJson(
                        new SyntheticNetworkGenerator(organisations, linksPerOrganisation, 42).generate(), false);
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

                js(browser, "const s = document.getElementById('year-range'); s.value = '2005';"
                        + "s.dispatchEvent(new Event('input', {bubbles: true}));");
                awaitRender(browser, null);
                List<Double> changes = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String before = rendered(browser);
                    double start = ((Number) js(browser, "const t = performance.now();"
                            + "document.getElementById('year-enabled').click(); return t;")).doubleValue();
                    awaitRender(browser, before);
                    changes.add(Double.parseDouble(rendered(browser)) - start);
                }
                report("synthetic: filter change (as of 2005 <-> all years) click to picture (ms)", changes);
            } finally {
                browser.quit();
            }
        }
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
