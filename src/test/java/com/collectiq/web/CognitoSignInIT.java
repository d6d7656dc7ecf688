package com.collectiq.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.collectiq.testsupport.CognitoStandIn;
import com.collectiq.testsupport.ServiceProcess;
import com.collectiq.testsupport.WireMockStandIn;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * {@code aws} mode's sign-in in headless Chromium against the packaged jar: the page sends the
 * collector to a Cognito hosted UI stood in for by WireMock (authorize answers with a code, the token
 * endpoint with tokens signed by the pool key whose JWKS the service verifies them with), exchanges
 * the code with its PKCE verifier, and calls the API with the access token. The verifier is checked
 * here against the challenge the authorize request carried (S256); an answer to a sign-in the tab did
 * not start is refused without a token request.
 */
class CognitoSignInIT {

    private static final String HOSTED_UI = "/cognito-hosted-ui";
    private static final String CODE = "code-from-the-hosted-ui";
    private static final String EMAIL = "collector@example.test";

    private static final List<StubMapping> stubs = new ArrayList<>();
    private static WireMockServer cognito;
    private static ServiceProcess service;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startServiceAndBrowser() {
        HeadlessChromium.assumePresent("CognitoSignInIT");
        cognito = WireMockStandIn.get().server();
        CognitoStandIn pool = CognitoStandIn.get();
        // the hosted UI signs the user in and sends the browser back with a code and the page's own state
        stubs.add(cognito.stubFor(get(urlPathEqualTo(HOSTED_UI + "/oauth2/authorize")).willReturn(aResponse()
                .withStatus(302).withTransformers("response-template")
                .withHeader("Location", "{{request.query.redirect_uri}}?code=" + CODE + "&state={{request.query.state}}"))));
        String idToken = pool.accessToken("hosted-ui-user", claims -> claims.claim("token_use", "id")
                .claim("email", EMAIL).audience(CognitoStandIn.CLIENT_ID));
        stubs.add(cognito.stubFor(post(urlPathEqualTo(HOSTED_UI + "/oauth2/token")).willReturn(okJson("""
                {"access_token":"%s","id_token":"%s","token_type":"Bearer","expires_in":3600}"""
                .formatted(pool.accessToken("hosted-ui-user", false), idToken))
                .withHeader("Access-Control-Allow-Origin", "*"))));
        stubs.add(cognito.stubFor(get(urlPathEqualTo(HOSTED_UI + "/logout")).willReturn(aResponse()
                .withStatus(302).withTransformers("response-template").withHeader("Location", "{{request.query.logout_uri}}"))));

        service = ServiceProcess.aws("web-cognito").property("collectiq.page.cognito.domain", cognito.baseUrl() + HOSTED_UI)
                .build().start(Duration.ofSeconds(120));
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
        stubs.forEach(cognito::removeStub);
    }

    @Test
    void aCollectorSignsInThroughTheHostedUiWithPkceAndUsesTheApi() throws Exception {
        openThePage();
        browser.findElement(By.id("hosted-sign-in-button")).click();

        wait.until(ExpectedConditions.textToBe(By.id("who"), "Signed in as " + EMAIL));
        assertThat(browser.getCurrentUrl()).as("the code is taken out of the address").doesNotContain("code=")
                .isEqualTo(page() + "#/scan");
        browser.findElement(By.linkText("Collection")).click();
        wait.until(ExpectedConditions.textToBe(By.id("card-count"), "0 cards, 0 valued"));

        Map<String, String> authorize = query(lastRequest(getRequestedFor(urlPathEqualTo(HOSTED_UI + "/oauth2/authorize"))));
        assertThat(authorize).containsEntry("response_type", "code").containsEntry("client_id", CognitoStandIn.CLIENT_ID)
                .containsEntry("redirect_uri", page()).containsEntry("scope", "openid email")
                .containsEntry("code_challenge_method", "S256");
        Map<String, String> exchange = form(lastRequest(postRequestedFor(urlPathEqualTo(HOSTED_UI + "/oauth2/token"))));
        assertThat(exchange).containsEntry("grant_type", "authorization_code").containsEntry("code", CODE)
                .containsEntry("client_id", CognitoStandIn.CLIENT_ID).containsEntry("redirect_uri", page());
        String verifier = exchange.get("code_verifier");
        assertThat(verifier).as("RFC 7636: 43 to 128 unreserved characters").matches("[A-Za-z0-9._~-]{43,128}");
        assertThat(authorize.get("code_challenge")).isEqualTo(s256(verifier));

        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hosted-sign-in-button")));
        assertThat(lastRequest(getRequestedFor(urlPathEqualTo(HOSTED_UI + "/logout"))).queryParameter("logout_uri").firstValue())
                .isEqualTo(page());
        assertThat(browser.executeScript("return sessionStorage.getItem('collectiq.token')")).isNull();
    }

    @Test
    void anAnswerToASignInThisTabDidNotStartIsRefused() {
        openThePage();
        int exchanges = cognito.findAll(postRequestedFor(urlPathEqualTo(HOSTED_UI + "/oauth2/token"))).size();

        browser.get(page() + "?code=" + CODE + "&state=forged-elsewhere");

        wait.until(ExpectedConditions.textToBe(By.id("message"), "This sign-in was not started here: sign in again."));
        assertThat(browser.findElement(By.id("hosted-sign-in-button")).isDisplayed()).isTrue();
        assertThat(cognito.findAll(postRequestedFor(urlPathEqualTo(HOSTED_UI + "/oauth2/token")))).hasSize(exchanges);
    }

    private static void openThePage() {
        browser.get(page());
        browser.executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
        wait.until(d -> "true".equals(d.findElement(By.tagName("html")).getAttribute("data-ready")));
        assertThat(browser.findElement(By.id("sign-in-form")).isDisplayed()).as("no user-name sign-in in aws").isFalse();
    }

    private static String page() {
        return service.baseUrl() + "/";
    }

    private static LoggedRequest lastRequest(RequestPatternBuilder pattern) {
        List<LoggedRequest> requests = cognito.findAll(pattern);
        assertThat(requests).as("requests to the hosted UI").isNotEmpty();
        return requests.get(requests.size() - 1);
    }

    private static Map<String, String> query(LoggedRequest request) {
        return pairs(URI.create(request.getUrl()).getRawQuery());
    }

    private static Map<String, String> form(LoggedRequest request) {
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        return pairs(request.getBodyAsString());
    }

    private static Map<String, String> pairs(String encoded) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            pairs.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(nameAndValue.length > 1 ? nameAndValue[1] : "", StandardCharsets.UTF_8));
        }
        return pairs;
    }

    /** RFC 7636's S256: BASE64URL(SHA-256(ASCII(verifier))), unpadded. */
    private static String s256(String verifier) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
