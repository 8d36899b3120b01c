package org.partnershipatlas.it;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packaged app and the headless Chromium shared by every browser test of the run ({@link SharedAtlas}); each
 * class starts on the seed, and each test in its own browser session (every cookie of every site cleared), so
 * neither a sign-in nor the filters a session remembers leak between tests.
 */
@ExtendWith(SharedAtlas.class)
abstract class BrowserTestSupport {
    protected static SharedAtlas.Fixture shared;
    protected static AtlasProcess app;
    protected static WebDriver browser;

    @BeforeAll
    static void sharedAppAndBrowser(SharedAtlas.Fixture fixture) throws java.io.IOException {
        shared = fixture;
        app = fixture.app();
        browser = fixture.browser();
    }

    @BeforeEach
    void freshSession() {
        browser.switchTo().defaultContent();
        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
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
