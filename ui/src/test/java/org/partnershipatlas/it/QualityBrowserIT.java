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
 * Partnership quality in a real browser: an editor assesses one of Betsi Cadwaladr's links from the network's detail
 * panel (trust strong, funding ending this year, no exit strategy); the Quality view's heatmap now shows Betsi with
 * one assessed link, and the link is at risk with its reasons.
 */
class QualityBrowserIT extends BrowserTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void assessingABetsiLink_changesTheHeatmap_andPutsItAtRisk() throws Exception {
        // One of Betsi Cadwaladr's partner links: from the Board or one of its units to an organisation outside the UK.
        var units = new java.util.HashSet<String>();
        for (JsonNode b : JSON.readTree(app.get("/api/health-boards/gaps").body()).get("healthBoards")) {
            if (b.get("id").asText().equals("betsi-cadwaladr-uhb")) {
                b.get("units").forEach(u -> units.add(u.asText()));
                units.add("betsi-cadwaladr-uhb");
            }
        }
        JsonNode network = JSON.readTree(app.get("/api/network").body());
        var countries = new java.util.HashMap<String, String>();
        network.get("organisations").forEach(o -> countries.put(o.get("id").asText(), o.path("country").asText("")));
        String link = null;
        for (JsonNode l : network.get("links")) {
            String from = l.get("from").asText();
            String to = l.get("to").asText();
            if (units.contains(from) && !countries.get(to).startsWith("GB") && !l.path("status").asText().equals("ENDED")) {
                link = l.get("id").asText();
                break;
            }
        }
        assertThat(link).as("a Betsi Cadwaladr partner link in the seed").isNotNull();

        signIn("admin", AtlasProcess.ADMIN_PASSWORD);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        browser.get(app.baseUrl() + "/network?select=" + link);
        click(waiting().until(ExpectedConditions.elementToBeClickable(By.id("assess-link"))));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("assess-save")));
        choose("factor-trust", "3");
        choose("factor-longTermVision", "1");
        choose("assess-exit-strategy", "No");
        WebElement fundedUntil = browser.findElement(By.cssSelector("#assess-funded-until input"));
        fundedUntil.sendKeys(String.valueOf(LocalDate.now().getYear()));
        Chromium.screenshot(browser, "assess-link");
        click(browser.findElement(By.id("assess-save")));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("assess-save")));

        String assessed = link;
        waiting().until(d -> {
            try {
                return JSON.readTree(app.get("/api/links/" + assessed + "/assessments").body()).get("assessments").size() == 1;
            } catch (Exception e) {
                return false;
            }
        });
        browser.get(app.baseUrl() + "/quality");
        WebElement heatmap = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("quality-heatmap")));
        WebElement betsiRow = heatmap.findElement(By.xpath(".//tr[th[contains(., 'Betsi')]]"));
        assertThat(betsiRow.getText()).contains("1 of").contains("3.0");
        WebElement atRisk = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("at-risk")));
        waiting().until(d -> atRisk.getText().contains("exit strategy"));
        Chromium.screenshot(browser, "quality");
    }
}
