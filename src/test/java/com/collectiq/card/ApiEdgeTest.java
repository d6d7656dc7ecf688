package com.collectiq.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.ApiClient.Response;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.TestPhotos;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore;

/**
 * The API's edge in {@code local} mode: tenancy, hostile input, limits, CORS, headers and the
 * OpenAPI document. Every refusal must be the right 4xx problem, never a 5xx.
 */
@LocalMode
class ApiEdgeTest extends ServiceTest {

    @Autowired
    PhotoStore photos;

    private String user() {
        return "u-" + UUID.randomUUID().toString().substring(0, 12);
    }

    private String cardOf(ApiClient user, String sub) {
        String key = PhotoKeys.newFront(sub, "image/png");
        photos.put(key, TestPhotos.png(7), "image/png");
        Response created = user.post("/cards", "{\"key\":\"" + key + "\"}");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asText()).isNotBlank();
        assertThat(response.raw().body()).doesNotContain("Exception").doesNotContain("com.collectiq")
                .doesNotContain("at org.");
    }

    @Test
    void anotherUsersCardsAndPhotosAreNotFoundOnEveryRoute() {
        String subA = user();
        ApiClient a = api(subA);
        ApiClient b = api(user());
        String id = cardOf(a, subA);
        String keyOfA = a.get("/cards/" + id).json().get("key").asText();

        assertProblem(b.get("/cards/" + id), 404);
        assertProblem(b.patch("/cards/" + id, "{\"name\":\"Mine now\"}"), 404);
        assertProblem(b.post("/cards/" + id + "/revalue", ""), 404);
        assertProblem(b.get("/cards/" + id + "/image"), 404);
        assertProblem(b.get("/cards/" + id + "/history"), 404);
        assertProblem(b.delete("/cards/" + id), 404);
        assertProblem(b.post("/cards", "{\"key\":\"" + keyOfA + "\"}"), 404);
        assertThat(b.get("/cards").json().get("items")).isEmpty();
        assertThat(b.get("/portfolio").json().get("cardCount").asInt()).isZero();
        assertThat(b.delete("/me").status()).isEqualTo(202);

        assertThat(a.get("/cards/" + id).status()).isEqualTo(200);
        assertThat(a.get("/cards/" + id).json().get("hints").has("name")).isFalse();
    }

    @Test
    void hostileBodiesGetTheRight4xx() {
        ApiClient user = api(user());
        assertProblem(user.post("/cards", "{\"key\":"), 400);
        assertProblem(user.post("/cards", "[1,2,3]"), 400);
        assertProblem(user.post("/cards", "null"), 400);
        assertProblem(user.post("/cards", ""), 400);
        assertProblem(user.post("/cards", "{\"key\":5}"), 400);
        assertProblem(user.post("/cards", "{\"key\":{\"a\":1}}"), 400);
        assertProblem(user.post("/cards", "{}"), 400);
        assertProblem(user.post("/cards", "{\"key\":\"uploads/x/y.png\",\"admin\":true}"), 400);
        assertProblem(user.post("/cards", "{\"key\":\"uploads/x/y.png\",\"name\":\"bad\\u0000name\"}"), 400);
        assertProblem(user.post("/cards", "{\"key\":\"" + "x".repeat(20_000) + "\"}"), 400);
        assertProblem(user.post("/cards", "[".repeat(5_000) + "]".repeat(5_000)), 400);
        assertProblem(user.post("/cards", "{\"key\":\"uploads/x/y.png\"}", "Content-Type", "text/plain"), 415);
        assertProblem(user.post("/cards", "{\"key\":\"uploads/x/../../etc/passwd\"}"), 404);
        assertProblem(user.post("/cards", "{\"key\":\"/etc/passwd\"}"), 404);
        assertProblem(user.post("/cards", "{\"key\":\"uploads%2F..%2Fsecret.png\"}"), 404);
        assertProblem(user.post("/upload/presign", "{\"contentType\":\"image/gif\",\"sizeBytes\":10}"), 415);
        assertProblem(user.post("/upload/presign", "{\"contentType\":\"image/png\",\"sizeBytes\":0}"), 400);
        assertProblem(user.post("/upload/presign", "{\"contentType\":\"image/png\",\"sizeBytes\":99999999999}"), 413);
        assertProblem(user.post("/upload/presign", "{\"contentType\":\"image/png\",\"sizeBytes\":\"10\"}"), 400);
        assertProblem(user.post("/upload/presign", "{\"contentType\":\"image/png\",\"sizeBytes\":10,\"side\":\"top\"}"), 400);
    }

    @Test
    void carelessBodiesAreReadWhereTheyCanBeAndRefusedWhereTheyAreAmbiguous() {
        ApiClient user = api(user());
        // a byte order mark is ignored (RFC 8259 §8.1): the key is read, and names no upload
        assertProblem(user.post("/cards", "\uFEFF{\"key\":\"uploads/x/y.png\"}"), 404);
        assertProblem(user.post("/cards", "{\"key\":\"uploads/x/y.png\",\"key\":\"uploads/x/z.png\"}"), 400);
        assertProblem(user.post("/upload/presign", "{\"contentType\":\"image/png\",\"sizeBytes\":-5}"), 400);
    }

    @Test
    void hostilePathsAndQueriesGetTheRight4xx() {
        ApiClient user = api(user());
        assertProblem(user.get("/cards/not-a-uuid"), 400);
        assertProblem(user.get("/cards/" + UUID.randomUUID()), 404);
        assertProblem(user.get("/cards/..%2F..%2Fetc%2Fpasswd"), 400);
        assertProblem(user.get("/cards?limit=0"), 400);
        assertProblem(user.get("/cards?limit=101"), 400);
        assertProblem(user.get("/cards?limit=ten"), 400);
        assertProblem(user.get("/cards?status=LOST"), 400);
        assertProblem(user.get("/cards?cursor=forged"), 400);
        assertThat(user.get("/cards/%00").status()).isBetween(400, 499);
        assertThat(user.get("/nowhere").status()).isEqualTo(404);
    }

    @Test
    void aCursorIsBoundToItsOwner() {
        String subA = user();
        ApiClient a = api(subA);
        cardOf(a, subA);
        cardOf(a, subA);
        String cursor = a.get("/cards?limit=1").json().get("nextCursor").asText();
        assertThat(a.get("/cards?limit=1&cursor=" + cursor).status()).isEqualTo(200);
        assertProblem(api(user()).get("/cards?limit=1&cursor=" + cursor), 400);
    }

    @Test
    void aBurstOfWritesPastTheBudgetGets429WithRetryAfter() {
        ApiClient user = api(user());
        Response limited = null;
        for (int i = 0; i < 60 && limited == null; i++) {
            Response response = user.post("/upload/presign", "{\"contentType\":\"image/png\",\"sizeBytes\":10}");
            if (response.status() == 429) {
                limited = response;
            } else {
                assertThat(response.status()).isEqualTo(200);
            }
        }
        assertThat(limited).as("no 429 within 60 writes").isNotNull();
        assertProblem(limited, 429);
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isPositive();
        assertThat(api(user()).post("/upload/presign", "{\"contentType\":\"image/png\",\"sizeBytes\":10}").status())
                .as("another user's budget is their own").isEqualTo(200);
    }

    @Test
    void aBodyOverTheCapGets413() {
        String big = "{\"key\":\"" + "x".repeat(70_000) + "\"}";
        assertProblem(api(user()).post("/cards", big), 413);
    }

    @Test
    void corsLetsInOnlyTheConfiguredOrigin() {
        Response allowed = anonymous().send("OPTIONS", "/cards", null, Map.of("Origin", LocalMode.ALLOWED_ORIGIN,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,content-type"));
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(LocalMode.ALLOWED_ORIGIN);

        Response refused = anonymous().send("OPTIONS", "/cards", null, Map.of("Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (Response response : new Response[] {anonymous().get("/healthz"), anonymous().get("/cards"),
            api(user()).get("/cards"), api(user()).get("/cards/" + UUID.randomUUID())}) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.header("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void gradingHintsOffTheGradersScaleGet400AndChangeNothing() {
        String sub = user();
        ApiClient user = api(sub);
        String id = cardOf(user, sub);

        Response offScale = user.patch("/cards/" + id, "{\"grader\":\"PSA\",\"grade\":\"9.5\"}");
        assertProblem(offScale, 400);
        assertThat(offScale.json().get("detail").asText()).contains("PSA has no grade \"9.5\"");
        assertProblem(user.patch("/cards/" + id, "{\"grader\":\"CGC\",\"certNumber\":\"123\"}"), 400);
        assertProblem(user.patch("/cards/" + id, "{\"grade\":\"10\"}"), 400);
        assertThat(user.get("/cards/" + id).json().get("hints").path("grader").isMissingNode()
                || user.get("/cards/" + id).json().get("hints").path("grader").isNull()).isTrue();

        assertThat(user.patch("/cards/" + id, "{\"grader\":\"Beckett\",\"grade\":\"9.5\",\"certNumber\":\"0012345678\"}")
                .status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentListsEveryRoute() {
        Response doc = anonymous().get("/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        var paths = doc.json().get("paths");
        assertThat(paths.get("/upload/presign").has("post")).isTrue();
        assertThat(paths.get("/cards").has("post")).isTrue();
        assertThat(paths.get("/cards").has("get")).isTrue();
        assertThat(paths.get("/cards/{id}").has("get")).isTrue();
        assertThat(paths.get("/cards/{id}").has("patch")).isTrue();
        assertThat(paths.get("/cards/{id}").has("delete")).isTrue();
        assertThat(paths.get("/cards/{id}/revalue").has("post")).isTrue();
        assertThat(paths.get("/cards/{id}/image").has("get")).isTrue();
        assertThat(paths.get("/cards/{id}/history").has("get")).isTrue();
        assertThat(paths.get("/portfolio").has("get")).isTrue();
        assertThat(paths.get("/portfolio/history").has("get")).isTrue();
        assertThat(paths.get("/alerts").has("post")).isTrue();
        assertThat(paths.get("/alerts").has("get")).isTrue();
        assertThat(paths.get("/alerts/{id}").has("delete")).isTrue();
        assertThat(paths.get("/me").has("delete")).isTrue();
        assertThat(paths.get("/me/webhook").has("put")).isTrue();
        assertThat(paths.get("/me/webhook").has("get")).isTrue();
        assertThat(paths.get("/me/webhook").has("delete")).isTrue();
        assertThat(paths.get("/me/settings").has("get")).isTrue();
        assertThat(paths.get("/me/settings").has("put")).isTrue();
        assertThat(paths.get("/healthz").has("get")).isTrue();
        assertThat(doc.raw().body()).contains("bearer");
        assertThat(doc.raw().body()).as("the card's identity shows a slab's grading").contains("certLookup");
        assertThat(doc.raw().body()).as("values in the caller's currency").contains("rateDate").contains("notConverted");
        assertThat(doc.raw().body()).as("schemas by their own names, no class names").doesNotContain("com.collectiq");
    }
}
