package org.partnershipatlas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Every report on paper and every view on a phone, in the real headless Chromium against the packaged app.
 *
 * <p>Print: each view is printed to PDF on A4 as the browser's print does (print media, {@code PrintsPage}) and the
 * PDF is read back with PDFBox: a Board's profile is one to three pages and holds every section through "Sources";
 * {@code /health-boards} holds every Board (and {@code ?group=trusts} every Trust) under every column's heading;
 * {@code /quality} and the overview hold every section; nothing of the navigation, header or buttons is on paper, and
 * laid out for paper nothing scrolls inside a box.
 *
 * <p>Phones: at 390 × 844 no view — signed out, and signed in as admin — scrolls sideways: neither the page
 * ({@code document.documentElement.scrollWidth}) nor the app's frame around the view is wider than the window.
 */
class PrintAndPhoneBrowserIT extends BrowserTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyBoardsProfile_printsOnOneToThreeA4Pages_withEverySectionThroughSources() throws Exception {
        for (JsonNode o : JSON.readTree(app.get("/api/network").body()).get("organisations")) {
            if (!"HEALTH_BOARD".equals(o.get("type").asText())) {
                continue;
            }
            String id = o.get("id").asText();
            open("/organisations/" + id, "#profile-ego[data-rendered]");
            List<String> headings = texts("#profile-view .profile-section > h3");
            assertThat(headings).as(id).hasSizeGreaterThanOrEqualTo(7).last().isEqualTo("Sources");
            String name = text("#profile-name");
            List<String> sources = texts("#profile-sources-list li");
            Printed pdf = print("profile-" + id);
            assertThat(pdf.pages()).as("%s: pages", id).isBetween(1, 3);
            assertThat(pdf.text()).as(id).contains(name);
            for (String heading : headings) {
                assertThat(pdf.text()).as("%s: section %s on paper", id, heading).contains(flat(heading));
            }
            // the last section whole: its last source is on paper too
            assertThat(pdf.text()).as(id).contains(flat(sources.get(sources.size() - 1)));
            assertThat(pdf.text()).as("%s: no buttons on paper", id).doesNotContain(flat(text("#print-profile")));
            assertNoFrameOnPaper(pdf, id);
        }
    }

    @Test
    void healthBoardsReport_printsEveryBoardAndTrustUnderEveryColumn() throws Exception {
        for (String group : List.of("boards", "trusts")) {
            open("/health-boards?group=" + group, "#boards-grid vaadin-grid-cell-content a");
            List<String> columns = gridHeadings("boards-grid");
            assertThat(columns).as(group).hasSize(10);
            String coverage = texts("#health-boards-view h3").get(0);
            JsonNode boards = JSON.readTree(app.get("/api/health-boards/gaps?group=" + group).body()).get("healthBoards");
            assertThat(boards.size()).as(group).isEqualTo("trusts".equals(group) ? 3 : 7);
            Printed pdf = print("health-boards-" + group);
            // the table: from its first column's heading to the next section's heading
            String text = pdf.text();
            int start = text.indexOf(flat(columns.get(0)));
            int end = text.indexOf(flat(coverage), Math.max(start, 0));
            assertThat(start).as("%s: the Boards' table on paper", group).isNotNegative();
            assertThat(end).as("%s: the coverage after it", group).isGreaterThan(start);
            String table = text.substring(start, end);
            for (String column : columns) {
                assertThat(table).as("%s: column %s", group, column).contains(flat(column));
            }
            for (JsonNode board : boards) {
                assertThat(table).as("%s: every row, %s", group, board.get("name").asText())
                        .contains(flat(board.get("name").asText()));
            }
            // fragile links: every one, the last too
            List<String> fragile = texts("#fragile-print tbody tr td:first-child");
            assertThat(fragile).isNotEmpty();
            assertThat(text).contains(flat(fragile.get(fragile.size() - 1)));
            List<String> sections = texts("#health-boards-view h3");
            assertThat(text).as("the last section").contains(flat(sections.get(sections.size() - 1)));
            assertNoFrameOnPaper(pdf, group);
        }
    }

    @Test
    void qualityAndOverview_printWhole() throws Exception {
        open("/quality", "#quality-heatmap");
        List<String> headings = texts("#quality-view h3, #quality-view h4");
        List<String> groups = texts("#quality-heatmap tbody th");
        List<String> atRisk = texts("#at-risk-print tbody tr td:first-child");
        Printed quality = print("quality");
        for (String heading : headings) {
            assertThat(quality.text()).as("quality: %s", heading).contains(flat(heading));
        }
        for (String group : groups) {
            assertThat(quality.text()).as("quality: heatmap row %s", group).contains(flat(group));
        }
        if (!atRisk.isEmpty()) {
            assertThat(quality.text()).as("quality: the last link at risk").contains(flat(atRisk.get(atRisk.size() - 1)));
        }
        assertNoFrameOnPaper(quality, "quality");

        open("/overview", "#overview-view #chart-growth[data-rendered]");
        waiting().until(d -> d.findElements(By.cssSelector(".overview-block .atlas-chart:not([data-rendered])")).isEmpty());
        List<String> blocks = texts("#overview-view h3");
        List<String> changes = texts("#block-changes tbody tr td:last-child");
        Printed overview = print("overview");
        for (String heading : blocks) {
            assertThat(overview.text()).as("overview: %s", heading).contains(flat(heading));
        }
        assertThat(overview.text()).as("overview: the last change").contains(flat(changes.get(changes.size() - 1)));
        assertNoFrameOnPaper(overview, "overview");
    }

    @Test
    void atPhoneWidth_noViewScrollsSideways_signedOutAndAsAdmin() throws Exception {
        var opened = app.post("/api/returns", "application/json", "{\"title\": \"Phone return\", \"closes\": \""
                + java.time.LocalDate.now().plusDays(14) + "\", \"organisations\": [\"cardiff-and-vale-uhb\"]}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode round = JSON.readTree(opened.body());
        String respond = round.get("invitations").get(0).get("url").asText();
        String roundId = round.get("id").asText();
        String[][] publicPages = {
                {"/", "#overview-view #chart-growth[data-rendered]"},
                {"/overview", "#overview-view #chart-growth[data-rendered]"},
                {"/network", "#network-graph[data-nodes]"},
                {"/network?tab=table", "#network-view"},
                {"/map", "#world-map"},
                {"/map?select=LS", "#country-heading"},
                {"/health-boards", "#boards-grid"},
                {"/health-boards?group=trusts", "#boards-grid"},
                {"/quality", "#quality-heatmap"},
                {"/brokers", "vaadin-grid"},
                {"/introductions", "#introductions-view"},
                {"/introductions?from=19-hills-health-and-wellbeing-centre&country=LS", ".route-chain"},
                {"/what-if", "#what-if-view"},
                {"/what-if?remove=ihcc", "#what-if-results vaadin-grid"},
                {"/history", "vaadin-grid"},
                {"/stories", "#stories-view"},
                {"/about", "#count-organisations"},
                {"/accessibility", "#accessibility-view"},
                {"/organisations/betsi-cadwaladr-uhb", "#profile-ego[data-rendered]"},
                {"/organisations/public-health-wales", "#profile-name"},
                {"/register", "#register-view #register-name"},
                {respond, "#respond-heading"},
                {"/login", "vaadin-login-form"},
                {"/embed/network", "#embed-network"},
                {"/embed/map", "#embed-map"}};
        String[][] adminPages = {
                {"/", "#overview-view #chart-growth[data-rendered]"},
                {"/network", "#network-graph[data-nodes]"},
                {"/data", "vaadin-grid"},
                {"/history", "vaadin-grid"},
                {"/users", "vaadin-grid"},
                {"/quality", "#quality-heatmap"},
                {"/stories", "#stories-view"},
                {"/returns", "#returns-view"},
                {"/returns/" + roundId, "#round-heading"},
                {"/backups", "#backups-view vaadin-grid"},
                {"/organisations/cardiff-and-vale-uhb", "#profile-ego[data-rendered]"}};
        var chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        var wide = new ArrayList<String>();
        try {
            for (String[] page : publicPages) {
                wide.addAll(sideways(page[0], page[1], "signed out"));
            }
            signIn("admin", AtlasProcess.ADMIN_PASSWORD);
            waiting().until(d -> !d.findElements(By.id("signed-in-as")).isEmpty());
            for (String[] page : adminPages) {
                wide.addAll(sideways(page[0], page[1], "admin"));
            }
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertThat(wide).as("views that scroll sideways at 390 px:%n%s", String.join("\n", wide)).isEmpty();
    }

    /** What is wider than the window on this page: the page itself, the app's frame, and the widest elements. */
    private List<String> sideways(String path, String ready, String who) throws IOException {
        open(path, ready);
        @SuppressWarnings("unchecked")
        Map<String, Object> widths = (Map<String, Object>) js("""
                const W = window.innerWidth;
                const layout = document.querySelector('vaadin-app-layout');
                const frame = layout && layout.shadowRoot ? layout.shadowRoot.querySelector('[content]') : null;
                const wide = [];
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect();
                  if (r.width > 0 && r.right > W + 1 && wide.length < 5) {
                    wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + Math.round(r.right));
                  }
                }
                return {inner: W, page: document.documentElement.scrollWidth,
                        frame: frame ? frame.scrollWidth : 0, frameBox: frame ? frame.clientWidth : 0,
                        wide: wide.join(', ')};
                """);
        long inner = ((Number) widths.get("inner")).longValue();
        long page = ((Number) widths.get("page")).longValue();
        long frame = ((Number) widths.get("frame")).longValue();
        long frameBox = ((Number) widths.get("frameBox")).longValue();
        assertThat(inner).as("the phone's width").isEqualTo(390);
        if (page <= inner && frame <= frameBox) {
            return List.of();
        }
        String name = "phone" + path.replaceAll("[^a-z0-9]+", "-") + "-" + who.replace(' ', '-');
        Chromium.screenshot(browser, name);
        return List.of(String.format("%s (%s): page %d px, frame %d px in %d, window %d; wide: %s", path, who, page,
                frame, frameBox, inner, widths.get("wide")));
    }

    private void open(String path, String ready) {
        browser.get(app.baseUrl() + path);
        waiting().until(d -> !d.findElements(By.cssSelector(ready)).isEmpty());
        // fonts, charts and grids settle
        waiting().until(d -> Boolean.TRUE.equals(js("return document.fonts.status === 'loaded'")));
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Prints the page on A4 as the browser's print does, keeps the PDF under target/screenshots, reads it back. */
    private Printed print(String name) throws IOException {
        var options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setBackground(true);
        byte[] bytes = Base64.getDecoder().decode(((PrintsPage) browser).print(options).getContent());
        Files.createDirectories(Chromium.SCREENSHOTS);
        Files.write(Chromium.SCREENSHOTS.resolve(name + ".pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            System.out.printf("printed %s on A4: %d page(s)%n", name, pdf.getNumberOfPages());
            return new Printed(pdf.getNumberOfPages(), flat(new PDFTextStripper().getText(pdf)));
        }
    }

    /** No navigation, header or language switch on paper, and laid out for A4 no box scrolls. */
    private void assertNoFrameOnPaper(Printed pdf, String what) {
        // the navigation's items one after the other (each alone is a word the content may use)
        List<String> nav = texts("vaadin-side-nav-item");
        assertThat(nav).hasSizeGreaterThanOrEqualTo(3);
        assertThat(pdf.text()).as("%s: the navigation is not on paper", what)
                .doesNotContain(flat(String.join(" ", nav.subList(0, 3))));
        for (String selector : List.of("#sign-in", "#signed-in-as")) {
            for (String shown : texts(selector)) {
                assertThat(pdf.text()).as("%s: %s is not on paper", what, selector).doesNotContain(flat(shown));
            }
        }
        assertThat(pdf.text()).as("%s: the language switch", what).doesNotContain("Language / Iaith");
        var chrome = (ChromeDriver) browser;
        // A4 less the margins, then the print media: the charts are drawn again at this width, as when printing
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 718, "height", 1047, "deviceScaleFactor", 1, "mobile", false));
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            ((JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
            String scrolling = (String) js("""
                    const boxes = [];
                    const walk = (root) => {
                      for (const e of root.querySelectorAll('*')) {
                        const s = getComputedStyle(e);
                        const scrolls = /(auto|scroll)/.test(s.overflowX + s.overflowY);
                        if (scrolls && e.offsetParent !== null && s.display !== 'none'
                            && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)) {
                          boxes.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' '
                              + e.clientWidth + 'x' + e.clientHeight + ' < ' + e.scrollWidth + 'x' + e.scrollHeight);
                        }
                        if (e.shadowRoot) walk(e.shadowRoot);
                      }
                    };
                    walk(document);
                    return boxes.join('; ');
                    """);
            assertThat(scrolling).as("%s: boxes that scroll on paper", what).isEmpty();
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private List<String> gridHeadings(String gridId) {
        @SuppressWarnings("unchecked")
        List<String> headings = (List<String>) js("return [...document.querySelectorAll('#" + gridId
                + " vaadin-grid-column')].map(c => c._headerCell ? c._headerCell._content.textContent.trim() : '')");
        return headings;
    }

    private static String text(String selector) {
        return texts(selector).get(0);
    }

    /** The text of each element (also those shown only on paper), in document order. */
    @SuppressWarnings("unchecked")
    private static List<String> texts(String selector) {
        return (List<String>) js("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent.trim())",
                selector);
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** Whitespace as one space: a PDF breaks lines where the page does. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private record Printed(int pages, String text) {
    }
}
