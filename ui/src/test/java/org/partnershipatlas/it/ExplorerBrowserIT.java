package org.partnershipatlas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The explorer and the map in a real headless Chromium against the packaged app on a real embedded Neo4j, the way
 * a strategist uses them. Screenshots go to {@code ui/target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerBrowserIT extends BrowserTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @BeforeAll
    static void importHostileNames() throws Exception {
        var hostile = app.post("/api/import?mode=merge", "application/json", """
                {"format": "partnership-atlas/1",
                 "organisations": [{"id": "hostile-name", "name": "<img src=x onerror=alert(1)>", "type": "OTHER",
                                    "country": "KE", "confidence": "C",
                                    "sources": [{"citation": "<script>alert(2)</script>", "url": "https://example.org/x"}]}],
                 "links": [{"id": "l-hostile", "from": "hostile-name", "to": "dolen-cymru", "kind": "COLLABORATION",
                            "confidence": "C", "sources": [{"citation": "test", "url": "https://example.org/y"}]}]}
                """);
        assertThat(hostile.statusCode()).as(hostile.body()).isEqualTo(200);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static WebElement graph() {
        return browser.findElement(By.id("network-graph"));
    }

    private static int drawnEdges() {
        return Integer.parseInt(graph().getAttribute("data-edges"));
    }

    private static void awaitRenderAfter(String previous) {
        waiting().until(d -> {
            String now = graph().getAttribute("data-rendered-at");
            return now != null && !now.equals(previous);
        });
    }

    private static void chooseInComboBox(String id, String text) {
        WebElement input = browser.findElement(By.cssSelector("#" + id + " input"));
        input.click();
        input.sendKeys(text);
        // Wait for the filtered items (large lists are filtered on the server), then pick the first.
        waiting().until(d -> {
            var items = d.findElements(By.cssSelector("vaadin-combo-box-item, vaadin-multi-select-combo-box-item"))
                    .stream().filter(WebElement::isDisplayed).map(i -> String.valueOf(i.getAttribute("textContent")))
                    .toList();
            return !items.isEmpty() && items.stream().allMatch(t -> t.toLowerCase().contains(text.toLowerCase()));
        });
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
    }

    /** How many organisations the whole picture draws: those of the network the view shows (not illustrative ones). */
    private String wholeNetwork() {
        try {
            return String.valueOf(JSON.readTree(app.get("/api/export?format=json").body()).get("organisations").size());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(1)
    void searchDolenCymruAndSeeItsSourceInTheDetailPanel() throws Exception {
        browser.get(app.baseUrl() + "/network");
        waiting().until(d -> wholeNetwork().equals(graph().getAttribute("data-nodes")));
        Chromium.screenshot(browser, "network");

        chooseInComboBox("search", "Dolen Cymru");
        WebElement title = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("detail-title")));
        assertThat(title.getText()).startsWith("Dolen Cymru");
        List<WebElement> citations = browser.findElements(By.cssSelector("#detail-sources a"));
        assertThat(citations).extracting(a -> a.getAttribute("href")).contains("https://www.waleslesotholink.org/since_1985");
        assertThat(citations).allMatch(a -> "_blank".equals(a.getAttribute("target")));
        assertThat(browser.getCurrentUrl()).contains("select=dolen-cymru");
        assertThat(graph().getAttribute("data-selected")).isEqualTo("dolen-cymru");
        Chromium.screenshot(browser, "network-dolen-cymru");
    }

    @Test
    @Order(2)
    void filterToLesothoThenMoveTheTimeSliderTo2006() throws Exception {
        browser.get(app.baseUrl() + "/network");
        waiting().until(d -> wholeNetwork().equals(graph().getAttribute("data-nodes")));
        int all = drawnEdges();
        // the filters are in the drawer over the picture, open inside it
        browser.findElement(By.id("controls-toggle")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("filter-country")));
        String before = graph().getAttribute("data-rendered-at");
        chooseInComboBox("filter-country", "Lesotho");
        awaitRenderAfter(before);
        waiting().until(d -> d.getCurrentUrl().contains("country=LS"));
        JsonNode lesotho = JSON.readTree(app.get("/api/export?format=json&country=LS").body());
        assertThat(drawnEdges()).isEqualTo(lesotho.get("links").size()).isLessThan(all);

        // The slider as a keyboard user moves it: Home = the first year, then one step per arrow.
        WebElement slider = browser.findElement(By.id("year-range"));
        int first = Integer.parseInt(slider.getAttribute("min"));
        slider.sendKeys(Keys.HOME);
        for (int year = first; year < 2006; year++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        waiting().until(d -> "2006".equals(d.findElement(By.id("year-label")).getText())
                && d.getCurrentUrl().contains("year=2006"));
        waiting().until(d -> {
            try {
                int expected = JSON.readTree(app.get("/api/export?format=json&country=LS&year=2006").body()).get("links").size();
                return drawnEdges() == expected;
            } catch (Exception e) {
                return false;
            }
        });
        List<String> later = lesotho.get("links").findValues("since").isEmpty() ? List.of()
                : java.util.stream.StreamSupport.stream(lesotho.get("links").spliterator(), false)
                .filter(l -> l.hasNonNull("since") && l.get("since").asInt() > 2006).map(l -> l.get("id").asText()).toList();
        assertThat(later).as("Lesotho links founded after 2006").isNotEmpty();
        for (String id : later) {
            assertThat((Boolean) js("return window.atlasNetwork.has(arguments[0], arguments[1])", graph(), id))
                    .as(id + " founded after 2006 is hidden").isFalse();
        }
        Chromium.screenshot(browser, "network-lesotho-2006");
    }

    @Test
    @Order(3)
    void hostileNamesAreTextInThePictureThePanelAndTheTable() throws Exception {
        browser.get(app.baseUrl() + "/network?select=hostile-name&tab=table");
        WebElement title = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("detail-title")));
        assertThat(title.getText()).isEqualTo(HOSTILE);
        assertThat(browser.findElements(By.cssSelector("#detail-panel img, #network-tables img"))).isEmpty();
        browser.findElement(By.cssSelector("#organisations-search input")).sendKeys("onerror");
        waiting().until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> HOSTILE.equals(c.getAttribute("textContent"))));
        browser.findElement(By.id("tab-picture")).click();
        waiting().until(d -> "true".equals(String.valueOf(js(
                "return window.atlasNetwork.has(arguments[0], 'hostile-name')", graph()))));
        try {
            browser.switchTo().alert();
            throw new AssertionError("a hostile name ran as script");
        } catch (NoAlertPresentException expected) {
            // names stayed text
        }
    }

    @Test
    @Order(4)
    void switchToWelsh() throws Exception {
        browser.get(app.baseUrl() + "/network");
        waiting().until(d -> wholeNetwork().equals(graph().getAttribute("data-nodes")));
        browser.findElement(By.id("language-switch")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., 'Cymraeg')]"))).click();
        waiting().until(d -> d.getPageSource().contains("Rhwydwaith"));
        assertThat(browser.getPageSource()).contains("Byrddau Iechyd");
        waiting().until(d -> wholeNetwork().equals(graph().getAttribute("data-nodes")));
        Chromium.screenshot(browser, "network-cymraeg");
        // back to English for the tests after this one
        browser.findElement(By.id("language-switch")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., 'English')]"))).click();
        waiting().until(d -> d.getPageSource().contains(">Network<"));
    }

    @Test
    @Order(5)
    void openTheMapAndClickLesotho() throws Exception {
        browser.get(app.baseUrl() + "/map");
        WebElement lesotho = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#world-map path[data-code='LS'][role='button']")));
        lesotho.click();
        WebElement heading = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("country-heading")));
        assertThat(heading.getText()).startsWith("Lesotho:");
        assertThat(browser.findElements(By.cssSelector("#country-organisations li"))).isNotEmpty();
        assertThat(browser.getCurrentUrl()).contains("select=LS");
        Chromium.screenshot(browser, "map-lesotho");
    }
}
