package org.partnershipatlas.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One packaged app (fresh data folder, free ports) and one headless Chromium per browser-test class; each test
 * in its own browser session, so the filters a session remembers do not leak between tests.
 */
abstract class BrowserTestSupport {
    protected static AtlasProcess app;
    protected static WebDriver browser;
    private static Path dataDir;

    @BeforeAll
    static void startAppAndBrowser() throws Exception {
        dataDir = Files.createTempDirectory("atlas-it-");
        app = AtlasProcess.start(dataDir);
        browser = Chromium.start();
    }

    @AfterAll
    static void stopAppAndBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (app != null) {
            app.close();
            app = null;
        }
    }

    @BeforeEach
    void freshSession() {
        if (browser.getCurrentUrl().startsWith("http")) {
            browser.manage().deleteAllCookies();
        }
    }

    /** Signs in through the sign-in page, as a person does. */
    protected static void signIn(String username, String password) {
        browser.get(app.baseUrl() + "/login");
        var user = waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                org.openqa.selenium.By.cssSelector("vaadin-login-form vaadin-text-field[name='username'] input")));
        user.sendKeys(username);
        browser.findElement(org.openqa.selenium.By.cssSelector(
                "vaadin-login-form vaadin-password-field[name='password'] input"))
                .sendKeys(password, org.openqa.selenium.Keys.ENTER);
    }

    /** Scrolls an element to the middle of the window and clicks it (long forms reach below the fold). */
    protected static void click(org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", element);
        waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(element)).click();
    }

    /**
     * Opens the select with the given id and picks the item showing {@code item}. Every select on a page keeps its
     * items in the DOM, and a just-closed overlay's items linger with zero size while it animates away, so the item
     * is looked for among the displayed ones only (the first match in document order may belong to another select).
     */
    protected static void choose(String selectId, String item) {
        click(waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                org.openqa.selenium.By.id(selectId))));
        org.openqa.selenium.By items = org.openqa.selenium.By.xpath(
                "//vaadin-select-item[normalize-space(.)='" + item + "']");
        org.openqa.selenium.WebElement shown = waiting().until(d -> d.findElements(items).stream()
                .filter(e -> e.isDisplayed() && e.getSize().getHeight() > 0).findFirst().orElse(null));
        click(shown);
        waiting().until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("vaadin-select-overlay[opened]"))
                .stream().anyMatch(org.openqa.selenium.WebElement::isDisplayed));
    }

    protected static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }
}
