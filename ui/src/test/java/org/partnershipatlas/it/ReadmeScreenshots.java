package org.partnershipatlas.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Regenerates README.md's screenshots from the real seed network: starts the packaged app on a fresh data folder
 * (nothing but the seed in it), opens each view in headless Chromium and writes {@code docs/images/<name>.png}.
 * Run it with {@code mvn -B -pl ui -am -Preadme-screenshots -DskipTests verify}.
 */
public final class ReadmeScreenshots {
    /** A picture's file name, the page, and a CSS selector that shows the page has drawn. */
    record Shot(String name, String path, String ready) {
    }

    static final List<Shot> SHOTS = List.of(
            new Shot("overview", "/", "#chart-risk[data-rendered]"),
            new Shot("network-wales-left", "/network", "#network-graph[data-groups]"),
            new Shot("network-dolen-cymru", "/network?select=dolen-cymru&layout=force", "#network-graph[data-selected='dolen-cymru']"),
            new Shot("profile-betsi-cadwaladr", "/organisations/betsi-cadwaladr-uhb", "#profile-ego[data-rendered]"),
            new Shot("map-lesotho", "/map?select=LS", "#country-heading"),
            new Shot("health-boards", "/health-boards", "#boards-grid"),
            new Shot("introductions", "/introductions?from=19-hills-health-and-wellbeing-centre&country=LS", ".route-chain"),
            new Shot("brokers", "/brokers", "vaadin-grid"),
            new Shot("what-if", "/what-if?remove=ihcc", "#what-if-results vaadin-grid"));

    private ReadmeScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "../docs/images");
        Files.createDirectories(out);
        try (var app = AtlasProcess.start(Files.createTempDirectory("atlas-readme-"))) {
            WebDriver browser = Chromium.start();
            try {
                browser.manage().window().setSize(new Dimension(1400, 1000));
                for (Shot shot : SHOTS) {
                    take(browser, app.baseUrl() + shot.path(), shot.ready(), out.resolve(shot.name() + ".png"));
                }
                // A story being played: its narrative at the foot of the view it restores.
                var created = app.post("/api/stories", "application/json", """
                        {"title": "Wales and Lesotho", "steps": [
                          {"view": "/network?country=LS", "text": "Dolen Cymru has linked Wales and Lesotho since 1985: schools, hospitals, Health Boards and universities."},
                          {"view": "/map?select=LS", "text": "Lesotho on the map."}]}
                        """);
                String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body()).get("id").asText();
                browser.get(app.baseUrl() + "/stories/" + id);
                wait(browser).until(d -> !d.findElements(By.id("story-start")).isEmpty());
                new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
                wait(browser).until(d -> !d.findElements(By.cssSelector("#presentation-bar #presentation-text")).isEmpty());
                Thread.sleep(1000);
                browser.manage().window().setSize(new Dimension(1400, 900));   // full screen in a headless browser is small
                take(browser, null, "#presentation-bar #presentation-text", out.resolve("story.png"));
                // The same network in Welsh.
                browser.get(app.baseUrl() + "/network");
                wait(browser).until(d -> !d.findElements(By.cssSelector("#network-graph[data-groups]")).isEmpty());
                browser.findElement(By.id("language-switch")).click();
                wait(browser).until(d -> !d.findElements(By.xpath("//vaadin-select-item[contains(., 'Cymraeg')]")).isEmpty());
                browser.findElement(By.xpath("//vaadin-select-item[contains(., 'Cymraeg')]")).click();
                wait(browser).until(d -> d.getPageSource().contains("Rhwydwaith"));
                take(browser, null, "#network-graph[data-groups]", out.resolve("network-cymraeg.png"));
            } finally {
                browser.quit();
            }
        }
        System.out.println("README screenshots written to " + out.toAbsolutePath().normalize());
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private static void take(WebDriver browser, String url, String ready, Path file) throws Exception {
        if (url != null) {
            browser.get(url);
        }
        wait(browser).until(d -> !d.findElements(By.cssSelector(ready)).isEmpty());
        Thread.sleep(1500);   // pictures settle (layout, labels, charts)
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        System.out.println("wrote " + file);
    }
}
