package com.collectiq.web;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through {@code /usr/bin/chromedriver}: no Selenium Manager, no
 * background networking. Without them a browser test is skipped, unless {@code -Dbrowser.required=true}
 * or {@code COLLECTIQ_BROWSER_REQUIRED=1} (CI) makes that a failure.
 */
final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Skips (or fails, when required) the calling test class when the browser is missing. */
    static void assumePresent(String test) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && required()) {
            fail("Chromium or chromedriver is missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + ") and the browser tests are required: apt-get install -y chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, test + " skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                + " (apt-get install -y chromium chromium-driver; -Dbrowser.required=true makes this a failure)");
    }

    static ChromeDriver start() {
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                        "--metrics-recording-only", "--disable-features=Translate,OptimizationHints,MediaRouter");
        return new ChromeDriver(driverService, options);
    }

    private static boolean required() {
        return Boolean.getBoolean("browser.required") || "1".equals(System.getenv("COLLECTIQ_BROWSER_REQUIRED"));
    }
}
