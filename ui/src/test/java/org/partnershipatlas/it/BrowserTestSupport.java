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

    protected static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }
}
