package org.partnershipatlas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in and out in a real headless Chromium, and a hostile page on another origin that tries to write. */
class AccessBrowserIT extends BrowserTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void signIn_showsWhoIsSignedIn_andSignOutEndsIt() throws Exception {
        browser.get(app.baseUrl() + "/network");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        signIn("admin", AtlasProcess.ADMIN_PASSWORD);
        WebElement who = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        assertThat(who.getText()).isEqualTo("Signed in as admin");
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item[path='users']"))).isNotEmpty();
        Chromium.screenshot(browser, "signed-in");
        browser.findElement(By.id("sign-out")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        assertThat(browser.findElements(By.id("signed-in-as"))).isEmpty();
    }

    @Test
    void aWrongPassword_staysOnSignInWithAnError() {
        signIn("admin", "not-the-password");
        waiting().until(d -> d.getCurrentUrl().contains("/login?error"));
        waiting().until(d -> "true".equals(d.findElement(By.tagName("vaadin-login-form")).getAttribute("error"))
                || d.findElement(By.tagName("vaadin-login-form")).getDomProperty("error").equals("true"));
    }

    @Test
    void aHostilePageOnAnotherOrigin_cannotWriteWithTheSignedInUsersSession() throws Exception {
        signIn("admin", AtlasProcess.ADMIN_PASSWORD);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        String before = app.get("/api/network").headers().firstValue("ETag").orElseThrow();

        // The probe that once wiped the network: a multipart POST with mode "no-cors", cookies included.
        String page = """
                <!doctype html><html><body><script>
                const data = new FormData();
                data.append('organisations', new Blob(['id,name,type,country,city,founded,website,description,seeking_partner,confidence,sources\\r\\nwiped,Wiped,NGO,,,,,,,ILLUSTRATIVE,\\r\\n'], {type: 'text/csv'}), 'organisations.csv');
                fetch('%s/api/import?mode=replace', {method: 'POST', mode: 'no-cors', credentials: 'include', body: data})
                  .then(() => document.title = 'sent', () => document.title = 'failed');
                </script></body></html>""".formatted(app.baseUrl());
        HttpServer hostile = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hostile.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        hostile.start();
        try {
            browser.get("http://127.0.0.1:" + hostile.getAddress().getPort() + "/");
            waiting().until(d -> d.getTitle().equals("sent") || d.getTitle().equals("failed"));
        } finally {
            hostile.stop(0);
        }
        assertThat(app.get("/api/network").headers().firstValue("ETag")).contains(before);
        assertThat(JSON.readTree(app.get("/api/network").body()).get("organisations")).hasSize(192);
    }

    @Test
    void aViewer_cannotOpenTheUsersView() throws IOException, InterruptedException {
        var created = app.post("/api/users", "application/json",
                "{\"username\": \"browser-viewer\", \"password\": \"a-long-enough-password\", \"roles\": [\"VIEWER\"]}");
        assertThat(created.statusCode()).isIn(201, 400); // 400 when an earlier run of this class made it already
        signIn("browser-viewer", "a-long-enough-password");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        browser.get(app.baseUrl() + "/users");
        waiting().until(d -> d.findElements(By.id("signed-in-as")).size() > 0 || d.getPageSource().contains("Could not navigate"));
        assertThat(browser.findElements(By.id("users-view"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item[path='users']"))).isEmpty();
    }
}
