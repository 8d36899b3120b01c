package org.partnershipatlas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sign-in through OpenID Connect, as NHS Wales staff would with Microsoft Entra ID, against a real OIDC server in
 * the test (mock-oauth2-server): the packaged app discovers the provider, the browser is sent there and back, and
 * the role comes from the {@code roles} claim through {@code atlas.security.oidc.role-map}.
 */
class OidcBrowserIT {
    private static MockOAuth2Server oidc;
    private static AtlasProcess app;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        oidc = new MockOAuth2Server();
        oidc.start(AtlasProcess.freePort());
        String issuer = oidc.issuerUrl("entra").toString();
        app = AtlasProcess.start(Files.createTempDirectory("atlas-oidc-"),
                "--spring.security.oauth2.client.registration.entra.client-id=partnership-atlas",
                "--spring.security.oauth2.client.registration.entra.client-secret=test-secret",
                "--spring.security.oauth2.client.registration.entra.client-name=Test Entra",
                "--spring.security.oauth2.client.registration.entra.scope=openid,profile",
                "--spring.security.oauth2.client.provider.entra.issuer-uri=" + issuer,
                "--atlas.security.oidc.role-map.[Atlas.Admin]=ADMIN");
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
        if (oidc != null) {
            oidc.shutdown();
        }
    }

    @Test
    void signInWithTheProvider_takesTheNameAndRoleFromItsClaims() throws Exception {
        oidc.enqueueCallback(new DefaultOAuth2TokenCallback("entra", "sian-subject", "JWT", List.of("partnership-atlas"),
                Map.of("preferred_username", "sian.jones@wales.nhs.uk", "roles", List.of("Atlas.Admin")), 3600));
        browser.get(app.baseUrl() + "/login");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.oidc-login")));
        assertThat(link.getText()).isEqualTo("Sign in with Test Entra");
        link.click();
        WebElement who = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        assertThat(who.getText()).isEqualTo("Signed in as sian.jones@wales.nhs.uk");
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item[path='users']")))
                .as("the Atlas.Admin claim maps to ADMIN").isNotEmpty();
        Chromium.screenshot(browser, "oidc-signed-in");
    }
}
