package com.collectiq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.ServiceProcess;
import com.collectiq.testsupport.spreads.Spreads;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The web page in a real browser (Debian's headless Chromium through {@code /usr/bin/chromedriver},
 * no Selenium Manager, no background networking) against the packaged jar in {@code local} mode: a
 * collector signs in, scans a photo, sees it valued, opens it, picks another candidate, sees the
 * collection total, chooses a currency, sees the value over time, sets, lists and deletes price
 * alerts and deletes the card; a name hint that is markup shows as text and runs nothing.
 * axe-core checks every page with data in it; screenshots at 375 px and desktop go under
 * {@code target/web-screenshots}. Without Chromium the test is skipped, unless
 * {@code -Dbrowser.required=true} or {@code COLLECTIQ_BROWSER_REQUIRED=1} (CI) makes that a failure.
 */
class WebPageIT {

    private static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");
    private static final Path SCREENSHOTS = Path.of("target/web-screenshots");
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(375, 812);
    private static final Duration SETTLE = Duration.ofSeconds(120);
    private static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    @TempDir
    static Path photos;

    private static ServiceProcess service;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startServiceAndBrowser() {
        HeadlessChromium.assumePresent("WebPageIT");
        service = ServiceProcess.local("web-page", dataDir).build().start(Duration.ofSeconds(120));
        browser = HeadlessChromium.start();
        browser.manage().window().setSize(DESKTOP);
        wait = new WebDriverWait(browser, SETTLE);
        wait.ignoring(StaleElementReferenceException.class); // the card view redraws itself while its card changes
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aCollectorScansSeesCorrectsAndDeletesACard() throws Exception {
        browser.get(page());
        browser.executeScript("sessionStorage.clear()");
        long opened = System.nanoTime();
        browser.navigate().refresh();
        wait.until(d -> "true".equals(d.findElement(By.tagName("html")).getAttribute("data-ready")));
        long interactiveMillis = (System.nanoTime() - opened) / 1_000_000;
        System.out.printf("web page: interactive after %d ms (navigation to handlers attached); page weight %d bytes "
                + "uncompressed in %d files%n", interactiveMillis, pageWeight(), pageFiles());
        assertNoSeriousAccessibilityViolations("sign-in");
        screenshots("sign-in");

        browser.findElement(By.id("user-name")).sendKeys("collector");
        browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("photos")));
        assertThat(browser.findElement(By.id("who")).getText()).isEqualTo("Signed in as collector");

        // two photos at once: a Bulbasaur printed with Charizard's number (the reading is unsure, so the
        // page offers candidates) and a plain Base Set Charizard (the bundled sample prices value it)
        browser.findElement(By.id("photos")).sendKeys(photo("ambiguous.png", "Bulbasaur", 1) + "\n"
                + photo("charizard.png", "Charizard", 3));
        WebElement upload = waitForSettledUpload(1);
        waitForSettledUpload(2);
        assertThat(browser.findElements(By.cssSelector(".uploads .status"))).extracting(WebElement::getText)
                .containsExactly("VALUED", "VALUED");
        assertThat(upload.findElement(By.tagName("progress")).getAttribute("value")).isEqualTo("1");
        assertNoSeriousAccessibilityViolations("scan");
        screenshots("scan");

        upload.findElement(By.cssSelector("a.file")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("p.status"), "Status: VALUED"));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const i = document.querySelector('img.photo'); return i !== null && i.complete && i.naturalWidth > 0")));

        WebElement candidate = browser.findElements(By.cssSelector("button.candidate")).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no candidate offered: " + browser.findElement(By.tagName("main")).getText()));
        String picked = candidate.getText().replaceAll(" \\(.*", "");
        candidate.click();
        wait.until(ExpectedConditions.textToBe(By.id("message"), "Saved: the card is being valued again."));
        // the pick is the owner's catalogId hint (its set and number shown beside it), and the revaluation
        // identifies the card as exactly that one
        By catalogId = By.xpath("//dt[text()='Catalog id']/following-sibling::dd[1]");
        wait.until(d -> d.findElement(By.cssSelector("p.status")).getText().equals("Status: VALUED")
                && !d.findElements(catalogId).isEmpty() && d.findElement(catalogId).getText().equals(picked));
        assertThat(browser.findElement(By.tagName("main")).getAttribute("textContent")).as("the evidence, folded away")
                .contains("catalogId: " + picked + " (95 %) — owner's pick");
        assertThat(browser.findElement(By.id("hint-set")).getAttribute("value"))
                .isEqualTo(picked.substring(0, picked.lastIndexOf('-')));
        assertThat(browser.findElement(By.id("hint-number")).getAttribute("value"))
                .isEqualTo(picked.substring(picked.lastIndexOf('-') + 1));
        assertNoSeriousAccessibilityViolations("card");
        screenshots("card");
        String cardUrl = browser.getCurrentUrl();

        browser.findElement(By.linkText("Collection")).click();
        wait.until(ExpectedConditions.textToBe(By.id("card-count"), "2 cards, 1 valued"));
        assertThat(browser.findElement(By.id("totals")).getText()).as("the Charizard's value").matches(".*\\d.*");
        assertThat(browser.findElements(By.cssSelector("#cards li"))).hasSize(2);
        assertThat(browser.findElement(By.id("currency")).getAttribute("value")).as("the valuation currency until chosen")
                .isEqualTo("USD");
        aCollectorChoosesACurrencyAndSeesTheValueOverTime();
        assertNoSeriousAccessibilityViolations("collection");
        screenshots("collection");

        browser.findElement(By.linkText("Charizard")).click();
        aCollectorSetsListsAndDeletesPriceAlerts();

        browser.get(cardUrl);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[text()='Delete card']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[starts-with(text(),'Yes, delete')]")))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id("card-count"), "1 cards, 1 valued"));
        assertThat(browser.findElement(By.id("message")).getText()).isEqualTo("Card deleted.");
        assertThat(browser.findElements(By.cssSelector("#cards li"))).hasSize(1);
    }

    @Test
    void aNameHintThatIsMarkupShowsAsTextAndRunsNothing() throws Exception {
        signIn("mallory");
        browser.findElement(By.id("name-hint")).sendKeys(HOSTILE_NAME);
        browser.findElement(By.id("photos")).sendKeys(photo("hostile.png", "Bulbasaur", 2).toString());
        WebElement upload = waitForSettledUpload(1);
        upload.findElement(By.cssSelector("a.file")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hints-title")));

        assertThat(browser.findElement(By.tagName("main")).getText()).contains(HOSTILE_NAME);
        assertThat(browser.findElement(By.id("hint-name")).getAttribute("value")).isEqualTo(HOSTILE_NAME);
        assertThat(browser.findElements(By.cssSelector("img[src='x']"))).as("no element made from the hint").isEmpty();
        assertNoAlert();
        assertNoSeriousAccessibilityViolations("card-with-markup-hint");
    }

    @Test
    void aBinderPageShowsARowForEachOfItsCards() throws Exception {
        signIn("binder");
        Path page = photos.resolve("page.jpg");
        Files.write(page, Spreads.binderPage(31, 2, 2).jpeg());
        browser.findElement(By.id("photos")).sendKeys(page.toString());

        wait.until(ExpectedConditions.textToBe(By.cssSelector(".uploads li:nth-child(1) .status"), "4 cards found"));
        for (int row = 2; row <= 5; row++) {
            assertThat(waitForSettledUpload(row).findElement(By.cssSelector("a.file")).getText())
                    .isEqualTo("page.jpg, card " + (row - 1));
        }
        waitForSettledUpload(5).findElement(By.cssSelector("a.file")).click();
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const i = document.querySelector('img.photo'); return i !== null && i.complete && i.naturalWidth > 0"
                        + " && i.naturalWidth < i.naturalHeight")));
        assertNoSeriousAccessibilityViolations("scan-page-of-cards");
    }

    /**
     * EUR chosen in the collection: the totals, the cards and the value history are shown in it (the
     * stored dollar amounts beside the card's), and the history draws today's point, with the Charizard
     * valued, as a dot on the chart.
     */
    private static void aCollectorChoosesACurrencyAndSeesTheValueOverTime() throws IOException {
        assertThat(browser.findElements(By.id("value-history-empty"))).as("a valued card makes history").isEmpty();
        new Select(browser.findElement(By.id("currency"))).selectByValue("EUR");
        wait.until(ExpectedConditions.textToBe(By.id("message"), "Values are now shown in EUR."));
        wait.until(d -> d.switchTo().activeElement().getAttribute("id").equals("currency")
                && d.findElement(By.id("currency")).getAttribute("value").equals("EUR"));
        JsonNode settings = authorizedGet("/me/settings");
        assertThat(settings.get("currency").asText()).as("saved by the service, not only picked").isEqualTo("EUR");

        JsonNode history = authorizedGet("/portfolio/history");
        assertThat(history.get("currency").asText()).isEqualTo("EUR");
        JsonNode today = history.get("points").get(history.get("points").size() - 1);
        assertThat(today.get("fair").decimalValue()).as("the Charizard's value, in euros").isPositive();
        List<WebElement> dots = browser.findElements(By.cssSelector("#value-chart circle.point"));
        assertThat(dots).hasSize(history.get("points").size());
        assertThat(browser.findElement(By.id("value-chart")).getAttribute("aria-labelledby")).isEqualTo("value-chart-caption");
        assertThat(browser.findElement(By.id("value-chart-caption")).getText()).contains(today.get("date").asText(), "€");
        assertThat(browser.findElement(By.id("display-total")).getText()).contains("€");
        assertThat(browser.findElement(By.id("cards")).getText()).as("euros, dollars beside").matches("(?s).*€.*\\(.*\\$.*\\).*");
    }

    /**
     * On the Charizard's page: a threshold the service refuses says the problem's own words; an alert
     * below 1 € waits armed, one above 1 € held when set and waits for the value to cross back; both
     * are listed on the card and in the collection; one is deleted.
     */
    private static void aCollectorSetsListsAndDeletesPriceAlerts() throws IOException {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("alert-amount")));
        assertThat(browser.findElement(By.cssSelector(".fair-value")).getText()).matches(".*€.*\\(.*\\$.*\\)");
        assertThat(browser.findElement(By.id("card-alerts")).getText()).isEqualTo("No price alerts.");

        setAlert("above", "0");
        wait.until(d -> !d.findElement(By.id("message")).getText().isEmpty());
        assertThat(browser.findElement(By.id("message")).getText()).as("the problem's detail").contains("above");
        assertThat(authorizedGet("/alerts").get("items")).isEmpty();

        setAlert("below", "1");
        wait.until(ExpectedConditions.textToBe(By.id("message"), "Alert set."));
        setAlert("above", "1");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#card-alerts li"), 2));
        List<String> listed = browser.findElements(By.cssSelector("#card-alerts li")).stream().map(WebElement::getText).toList();
        assertThat(listed.get(0)).startsWith("Below €1.00: armed");
        assertThat(listed.get(1)).startsWith("Above €1.00: held when set, waits for the value to cross back");
        assertNoSeriousAccessibilityViolations("card-alerts");
        screenshots("card-alerts");

        browser.findElement(By.cssSelector("#card-alerts li:first-child button")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#card-alerts li"), 1));
        assertThat(browser.findElement(By.id("message")).getText()).isEqualTo("Alert deleted.");
        assertThat(authorizedGet("/alerts").get("items")).singleElement()
                .satisfies(alert -> assertThat(alert.get("above").decimalValue()).isEqualByComparingTo("1"));

        browser.findElement(By.linkText("Collection")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#alerts li"), 1));
        assertThat(browser.findElement(By.cssSelector("#alerts li")).getText()).startsWith("Charizard: Above €1.00");
    }

    /**
     * Fills and sends the alert form, found afresh until one fill goes through on the same elements:
     * the card view redraws itself (its form too) while its card changes, and an element found just
     * before a redraw is stale by the time it is used. The wait ignores that and tries again; a
     * stale element refuses the keys before any is typed, so the form is sent once.
     */
    private static void setAlert(String kind, String amount) {
        wait.until(page -> {
            new Select(page.findElement(By.id("alert-kind"))).selectByValue(kind);
            WebElement field = page.findElement(By.id("alert-amount"));
            field.clear();
            field.sendKeys(amount + "\n");
            return true;
        });
    }

    /** What the API says to the signed-in collector, read with the page's own token. */
    private static JsonNode authorizedGet(String path) throws IOException {
        Object body = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {headers: {Authorization: 'Bearer ' + sessionStorage.getItem('collectiq.token')}})"
                + ".then(r => r.text()).then(done, e => done(String(e)));", path);
        return JSON.readTree((String) body);
    }

    /**
     * The page at {@code http://127.0.0.1:PORT/}: local mode signs its photo URLs for the origin each
     * request came to, so the uploads go to 127.0.0.1 too, the page's own origin.
     */
    private static String page() {
        return service.baseUrl() + "/";
    }

    private static void signIn(String user) {
        browser.manage().window().setSize(DESKTOP);
        browser.get(page());
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name"))).sendKeys(user);
        browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("photos")));
    }

    /** Waits until the n-th upload's card is VALUED or FAILED and returns its row. */
    private static WebElement waitForSettledUpload(int n) {
        By row = By.cssSelector(".uploads li:nth-child(" + n + ")");
        wait.until(d -> {
            String status = d.findElement(row).findElement(By.cssSelector(".status")).getText();
            return status.equals("VALUED") || status.equals("FAILED") || status.startsWith("not sent");
        });
        WebElement settled = browser.findElement(row);
        assertThat(settled.findElement(By.cssSelector(".status")).getText()).as("the upload was sent")
                .doesNotStartWith("not sent");
        return settled;
    }

    private static Path photo(String file, String name, long seed) throws IOException {
        Path path = photos.resolve(file);
        Files.write(path, CardRenderer.builder().name(name).seed(seed).render().png());
        return path;
    }

    /** axe-core in the page: no serious or critical violation (the others are printed). */
    private static void assertNoSeriousAccessibilityViolations(String page) throws IOException {
        JavascriptExecutor js = browser;
        // scripts run by the driver are not the page's: its policy does not apply to them
        js.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify({error: String(e)})));");
        JsonNode violations = JSON.readTree((String) result);
        assertThat(violations.isArray()).as(violations.toString()).isTrue();
        for (JsonNode violation : violations) {
            System.out.printf("axe on %s: %s (%s), %d nodes%n", page, violation.get("id").asText(),
                    violation.get("impact").asText(), violation.get("nodes").size());
        }
        assertThat(violations).as("serious or critical accessibility violations on " + page)
                .noneMatch(v -> List.of("serious", "critical").contains(v.get("impact").asText()));
    }

    private static void screenshots(String page) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        for (Map.Entry<String, Dimension> size : Map.of("desktop", DESKTOP, "phone", PHONE).entrySet()) {
            browser.manage().window().setSize(size.getValue());
            Object overflow = browser.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(overflow).as(page + " fits " + size.getKey() + " without scrolling sideways").isEqualTo(false);
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(page + "-" + size.getKey() + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        browser.manage().window().setSize(DESKTOP);
    }

    private static long pageWeight() {
        return ((Number) browser.executeScript("return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource')).reduce((s, e) => s + e.decodedBodySize, 0)"))
                .longValue();
    }

    private static long pageFiles() {
        return ((Number) browser.executeScript("return 1 + performance.getEntriesByType('resource').length")).longValue();
    }

    private static void assertNoAlert() {
        try {
            browser.switchTo().alert();
            fail("a dialog opened: markup from the hint ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
