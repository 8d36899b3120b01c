package org.partnershipatlas.it;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Each decision view's main path in a real headless Chromium against the packaged app. */
class DecisionViewsBrowserIT extends BrowserTestSupport {

    @Test
    void healthBoardsRankedWithReasonsAndHeatmaps() throws Exception {
        browser.get(app.baseUrl() + "/health-boards");
        WebElement grid = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("boards-grid")));
        waiting().until(d -> grid.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> String.valueOf(c.getAttribute("textContent")).contains("Health Board")));
        // each Board's first reason, the rest behind "More (n)"
        waiting().until(d -> grid.findElements(By.cssSelector(".findings .headline")).stream()
                .anyMatch(h -> !String.valueOf(h.getAttribute("textContent")).isBlank()));
        assertThat(grid.findElements(By.cssSelector(".findings vaadin-details")))
                .anyMatch(d -> String.valueOf(d.getAttribute("textContent")).contains("More ("));
        assertThat(browser.findElements(By.cssSelector("#heatmap-country tbody tr"))).hasSize(7);
        assertThat(browser.findElements(By.cssSelector("#heatmap-country td.filled"))).isNotEmpty();
        assertThat(browser.findElement(By.id("print-report")).isDisplayed()).isTrue();
        Chromium.screenshot(browser, "health-boards");
    }

    @Test
    void brokersLinkToTheNetworkPicture() throws Exception {
        browser.get(app.baseUrl() + "/brokers");
        WebElement show = waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[starts-with(@href, 'network?select=')]")));
        // a broker's share of shortest routes, not a raw betweenness
        waiting().until(d -> !d.findElements(By.cssSelector("#brokers-grid .findings .headline")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#brokers-grid .findings .headline")))
                .allMatch(h -> String.valueOf(h.getAttribute("textContent"))
                        .matches("on (less than 1|\\d+)% of shortest routes between other organisations"));
        String href = show.getAttribute("href");
        Chromium.screenshot(browser, "brokers");
        show.click();
        waiting().until(d -> d.getCurrentUrl().contains("/network?select="));
        String id = href.replaceAll(".*select=([^&]+).*", "$1");
        waiting().until(d -> id.equals(d.findElement(By.id("network-graph")).getAttribute("data-selected")));
        // the panel may draw again as its measures arrive: look for the title afresh each time
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("detail-title")).isDisplayed());
    }

    @Test
    void introductionsFromNineteenHillsToLesotho() throws Exception {
        browser.get(app.baseUrl() + "/introductions?from=19-hills-health-and-wellbeing-centre&country=LS");
        WebElement introducer = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#routes .introducer")));
        assertThat(introducer.getText()).startsWith("Introducer: ");
        assertThat(browser.findElements(By.cssSelector("#routes .route-chain a"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElement(By.id("first-partner")).getText()).contains("first partner");
        Chromium.screenshot(browser, "introductions");
    }

    @Test
    void whatIfRemovingAnOrganisationThenReset() throws Exception {
        browser.get(app.baseUrl() + "/what-if");
        WebElement input = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#remove-organisations input")));
        input.click();
        input.sendKeys("Hub Cymru");
        waiting().until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                .filter(WebElement::isDisplayed).anyMatch(i -> String.valueOf(i.getAttribute("textContent")).contains("Hub Cymru")));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER, Keys.ESCAPE);
        browser.findElement(By.id("what-if-run")).click();
        WebElement summary = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("what-if-summary")));
        assertThat(summary.getText()).contains("before");
        Chromium.screenshot(browser, "what-if");
        browser.findElement(By.id("what-if-reset")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("what-if-summary")));
    }
}
