package org.partnershipatlas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A partnership return in a real browser: a Board's international lead opens the private link (no sign-in), adds a
 * partnership with a new organisation in Uganda and sends it; the IHCC signs in, accepts it from the review queue,
 * and the new partner is on the map.
 */
class ReturnsBrowserIT extends BrowserTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARTNER = "Kitgum Health Partnership";

    @Test
    void aBoardReturnsANewUgandanPartner_theIhccAccepts_andItIsOnTheMap() throws Exception {
        var opened = app.post("/api/returns", "application/json", "{\"title\": \"Browser return\", \"closes\": \""
                + LocalDate.now().plusDays(14) + "\", \"organisations\": [\"betsi-cadwaladr-uhb\"]}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode invitation = JSON.readTree(opened.body()).get("invitations").get(0);
        String url = invitation.get("url").asText();
        // No public address is configured for this app, so the invitation is a path, never built from the Host header.
        assertThat(url).startsWith("/respond/");

        // The Board, no sign-in: the token link.
        browser.get(app.baseUrl() + url);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("respond-heading")));
        assertThat(browser.findElement(By.id("respond-heading")).getText()).contains("Betsi Cadwaladr");
        click(browser.findElement(By.id("return-add")));
        WebElement newOrganisation = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#new-0-mode vaadin-radio-button:nth-of-type(2)")));
        click(newOrganisation);
        WebElement name = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#new-0-name input")));
        name.sendKeys(PARTNER);
        choose("new-0-type", "NGO");
        WebElement country = browser.findElement(By.cssSelector("#new-0-country input"));
        click(country);
        country.sendKeys("Uganda");
        click(waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[normalize-space(.)='Uganda']"))));
        browser.findElement(By.cssSelector("#new-0-since input")).sendKeys("2025");
        browser.findElement(By.cssSelector("#contact-name input")).sendKeys("Bethan Rees");
        browser.findElement(By.cssSelector("#contact-role input")).sendKeys("international health lead");
        Chromium.screenshot(browser, "return-form");
        click(browser.findElement(By.id("respond-submit")));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("respond-thanks")));

        // The IHCC reviews and accepts.
        signIn("admin", AtlasProcess.ADMIN_PASSWORD);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        browser.get(app.baseUrl() + "/returns");
        click(waiting().until(ExpectedConditions.elementToBeClickable(
                By.id("review-" + invitation.get("invitation").asText()))));
        WebElement accept = waiting().until(ExpectedConditions.elementToBeClickable(By.id("review-accept-all")));
        assertThat(browser.findElement(By.id("review-items")).getText()).contains(PARTNER);
        Chromium.screenshot(browser, "return-review");
        click(accept);
        waiting().until(d -> {
            try {
                return app.get("/api/network").body().contains(PARTNER);
            } catch (Exception e) {
                return false;
            }
        });

        // On the map, in Uganda.
        browser.get(app.baseUrl() + "/map?select=UG");
        WebElement heading = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("country-heading")));
        assertThat(heading.getText()).startsWith("Uganda");
        waiting().until(d -> d.findElements(By.cssSelector("#country-organisations li")).stream()
                .anyMatch(li -> li.getText().contains(PARTNER)));
    }
}
