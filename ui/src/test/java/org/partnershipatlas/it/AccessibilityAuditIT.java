package org.partnershipatlas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * WCAG 2.2 AA in a real browser: axe-core 4.11 (packed from npm with its checksum, served under /vendor/ like the
 * other libraries, never from a CDN) runs its WCAG 2.0, 2.1 and 2.2 A and AA rules over every view — anonymous,
 * then signed in as admin for the editors' and administrators' views — and the test fails on any violation with a
 * report naming the page, the rule, its impact and the elements.
 */
class AccessibilityAuditIT extends BrowserTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    /** Each page and an element that shows it has drawn. */
    private static final List<String[]> PUBLIC_PAGES = List.of(
            new String[] {"/", "#overview-view #chart-growth[data-rendered]"},
            new String[] {"/network", "#network-graph[data-nodes]"},
            new String[] {"/network?tab=table", "#network-view"},
            new String[] {"/map?select=LS", "#country-heading"},
            new String[] {"/health-boards", "#boards-grid"},
            new String[] {"/quality", "#quality-heatmap"},
            new String[] {"/brokers", "vaadin-grid"},
            new String[] {"/introductions?from=19-hills-health-and-wellbeing-centre&country=LS", ".route-chain"},
            new String[] {"/what-if?remove=ihcc", "#what-if-results vaadin-grid"},
            new String[] {"/history", "vaadin-grid"},
            new String[] {"/about", "#count-organisations"},
            new String[] {"/accessibility", "#accessibility-view"},
            new String[] {"/stories", "#stories-view"},
            new String[] {"/organisations/cardiff-and-vale-uhb", "#profile-ego[data-rendered]"},
            new String[] {"/organisations/betsi-cadwaladr-uhb", "#profile-chart-countries[data-rendered]"},
            new String[] {"/embed/network", "#embed-network #network-graph[data-nodes]"},
            new String[] {"/embed/map", "#embed-map"},
            new String[] {"/register", "#register-view #register-name"},
            new String[] {"/login", "vaadin-login-form"});
    private static final List<String[]> ADMIN_PAGES = List.of(
            new String[] {"/data", "vaadin-grid"},
            new String[] {"/history", "vaadin-grid"},
            new String[] {"/users", "vaadin-grid"},
            new String[] {"/quality", "#quality-heatmap"},
            new String[] {"/stories", "#stories-view"},
            new String[] {"/returns", "#returns-view #returns-rounds"},
            new String[] {"/backups", "#backups-view vaadin-grid"},
            new String[] {"/", "#overview-view #chart-growth[data-rendered]"});

    @Test
    void everyView_anonymousAndAdmin_hasNoWcag22AaViolation() throws Exception {
        var report = new ArrayList<String>();
        for (String[] page : PUBLIC_PAGES) {
            report.addAll(audit(page[0], page[1], "anonymous"));
        }
        // the token-keyed return form, as a Board opens it from its invitation
        var opened = app.post("/api/returns", "application/json", "{\"title\": \"Audit return\", \"closes\": \""
                + java.time.LocalDate.now().plusDays(14) + "\", \"organisations\": [\"cardiff-and-vale-uhb\"]}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String respond = JSON.readTree(opened.body()).get("invitations").get(0).get("url").asText();
        report.addAll(audit(respond, "#respond-heading", "anonymous"));
        report.addAll(audit(respond + "?lang=cy", "#respond-heading", "anonymous"));
        signIn("admin", AtlasProcess.ADMIN_PASSWORD);
        waiting().until(d -> !d.findElements(By.id("signed-in-as")).isEmpty());
        for (String[] page : ADMIN_PAGES) {
            report.addAll(audit(page[0], page[1], "admin"));
        }
        assertThat(report).as("axe-core %s violations:%n%s", TAGS, String.join("\n", report)).isEmpty();
    }

    private List<String> audit(String path, String ready, String who) throws Exception {
        browser.get(app.baseUrl() + path);
        try {
            waiting().until(d -> !d.findElements(By.cssSelector(ready)).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            Chromium.screenshot(browser, "axe-not-ready" + path.replaceAll("[^a-z0-9]+", "-"));
            return List.of(path + " (" + who + "): never showed " + ready);
        }
        Thread.sleep(800);   // let charts, pictures and lazy grids settle
        var js = (JavascriptExecutor) browser;
        js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                if (window.axe) { done(); return; }
                const s = document.createElement('script');
                s.src = '/vendor/axe-core/axe.min.js';
                s.onload = () => done();
                s.onerror = () => done();
                document.head.appendChild(s);
                """);
        String violations = (String) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
                """, TAGS);
        var lines = new ArrayList<String>();
        for (JsonNode v : JSON.readTree(violations)) {
            var targets = new ArrayList<String>();
            v.get("nodes").forEach(n -> targets.add(n.get("target").toString()));
            lines.add(String.format("%s (%s): [%s] %s — %s; %d element(s): %s", path, who, v.get("impact").asText(),
                    v.get("id").asText(), v.get("help").asText(), v.get("nodes").size(),
                    String.join(", ", targets.subList(0, Math.min(5, targets.size())))));
        }
        return lines;
    }
}
