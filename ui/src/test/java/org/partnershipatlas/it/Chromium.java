package org.partnershipatlas.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (installed by {@code .ci/run}); both paths are given,
 * so Selenium downloads nothing. Override with {@code -Dchromium.binary=… -Dchromedriver.path=…}.
 */
public final class Chromium {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    public static WebDriver start() throws IOException {
        return start(options -> { });
    }

    /** With more options, e.g. the performance log and trace categories of a benchmark. */
    public static WebDriver start(java.util.function.Consumer<ChromeOptions> more) throws IOException {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-GB",
                "--user-data-dir=" + Files.createTempDirectory("chromium-"));
        more.accept(options);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.path", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png} (a test artefact). */
    public static Path screenshot(WebDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
