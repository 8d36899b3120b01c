package org.partnershipatlas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Sign-in through OpenID Connect, as NHS Wales staff would with Microsoft Entra ID, against a real OIDC server in
 * the test (mock-oauth2-server, started before the shared app, which is given it as the provider {@code entra}):
 * the packaged app discovers the provider, the browser is sent there and back, and the role comes from the
 * {@code roles} claim through {@code atlas.security.oidc.role-map}.
 */
class OidcBrowserIT extends BrowserTestSupport {

    @Test
    void signInWithTheProvider_takesTheNameAndRoleFromItsClaims() throws Exception {
        shared.oidc().enqueueCallback(new DefaultOAuth2TokenCallback("entra", "sian-subject", "JWT",
                List.of("partnership-atlas"),
                Map.of("preferred_username", "sian.jones@wales.nhs.uk", "roles", List.of("Atlas.Admin")), 3600));
        browser.get(app.baseUrl() + "/login");
        WebElement link = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.oidc-login")));
        assertThat(link.getText()).isEqualTo("Sign in with Test Entra");
        link.click();
        WebElement who = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        assertThat(who.getText()).isEqualTo("Signed in as sian.jones@wales.nhs.uk");
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item[path='users']")))
                .as("the Atlas.Admin claim maps to ADMIN").isNotEmpty();
        Chromium.screenshot(browser, "oidc-signed-in");
    }
}
