package org.partnershipatlas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The picture answers the strategist's question (issue 20), checked through the picture's own contract in headless
 * Chromium at 1366×768 and 1920×1080: {@code atlasNetwork.labels(el)} (every organisation of a focused picture named,
 * no two labels overlapping, none past the edge), {@code legend(el)} (fixed colours, the default link colouring in
 * the legend) and {@code highlighted(el)} (a route drawn on the graph); and the SVG export, opened in the same
 * browser, measured the same way.
 */
class NetworkPictureBrowserIT extends BrowserTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Dimension> SIZES = List.of(new Dimension(1366, 768), new Dimension(1920, 1080));

    @AfterAll
    static void backToTheUsualWindow() {
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static WebElement graph() {
        return browser.findElement(By.id("network-graph"));
    }

    /** Opens a view and waits until its picture is drawn and at rest, labels placed. */
    private static void open(String path) {
        browser.get(app.baseUrl() + path);
        waiting().until(d -> {
            var el = d.findElements(By.id("network-graph"));
            return !el.isEmpty() && el.get(0).getAttribute("data-nodes") != null
                    && Boolean.TRUE.equals(js("return window.atlasNetwork.settled(arguments[0])", el.get(0)));
        });
        // a camera move asked for after the drawing (framing a selection) starts on a later frame
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeAsyncScript(
                "const el = arguments[0]; const done = arguments[arguments.length - 1];"
                        + "setTimeout(() => done(window.atlasNetwork.settled(el)), 700)", graph())));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> labels() {
        return (List<Map<String, Object>>) js("return window.atlasNetwork.labels(arguments[0])", graph());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> groupLabels() {
        return (List<Map<String, Object>>) js("return window.atlasNetwork.groupLabels(arguments[0])", graph());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> legend() {
        return (List<Map<String, Object>>) js("return window.atlasNetwork.legend(arguments[0])", graph());
    }

    @SuppressWarnings("unchecked")
    private static List<String> drawnIds() {
        return (List<String>) js("return window.atlasNetwork.renderer(arguments[0]).getGraph().nodes()", graph());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> drawnNames() {
        return (Map<String, String>) js("const g = window.atlasNetwork.renderer(arguments[0]).getGraph(); const out = {};"
                + "g.forEachNode((id, a) => { out[id] = a.label; }); return out;", graph());
    }

    private static double num(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        return num(a, "x") < num(b, "x") + num(b, "width") && num(b, "x") < num(a, "x") + num(a, "width")
                && num(a, "y") < num(b, "y") + num(b, "height") && num(b, "y") < num(a, "y") + num(a, "height");
    }

    /** No two boxes overlap, every box inside the picture, every text a whole name or its start with an ellipsis. */
    private static void assertLabelsReadable(String view, Dimension size) {
        var labels = labels();
        var groups = groupLabels();
        double w = graph().getRect().getWidth();
        double h = graph().getRect().getHeight();
        Map<String, String> names = drawnNames();
        for (int i = 0; i < labels.size(); i++) {
            var a = labels.get(i);
            assertThat(num(a, "x")).as(view + " " + size + ": " + a + " inside on the left").isGreaterThanOrEqualTo(0);
            assertThat(num(a, "y")).as(view + " " + size + ": " + a + " inside at the top").isGreaterThanOrEqualTo(0);
            assertThat(num(a, "x") + num(a, "width")).as(view + " " + size + ": " + a + " inside on the right")
                    .isLessThanOrEqualTo(w);
            assertThat(num(a, "y") + num(a, "height")).as(view + " " + size + ": " + a + " inside at the bottom")
                    .isLessThanOrEqualTo(h);
            assertThat(num(a, "height")).as("12 px text needs its height").isGreaterThanOrEqualTo(12);
            String text = (String) a.get("text");
            String name = names.get((String) a.get("id"));
            assertThat(text.equals(name) || (text.endsWith("…") && name.startsWith(text.substring(0, text.length() - 1).strip())))
                    .as(view + ": label " + text + " of " + name).isTrue();
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(overlap(a, labels.get(j))).as(view + " " + size + ": " + a + " overlaps " + labels.get(j)).isFalse();
            }
            for (var g : groups) {
                assertThat(overlap(a, g)).as(view + " " + size + ": " + a + " overlaps the group name " + g).isFalse();
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                assertThat(overlap(groups.get(i), groups.get(j))).as(view + ": group names overlap").isFalse();
            }
        }
    }

    private static Set<String> labelled() {
        var ids = new HashSet<String>();
        labels().forEach(l -> ids.add((String) l.get("id")));
        return ids;
    }

    private List<String> routeThroughDolenCymru() throws Exception {
        JsonNode network = JSON.readTree(app.get("/api/export?format=json").body());
        var partners = new ArrayList<String>();
        for (JsonNode l : network.get("links")) {
            String from = l.get("from").asText(), to = l.get("to").asText();
            if (from.equals("dolen-cymru") && !partners.contains(to)) {
                partners.add(to);
            } else if (to.equals("dolen-cymru") && !partners.contains(from)) {
                partners.add(from);
            }
        }
        assertThat(partners).as("Dolen Cymru's partners").hasSizeGreaterThanOrEqualTo(2);
        return List.of(partners.get(0), "dolen-cymru", partners.get(1));
    }

    @Test
    void focusedPicturesNameEveryOrganisationWithoutOverlapAtBothSizes() throws Exception {
        for (Dimension size : SIZES) {
            browser.manage().window().setSize(size);
            for (String view : List.of("/network?country=LS", "/network?focus=dolen-cymru", "/network?focus=dolen-cymru&steps=2")) {
                open(view);
                List<String> drawn = drawnIds();
                assertThat(drawn.size()).as(view + " is a focused picture").isBetween(2, 150);
                assertThat(labelled()).as(view + " at " + size + ": every organisation named").containsExactlyInAnyOrderElementsOf(drawn);
                assertLabelsReadable(view, size);
                Chromium.screenshot(browser, "picture-" + view.replaceAll("[^a-z0-9]+", "-") + "-" + size.getWidth());
            }
        }
    }

    @Test
    void theWholeNetworkLabelsTheBoardsFirstAndNothingOverlaps() throws Exception {
        JsonNode network = JSON.readTree(app.get("/api/export?format=json").body());
        var boards = new ArrayList<String>();
        network.get("organisations").forEach(o -> {
            if ("HEALTH_BOARD".equals(o.get("type").asText())) {
                boards.add(o.get("id").asText());
            }
        });
        for (Dimension size : SIZES) {
            browser.manage().window().setSize(size);
            open("/network");
            assertThat(drawnIds().size()).isGreaterThan(150);
            assertLabelsReadable("/network", size);
            assertThat(labelled()).as("the Health Boards are named at " + size).containsAll(boards);
            assertThat(groupLabels()).as("partner countries named").isNotEmpty();
            Chromium.screenshot(browser, "picture-whole-" + size.getWidth());
        }
    }

    @Test
    void thePictureHasTheRoomAndASelectionIsFramedWithItsPartners() throws Exception {
        browser.manage().window().setSize(SIZES.get(0));
        open("/network");
        var picture = graph().getRect();
        var content = browser.findElement(By.id("network-view")).getRect();
        double share = (double) picture.getWidth() * picture.getHeight() / ((double) content.getWidth() * content.getHeight());
        assertThat(share).as("share of the content area that is the picture at 1366×768").isGreaterThanOrEqualTo(0.70);
        browser.findElement(By.id("controls-toggle")).click();
        waiting().until(d -> d.findElement(By.id("controls-drawer")).isDisplayed());
        assertThat(graph().getRect().getHeight()).as("opening the filters does not push the picture down")
                .isEqualTo(picture.getHeight());

        open("/network?select=dolen-cymru");
        double w = graph().getRect().getWidth();
        double h = graph().getRect().getHeight();
        @SuppressWarnings("unchecked")
        var near = (List<String>) js("return window.atlasNetwork.highlighted(arguments[0])", graph());
        assertThat(near).contains("dolen-cymru").hasSizeGreaterThan(2);
        for (String id : near) {
            @SuppressWarnings("unchecked")
            var p = (Map<String, Object>) js("return window.atlasNetwork.nodePosition(arguments[0], arguments[1])", graph(), id);
            assertThat(num(p, "x")).as(id + " in view").isBetween(0.0, w);
            assertThat(num(p, "y")).as(id + " in view").isBetween(0.0, h);
        }
        assertThat(labelled()).as("the selection named").contains("dolen-cymru");
    }

    @Test
    void coloursHoldAcrossViewsAndEveryColouringHasItsLegend() {
        open("/network");
        var whole = legend();
        assertThat(whole).as("the default link colouring is in the legend")
                .anyMatch(e -> "line".equals(e.get("kind")) && "Documented link".equals(e.get("label")));
        String board = colourOf(whole, "Health Board");
        open("/network?country=LS");
        assertThat(colourOf(legend(), "Health Board")).as("Health Board in the Lesotho view").isEqualTo(board);
        open("/network?links=quality");
        assertThat(legend()).anyMatch(e -> "line".equals(e.get("kind")));
    }

    private static String colourOf(List<Map<String, Object>> legend, String label) {
        return legend.stream().filter(e -> label.equals(e.get("label"))).map(e -> (String) e.get("colour")).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not in the legend " + legend));
    }

    @Test
    void aRouteIsDrawnOnTheGraphWithItsIntroducer() throws Exception {
        List<String> route = routeThroughDolenCymru();
        for (Dimension size : SIZES) {
            browser.manage().window().setSize(size);
            open("/network?route=" + String.join(",", route));
            @SuppressWarnings("unchecked")
            var highlighted = (List<String>) js("return window.atlasNetwork.highlighted(arguments[0])", graph());
            assertThat(highlighted).containsExactlyElementsOf(route);
            assertThat(labelled()).as("the route's organisations named").containsAll(route);
            assertThat(legend()).anyMatch(e -> "introducer".equals(e.get("kind")) && ((Number) e.get("count")).intValue() == 1);
            assertLabelsReadable("route", size);
            Chromium.screenshot(browser, "picture-route-" + size.getWidth());
        }
    }

    @Test
    void theSvgOfAFocusedViewNamesEveryOrganisationInTextInsideTheFrame() throws Exception {
        JsonNode lesotho = JSON.readTree(app.get("/api/export?format=json&country=LS").body());
        int organisations = lesotho.get("organisations").size();
        // The export is a download: fetch it in the page and put it in the document, where Chromium lays its text out.
        browser.get(app.baseUrl() + "/about");
        @SuppressWarnings("unchecked")
        var texts = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch('api/export?format=svg&country=LS').then(r => r.text()).then(t => {"
                + " const doc = new DOMParser().parseFromString(t, 'image/svg+xml');"
                + " const svg = document.importNode(doc.documentElement, true); svg.id = 'svg-under-test';"
                + " document.body.appendChild(svg); const vb = svg.viewBox.baseVal;"
                + " done(Array.from(svg.querySelectorAll('g.labels text')).map(t => { const b = t.getBBox();"
                + "  return {text: t.textContent, x: b.x, y: b.y, width: b.width, height: b.height,"
                + "   size: parseFloat(getComputedStyle(t).fontSize), vw: vb.width, vh: vb.height}; })); });");
        assertThat(texts).as("one <text> per organisation").hasSize(organisations);
        for (int i = 0; i < texts.size(); i++) {
            var a = texts.get(i);
            assertThat(num(a, "size")).as("font size of " + a.get("text")).isGreaterThanOrEqualTo(12);
            assertThat(num(a, "x")).isGreaterThanOrEqualTo(0);
            assertThat(num(a, "y")).isGreaterThanOrEqualTo(0);
            assertThat(num(a, "x") + num(a, "width")).as(a + " inside").isLessThanOrEqualTo(num(a, "vw"));
            assertThat(num(a, "y") + num(a, "height")).as(a + " inside").isLessThanOrEqualTo(num(a, "vh"));
            for (int j = i + 1; j < texts.size(); j++) {
                assertThat(overlap(a, texts.get(j))).as(a + " overlaps " + texts.get(j)).isFalse();
            }
        }
        assertThat((Long) js("return document.querySelectorAll('#svg-under-test g.legend text').length")).isPositive();
        assertThat((String) js("return document.querySelector('#svg-under-test text.title').textContent")).contains("Lesotho");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> position(String id) {
        var all = (List<Map<String, Object>>) js("return window.atlasNetwork.positions(arguments[0])", graph());
        return all.stream().filter(p -> id.equals(p.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not drawn"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onScreen(String id) {
        return (Map<String, Object>) js("const r = arguments[0].getBoundingClientRect();"
                + " const p = window.atlasNetwork.nodePosition(arguments[0], arguments[1]);"
                + " return {x: r.left + p.x, y: r.top + p.y};", graph(), id);
    }

    /** {@code preferred} if no other organisation is drawn within 16 px of it, else the first that stands so clear. */
    @SuppressWarnings("unchecked")
    private static String standingClear(String preferred) {
        var ids = new ArrayList<>(drawnIds());
        ids.remove(preferred);
        ids.add(0, preferred);
        var points = new java.util.LinkedHashMap<String, double[]>();
        for (String id : ids) {
            var p = onScreen(id);
            points.put(id, new double[] {num(p, "x"), num(p, "y")});
        }
        var r = (Map<String, Object>) js("const r = arguments[0].getBoundingClientRect();"
                + " return {l: r.left, t: r.top, r: r.right, b: r.bottom};", graph());
        for (String id : ids) {
            double[] a = points.get(id);
            boolean inside = a[0] > num(r, "l") + 20 && a[0] < num(r, "r") - 80 && a[1] > num(r, "t") + 20
                    && a[1] < num(r, "b") - 60;
            boolean clear = points.entrySet().stream().filter(e -> !e.getKey().equals(id))
                    .allMatch(e -> Math.hypot(e.getValue()[0] - a[0], e.getValue()[1] - a[1]) > 16);
            if (inside && clear) {
                return id;
            }
        }
        throw new AssertionError("no organisation stands clear of the others to be dragged");
    }

    /**
     * Arrange and keep: an organisation dragged with the mouse in Chromium moves alone and stays pinned; an editor
     * saves the arrangement; a fresh page (signed out) at {@code /network?layout=saved:<name>} shows it where it was
     * dropped, pinned.
     */
    @Test
    void aDraggedOrganisationStaysPinned_andItsSavedArrangementRestoresInAFreshPage() throws Exception {
        String password = "layout-editor-password-1";
        app.post("/api/users", "application/json", "{\"username\": \"layout-editor\", \"password\": \"" + password
                + "\", \"roles\": [\"EDITOR\"]}");
        browser.manage().window().setSize(SIZES.get(0));
        signIn("layout-editor", password);
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
        open("/network");
        // An organisation with no other within 16 px on screen, so that the pointer takes it and not a neighbour
        // drawn over it (the Welsh column is dense): Dolen Cymru when it stands clear.
        String id = standingClear("dolen-cymru");
        String other = drawnIds().stream().filter(o -> !o.equals(id)).findFirst().orElseThrow();
        var otherBefore = onScreen(other);
        var from = onScreen(id);
        new Actions(browser).moveToLocation((int) Math.round(num(from, "x")), (int) Math.round(num(from, "y")))
                .clickAndHold().moveByOffset(15, 10).moveByOffset(45, 30).release().perform();
        waiting().until(d -> "1".equals(graph().getAttribute("data-pinned")));
        var dropped = onScreen(id);
        assertThat(num(dropped, "x") - num(from, "x")).as("moved right with the pointer").isCloseTo(60, org.assertj.core.data.Offset.offset(4.0));
        assertThat(num(dropped, "y") - num(from, "y")).as("moved down with the pointer").isCloseTo(40, org.assertj.core.data.Offset.offset(4.0));
        assertThat(num(onScreen(other), "x")).as("the others keep their place").isCloseTo(num(otherBefore, "x"), org.assertj.core.data.Offset.offset(0.5));
        var pinned = position(id);
        assertThat(pinned.get("pinned")).isEqualTo(true);
        assertThat(position(other).get("pinned")).isEqualTo(false);
        Chromium.screenshot(browser, "picture-pinned");

        browser.findElement(By.id("controls-toggle")).click();
        var name = waiting().until(d -> d.findElement(By.cssSelector("#arrangement-name input")));
        click(name);
        name.sendKeys("Browser arrangement");
        click(browser.findElement(By.id("arrangement-save")));
        waiting().until(d -> d.getCurrentUrl().contains("layout=saved"));
        JsonNode saved = JSON.readTree(app.get("/api/layouts/Browser%20arrangement").body());
        assertThat(saved.get("positions").get(0).get("id").asText()).isEqualTo(id);
        assertThat(saved.get("positions").get(0).get("x").asDouble()).isCloseTo(num(pinned, "x"), org.assertj.core.data.Offset.offset(1e-6));

        // A fresh page (the same window and header): the organisation is where it was dropped, pinned.
        open("/network?layout=saved%3ABrowser%20arrangement");
        waiting().until(d -> "1".equals(graph().getAttribute("data-pinned")));
        var restored = position(id);
        assertThat(restored.get("pinned")).isEqualTo(true);
        assertThat(num(restored, "x")).isCloseTo(num(pinned, "x"), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(num(restored, "y")).isCloseTo(num(pinned, "y"), org.assertj.core.data.Offset.offset(1e-6));
        var again = onScreen(id);
        assertThat(num(again, "x")).as("where it was dropped").isCloseTo(num(dropped, "x"), org.assertj.core.data.Offset.offset(3.0));
        assertThat(num(again, "y")).as("where it was dropped").isCloseTo(num(dropped, "y"), org.assertj.core.data.Offset.offset(3.0));
        assertThat(browser.getCurrentUrl()).contains("layout=saved");
        Chromium.screenshot(browser, "picture-saved-arrangement");
        // Signed out, a reader sees the same arrangement.
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        open("/network?layout=saved%3ABrowser%20arrangement");
        waiting().until(d -> "1".equals(graph().getAttribute("data-pinned")));
        assertThat(position(id).get("pinned")).isEqualTo(true);
        assertThat(num(position(id), "x")).isCloseTo(num(pinned, "x"), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(num(position(id), "y")).isCloseTo(num(pinned, "y"), org.assertj.core.data.Offset.offset(1e-6));
    }

    /**
     * The PNG export of the Lesotho network: it is drawn from the picture on screen with the labels of its last frame
     * (the same boxes {@code labels(el)} gives), so every organisation is named in it; the image holds the picture
     * with a title above and the legend below.
     */
    @Test
    void thePngOfTheLesothoNetworkLabelsEveryOrganisation() throws Exception {
        JsonNode lesotho = JSON.readTree(app.get("/api/export?format=json&country=LS").body());
        var ids = new HashSet<String>();
        lesotho.get("organisations").forEach(o -> ids.add(o.get("id").asText()));
        browser.manage().window().setSize(SIZES.get(0));
        open("/network?country=LS");
        assertThat(labelled()).as("every organisation of the Lesotho network named").containsExactlyInAnyOrderElementsOf(ids);
        @SuppressWarnings("unchecked")
        var image = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; const el = arguments[0];"
                + " const url = window.atlasNetwork.png(el, 'Lesotho', '[]'); const img = new Image();"
                + " img.onload = () => done({w: img.naturalWidth, h: img.naturalHeight, cw: el.offsetWidth,"
                + "  ch: el.offsetHeight, labels: window.atlasNetwork.labels(el).length, url: url.substring(0, 22)});"
                + " img.src = url;", graph());
        assertThat((String) image.get("url")).startsWith("data:image/png");
        assertThat(num(image, "w")).as("the picture's width at least").isGreaterThanOrEqualTo(num(image, "cw"));
        assertThat(num(image, "h")).as("the picture with its title").isGreaterThan(num(image, "ch"));
        assertThat(((Number) image.get("labels")).intValue()).as("the labels the PNG draws").isEqualTo(ids.size());
    }
}
