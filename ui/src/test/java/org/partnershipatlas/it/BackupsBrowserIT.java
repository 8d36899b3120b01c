package org.partnershipatlas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The Backups view in a real headless Chromium on the packaged app: make one, restore it after a preview, upload. */
class BackupsBrowserIT extends BrowserTestSupport {

    private static void openBackupsAsAdmin() {
        AccessBrowserIT.signIn("admin", AtlasProcess.ADMIN_PASSWORD);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        browser.get(app.baseUrl() + "/backups");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("backups-view")));
    }

    @Test
    void anAdmin_makesABackup_thenRestoresItFromTheListAfterThePreview() throws Exception {
        openBackupsAsAdmin();
        browser.findElement(By.id("backup-now")).click();
        // The backups folder of the shared app holds others (written before restores): restore the one made now,
        // which the view names once it is written.
        String written = "Backup written: ";
        String name = waiting().until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                .map(card -> String.valueOf(card.getAttribute("textContent")).strip())
                .filter(text -> text.startsWith(written)).map(text -> text.substring(written.length()).strip())
                .findFirst().orElse(null));
        By restoreIt = By.cssSelector("vaadin-button.restore-stored[aria-label$='" + name + "']");
        waiting().until(ExpectedConditions.elementToBeClickable(restoreIt));
        var added = app.post("/api/import?mode=merge", "application/json", """
                {"format": "partnership-atlas/1", "organisations": [
                  {"id": "browser-newcomer", "name": "Browser newcomer", "type": "NGO", "confidence": "ILLUSTRATIVE"}]}
                """);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);

        browser.findElement(restoreIt).click();
        WebElement preview = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("restore-preview")));
        assertThat(preview.getText()).contains("Would be removed").contains("Browser newcomer");
        Chromium.screenshot(browser, "backups-restore-preview");
        browser.findElement(By.id("restore-confirm")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("restore-confirm")));

        assertThat(app.get("/api/network").body()).doesNotContain("browser-newcomer");
        Chromium.screenshot(browser, "backups");
    }

    @Test
    void anAdmin_uploadsAFileThatIsNotABackup_andIsToldWhy() throws Exception {
        openBackupsAsAdmin();
        String before = app.get("/api/network").headers().firstValue("ETag").orElseThrow();
        Path notABackup = Files.createTempFile("not-a-backup", ".zip");
        Files.writeString(notABackup, "{\"format\": \"partnership-atlas/1\"}", StandardCharsets.UTF_8);
        notABackup.toFile().deleteOnExit();

        WebElement upload = browser.findElement(By.id("restore-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(notABackup.toString());

        WebElement problem = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("backups-problem")));
        assertThat(problem.getText()).contains("Nothing was changed").contains("not a zip archive");
        assertThat(app.get("/api/network").headers().firstValue("ETag")).contains(before);
    }
}
