package org.partnershipatlas.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Keeping the register in a real browser: an editor renames an organisation in the Data view, sees it in the
 * network picture and in the history, and undoes it; a steward opens another organisation's link and is refused.
 */
class StewardshipBrowserIT extends BrowserTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "a-long-enough-password";
    private static String outsideLink;

    @BeforeAll
    static void people() throws Exception {
        app.post("/api/users", "application/json", "{\"username\": \"browser-editor\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"EDITOR\"]}");
        app.post("/api/users", "application/json", "{\"username\": \"browser-steward\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"EDITOR\"], \"stewardOf\": [\"dolen-cymru\"]}");
        JsonNode network = JSON.readTree(app.get("/api/network").body());
        for (JsonNode link : network.get("links")) {
            if (!link.get("from").asText().equals("dolen-cymru") && !link.get("to").asText().equals("dolen-cymru")) {
                outsideLink = link.get("id").asText();
                break;
            }
        }
    }

    private static String name(String id) throws Exception {
        return JSON.readTree(app.get("/api/organisations/" + id).body()).get("name").asText();
    }

    @Test
    void anEditor_renamesInTheDataView_seesItInTheNetworkAndHistory_andUndoesIt() throws Exception {
        String original = name("quthing-hospital");
        signIn("browser-editor", PASSWORD);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));

        browser.get(app.baseUrl() + "/data?organisation=quthing-hospital");
        WebElement nameField = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#organisation-name input")));
        nameField.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Quthing Government Hospital");
        click(browser.findElement(By.id("organisation-save")));
        waiting().until(d -> {
            try {
                return name("quthing-hospital").equals("Quthing Government Hospital");
            } catch (Exception e) {
                return false;
            }
        });
        Chromium.screenshot(browser, "data-view");

        browser.get(app.baseUrl() + "/network?select=quthing-hospital");
        waiting().until(ExpectedConditions.textToBe(By.id("detail-title"), "Quthing Government Hospital"));
        assertThat(browser.findElement(By.id("detail-history")).getText()).contains("browser-editor");

        browser.get(app.baseUrl() + "/history?entity=quthing-hospital");
        WebElement undo = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[id^='undo-']")));
        Chromium.screenshot(browser, "history");
        click(undo);
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("undo-confirm"))).click();
        waiting().until(d -> {
            try {
                return name("quthing-hospital").equals(original);
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void aSteward_cannotChangeAnotherOrganisationsLink() throws Exception {
        String before = app.get("/api/network").headers().firstValue("ETag").orElseThrow();
        signIn("browser-steward", PASSWORD);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        browser.get(app.baseUrl() + "/data?link=" + outsideLink);
        WebElement strength = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#link-strength input")));
        strength.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
        click(browser.findElement(By.id("link-save")));
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("link-error")));
        waiting().until(d -> error.getText().contains("outside"));
        assertThat(error.getText()).contains("dolen-cymru");
        assertThat(app.get("/api/network").headers().firstValue("ETag")).contains(before);
    }
}
