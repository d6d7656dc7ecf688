package com.collectiq.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.ApiClient.Response;
import com.collectiq.testsupport.ServiceTest;

/**
 * {@code GET /} serves the web page with no token, under a policy that lets in no inline script and
 * nothing from elsewhere; every module it loads is served; none of them turns text into markup; and
 * the API keeps its own stricter policy and its token.
 */
abstract class WebPageContract extends ServiceTest {

    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/app/[^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile("from '\\./([\\w-]+\\.js)'");
    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+\\s*=|javascript:", Pattern.CASE_INSENSITIVE);
    /** The ways a script can turn a string into markup or code. */
    private static final Pattern MARKUP_SINKS = Pattern.compile(
            "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function|srcdoc");

    @Test
    void pageIsPublicAndItsPolicyAllowsOnlyItsOwnScripts() {
        Response page = anonymous().get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        Matcher scripts = SCRIPT_TAG.matcher(page.raw().body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).as("every script is a file, none inline").contains("src=\"/app/");
        }
        assertThat(count).isPositive();
        assertThat(INLINE_HANDLER.matcher(page.raw().body()).find()).as("no inline event handlers").isFalse();
    }

    @Test
    void everyModuleThePageLoadsIsServedAndNoneWritesMarkup() {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> toLoad = new ArrayDeque<>();
        Matcher assets = ASSET.matcher(anonymous().get("/").raw().body());
        while (assets.find()) {
            toLoad.add(assets.group(1));
        }
        while (!toLoad.isEmpty()) {
            String path = toLoad.pop();
            if (!seen.add(path)) {
                continue;
            }
            Response asset = anonymous().get(path);
            assertThat(asset.status()).as(path).isEqualTo(200);
            assertThat(asset.header("Content-Security-Policy")).as(path).contains("script-src 'self'");
            if (path.endsWith(".js")) {
                assertThat(asset.contentType()).as(path).contains("javascript");
                assertThat(MARKUP_SINKS.matcher(asset.raw().body()).find()).as(path + " writes markup").isFalse();
                Matcher imports = IMPORT.matcher(asset.raw().body());
                while (imports.find()) {
                    toLoad.add("/app/" + imports.group(1));
                }
            }
        }
        assertThat(seen).contains("/app/main.js", "/app/api.js", "/app/scan.js", "/app/card.js", "/app/collection.js",
                "/app/alerts.js", "/app/settings.js", "/app/value-history.js", "/app/style.css");
    }

    @Test
    void theApiKeepsItsTokenAndItsOwnPolicy() {
        Response cards = anonymous().get("/cards");

        assertThat(cards.status()).isEqualTo(401);
        assertThat(cards.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(anonymous().get("/app/../cards").status()).isIn(400, 401);
    }
}
