package org.partnershipatlas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Telling the story in a real browser against the packaged app: the overview's real counts and its ECharts
 * pictures, a Board's profile printing as a report, a three-step story played with the keyboard, and an embed that
 * loads in a frame only on a listed origin — each page on another origin served by the JDK's HTTP server.
 */
class StoryBrowserIT extends BrowserTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Other origins (their own ports) on the same site as the app, one listed in atlas.embed.allowed-origins. */
    private static HttpServer listed;
    private static HttpServer unlisted;

    @BeforeAll
    static void origins() {
        listed = shared.listedOrigin();
        unlisted = shared.unlistedOrigin();
    }

    protected static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(40));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void overview_onTheSeed_showsItsRealCountsAndDrawsItsChartsAsSvg() throws Exception {
        browser.get(app.baseUrl() + "/");
        var organisations = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#count-organisations .count-value")));
        assertThat(organisations.getText()).isEqualTo("192");
        assertThat(browser.findElement(By.cssSelector("#count-links .count-value")).getText()).isEqualTo("248");
        for (String chart : List.of("growth", "countries", "boards", "brokers", "risk")) {
            waiting().until(d -> !d.findElements(By.cssSelector("#chart-" + chart + "[data-rendered] svg")).isEmpty());
            assertThat(browser.findElement(By.id("chart-" + chart)).getAttribute("role")).isEqualTo("img");
            assertThat(browser.findElement(By.id("chart-" + chart)).getAttribute("aria-label")).isNotBlank();
        }
        assertThat(browser.findElements(By.cssSelector("#chart-countries svg text")))
                .anyMatch(t -> t.getText().equals("Lesotho"));
        Chromium.screenshot(browser, "overview");
    }

    @Test
    void profile_ofCardiffAndVale_printsAsAReport() throws Exception {
        browser.get(app.baseUrl() + "/organisations/cardiff-and-vale-uhb");
        waiting().until(ExpectedConditions.textToBe(By.id("profile-name"), "Cardiff and Vale University Health Board"));
        js("window.__printed = 0; window.print = () => { window.__printed++; };");
        browser.findElement(By.id("print-profile")).click();
        waiting().until(d -> ((Number) js("return window.__printed")).intValue() == 1);
        // The print stylesheet: navigation and buttons gone, the report's sections and its date shown.
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(js("return getComputedStyle(document.getElementById('print-profile')).display")).isEqualTo("none");
            assertThat(js("return getComputedStyle(document.querySelector('vaadin-side-nav')).display")).isEqualTo("none");
            assertThat(js("return getComputedStyle(document.querySelector('.print-only')).display")).isEqualTo("block");
            assertThat(browser.findElement(By.id("profile-gaps")).isDisplayed()).isTrue();
            Chromium.screenshot(browser, "profile-cardiff-and-vale-print");
        } finally {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void story_ofThreeSteps_playsWithTheKeyboard() throws Exception {
        var created = app.post("/api/stories", "application/json", """
                {"title": "Lesotho since 1985", "steps": [
                  {"view": "/network?country=LS", "text": "Dolen Cymru began the Wales–Lesotho link in 1985."},
                  {"view": "/map?select=LS", "text": "Lesotho on the map."},
                  {"view": "/network?country=LS&year=2006", "text": "The network in 2006, when Wales for Africa began."}]}
                """);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asText();
        browser.get(app.baseUrl() + "/stories/" + id);
        waiting().until(ExpectedConditions.textToBe(By.id("story-title"), "Lesotho since 1985"));
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        waiting().until(ExpectedConditions.urlContains("/network?country=LS"));
        waiting().until(ExpectedConditions.textToBe(By.id("presentation-position"), "Step 1 of 3"));
        assertThat(browser.findElement(By.id("presentation-text")).getText()).contains("Dolen Cymru");
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        waiting().until(ExpectedConditions.urlContains("/map?select=LS"));
        waiting().until(ExpectedConditions.textToBe(By.id("presentation-position"), "Step 2 of 3"));
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        waiting().until(ExpectedConditions.urlContains("year=2006"));
        waiting().until(ExpectedConditions.textToBe(By.id("presentation-position"), "Step 3 of 3"));
        Chromium.screenshot(browser, "story-step-3");
        new Actions(browser).sendKeys(Keys.ARROW_LEFT).perform();
        waiting().until(ExpectedConditions.textToBe(By.id("presentation-position"), "Step 2 of 3"));
        assertThat(browser.getCurrentUrl()).contains("/map?select=LS");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waiting().until(ExpectedConditions.urlMatches(".*/stories$"));
        assertThat(browser.findElements(By.id("presentation-bar"))).allMatch(e -> !e.isDisplayed());
    }

    /** The question asked on /introductions goes into the address as it is asked, and the address asks it again. */
    @Test
    void introductions_putTheQuestionInTheAddress() throws Exception {
        browser.get(app.baseUrl() + "/introductions?from=swansea-bay-uhb&country=LS");
        waiting().until(d -> d.findElements(By.cssSelector("#routes .route")).size() == 3);
        var k = browser.findElement(By.cssSelector("#k input"));
        k.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
        browser.findElement(By.id("find-routes")).click();
        waiting().until(ExpectedConditions.urlContains("k=2"));
        assertThat(browser.getCurrentUrl()).endsWith("/introductions?from=swansea-bay-uhb&country=LS&k=2");
        waiting().until(d -> d.findElements(By.cssSelector("#routes .route")).size() == 2);
        browser.navigate().refresh();
        waiting().until(d -> d.findElements(By.cssSelector("#routes .route")).size() == 2);
    }

    /**
     * Played, an introductions step shows its question's answer and the network step its picture, each with the
     * narrative beside it — no navigation, header or form, and the narrative never over the picture.
     */
    @Test
    void story_playsCleanly_answersReplayed_narrativeBesideThePicture() throws Exception {
        var created = app.post("/api/stories", "application/json", """
                {"title": "Who can introduce Swansea Bay in Lesotho", "steps": [
                  {"view": "/introductions?from=swansea-bay-uhb&country=LS", "text": "Three people to ask."},
                  {"view": "/network?country=LS", "text": "Lesotho's partners."}]}
                """);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asText();
        browser.get(app.baseUrl() + "/stories/" + id);
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("story-start"))).click();
        waiting().until(ExpectedConditions.textToBe(By.id("presentation-position"), "Step 1 of 2"));
        waiting().until(d -> d.findElements(By.cssSelector("#routes .route")).size() == 3);
        assertThat(browser.findElement(By.cssSelector("#routes .route .introducer")).getText()).startsWith("Introducer: ");
        assertThat(rendered("#find-routes")).as("the form is hidden").isFalse();
        assertThat(rendered("vaadin-side-nav")).as("the navigation is hidden").isFalse();
        assertThat(rendered("#account")).as("the header is hidden").isFalse();
        assertThat(rendered("#presentation-text")).isTrue();
        Chromium.screenshot(browser, "story-introductions");

        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        waiting().until(ExpectedConditions.textToBe(By.id("presentation-position"), "Step 2 of 2"));
        waiting().until(d -> !d.findElements(By.cssSelector("#network-graph[data-nodes]")).isEmpty());
        @SuppressWarnings("unchecked")
        var picture = (Map<String, Number>) js("const r = document.getElementById('network-graph').getBoundingClientRect();"
                + "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};");
        @SuppressWarnings("unchecked")
        var narrative = (Map<String, Number>) js("const r = document.getElementById('presentation-bar').getBoundingClientRect();"
                + "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};");
        boolean beside = picture.get("right").doubleValue() <= narrative.get("left").doubleValue() + 0.5;
        boolean below = picture.get("bottom").doubleValue() <= narrative.get("top").doubleValue() + 0.5;
        assertThat(beside || below).as("the narrative %s never over the picture %s", narrative, picture).isTrue();
        assertThat(picture.get("right").doubleValue() - picture.get("left").doubleValue()).as("the picture's width")
                .isGreaterThan(600);
        assertThat(rendered("#filter-details")).as("no filters").isFalse();
        assertThat(rendered("#exports")).as("no exports").isFalse();
        Chromium.screenshot(browser, "story-network-clean");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waiting().until(ExpectedConditions.urlMatches(".*/stories$"));
        waiting().until(d -> rendered("#account"));
    }

    /** Whether the element takes any room on the page (false inside anything hidden, shadow parts included). */
    private static boolean rendered(String css) {
        return Boolean.TRUE.equals(js("const e = document.querySelector(arguments[0]);"
                + "if (!e) return false; const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0;", css));
    }

    @Test
    void embed_inAFrameOnAnUnlistedOrigin_doesNotLoad_andOnAListedOriginDoes() throws Exception {
        String embed = app.baseUrl() + "/embed/network?country=LS";
        browser.get("http://localhost:" + unlisted.getAddress().getPort() + "/?" + embed);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("atlas")));
        Thread.sleep(3000);
        browser.switchTo().frame("atlas");
        try {
            assertThat(browser.findElements(By.id("embed-network"))).as("the embed refused in the frame").isEmpty();
            assertThat(String.valueOf(js("return location.href"))).doesNotContain("/embed/network");
        } finally {
            browser.switchTo().defaultContent();
        }
        Chromium.screenshot(browser, "embed-refused");

        browser.get("http://localhost:" + listed.getAddress().getPort() + "/?" + embed);
        waiting().until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("atlas"));
        try {
            waiting().until(d -> !d.findElements(By.cssSelector("#embed-network #network-graph[data-nodes]")).isEmpty());
            assertThat(browser.findElements(By.cssSelector("vaadin-side-nav"))).as("no navigation in an embed").isEmpty();
        } finally {
            browser.switchTo().defaultContent();
        }
        Chromium.screenshot(browser, "embed-allowed");
    }
}
