package com.collectiq.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.ServiceTest;

/**
 * Each defect {@link ApiFuzzTest} found, pinned with the request that showed it: before the fix
 * each answered 5xx, Tomcat's HTML page, an empty body, or echoed a query parameter as a header.
 */
@LocalMode
class FuzzFindingsTest extends ServiceTest {

    private RawHttp.Reply send(String requestHead, String body) throws IOException {
        String request = requestHead + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + (body == null ? "" : "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n")
                + "\r\n" + (body == null ? "" : body);
        return new RawHttp(port).send(request.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(RawHttp.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(ApiClient.json(reply.body()).path("status").asInt()).isEqualTo(status);
    }

    private String bearer() {
        return "Authorization: Bearer " + tokenFor("findings-user", false);
    }

    @Test
    void aRequestTargetTomcatRefusesIsAProblemNotAnHtmlPage() throws IOException {
        assertProblem(send("GET /cards/\"<> HTTP/1.1", null), 400);
        assertProblem(send("GET /portfolio/../../admin/events HTTP/1.1", null), 400);
    }

    @Test
    void connectIsAMethodNotAllowedNotA501() throws IOException {
        assertProblem(send("CONNECT /cards HTTP/1.1", null), 405);
    }

    @Test
    void aPathSpringCannotDecodeIsA400NotA500() throws IOException {
        assertProblem(send("GET /healthz;%zz HTTP/1.1", null), 400);
    }

    @Test
    void aHeaderWithControlCharactersIsRefusedBeforeAnyRouteReadsIt() throws IOException {
        assertProblem(send("POST /cards/0199a000-0000-7000-8000-000000000000/revalue HTTP/1.1\r\n" + bearer()
                + "\r\nX-Unicode: caf\u00e9 \u202e", null), 400);
    }

    @Test
    void aFirewallRefusalIsAProblem() throws IOException {
        assertProblem(send("PROPFIND /cards HTTP/1.1\r\n" + bearer(), null), 400);
    }

    @Test
    void aCorsRefusalIsAProblem() throws IOException {
        assertProblem(send("GET /api-docs HTTP/1.1\r\nOrigin: https://evil.example", null), 403);
    }

    @Test
    void anErrorIsAProblemWhateverTheAcceptHeaderAsks() throws IOException {
        assertProblem(send("GET /actuator/env HTTP/1.1\r\nAccept: image/png\r\n" + bearer(), null), 404);
        assertProblem(send("GET /api-docs HTTP/1.1\r\nAccept: image/png", null), 406);
    }

    @Test
    void aWildcardContentTypeIsUnsupportedNotA500() throws IOException {
        assertProblem(send("POST /local/token HTTP/1.1\r\nContent-Type: */*", "{\"sub\":\"x\"}"), 415);
        assertProblem(send("GET /actuator/health HTTP/1.1\r\nContent-Type: */*", null), 415);
    }

    @Test
    void anUnparsableAcceptHeaderIsOneProblemNotTwoBodies() throws IOException {
        assertProblem(send("GET /cards/0199a000-0000-7000-8000-000000000000/image HTTP/1.1\r\n" + bearer()
                + "\r\nAccept: garbage", null), 400);
    }

    @Test
    void theErrorPageCalledDirectlyIsNotFound() throws IOException {
        assertProblem(send("GET /error HTTP/1.1", null), 404);
    }

    @Test
    void aFormBodyOnAJsonRouteIsAClientError() throws IOException {
        RawHttp.Reply reply = send("POST /cards HTTP/1.1\r\n" + bearer()
                + "\r\nContent-Type: application/x-www-form-urlencoded", "key=uploads%2Fx%2Fy.png&\u0000=\u00ff");
        assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aMultipartTypeWithoutABoundaryIsNoBodyToParseOnAGet() throws IOException {
        // Spring's multipart resolver parsed it before routing, on every route: FileUploadException, 500
        for (String path : new String[] {"/healthz", "/api-docs", "/actuator/health"}) {
            RawHttp.Reply reply = send("GET " + path + " HTTP/1.1\r\nContent-Type: multipart/form-data", null);
            assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
        }
        RawHttp.Reply cards = send("GET /cards HTTP/1.1\r\n" + bearer() + "\r\nContent-Type: multipart/mixed", null);
        assertThat(cards.status()).as(cards.body()).isEqualTo(200);
    }

    @Test
    void aMultipartBodyIsUnsupportedWithOrWithoutABoundary() throws IOException {
        assertProblem(send("POST /cards HTTP/1.1\r\n" + bearer() + "\r\nContent-Type: multipart/form-data", "x"), 415);
        assertProblem(send("POST /cards/0199a000-0000-7000-8000-000000000000/revalue HTTP/1.1\r\n" + bearer()
                + "\r\nContent-Type: multipart/form-data; boundary=x", "--x\r\n\r\na\r\n--x--\r\n"), 415);
    }

    @Test
    void aFormBodyIsUnsupportedWhereNoRouteTakesOne() throws IOException {
        // Camel's binding decoded a POST form itself (a bad escape or a field without '=' threw), and
        // Spring's FormContentFilter a DELETE one: both were 500s before the route ran
        assertProblem(send("POST /cards/0199a000-0000-7000-8000-000000000000/revalue HTTP/1.1\r\n" + bearer()
                + "\r\nContent-Type: application/x-www-form-urlencoded", "a=%zz"), 415);
        assertProblem(send("POST /cards/0199a000-0000-7000-8000-000000000000/revalue HTTP/1.1\r\n" + bearer()
                + "\r\nContent-Type: application/x-www-form-urlencoded", "%"), 415);
        assertProblem(send("DELETE /cards/0199a000-0000-7000-8000-000000000000 HTTP/1.1\r\n" + bearer()
                + "\r\nContent-Type: application/x-www-form-urlencoded", "a=%zz"), 415);
    }

    @Test
    void aQueryParameterNameTheFirewallRefusesIsA400BeforeAnyRouteReadsIt() throws IOException {
        // the firewall refused it only when Camel's binding read the parameters, inside the route: 500
        assertProblem(send("GET /cards?%01=1 HTTP/1.1\r\n" + bearer(), null), 400);
        assertProblem(send("GET /api-docs?%CD%B8=1 HTTP/1.1", null), 400);
        assertProblem(send("GET /healthz?a=1&%7f HTTP/1.1", null), 400);
    }

    @Test
    void anUnknownTransferCodingIsTheNotImplementedHttpAsksFor() throws IOException {
        // it was turned into 405 Method Not Allowed, as if POST were the problem
        String request = "POST /cards HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + bearer()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: gzip\r\n\r\n";
        assertProblem(new RawHttp(port).send(request.getBytes(StandardCharsets.UTF_8)), 501);
    }

    @Test
    void aChunkedBodyIsAskedForItsLength() throws IOException {
        String body = "{\"key\":\"uploads/x/y.png\"}";
        String request = "POST /cards HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + bearer()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n";
        assertProblem(new RawHttp(port).send(request.getBytes(StandardCharsets.UTF_8)), 411);
    }

    @Test
    void queryParametersNeverBecomeResponseHeaders() throws IOException {
        RawHttp.Reply reply = send("GET /cards?Set-Cookie=session%3Dstolen&X-Frame-Options=ALLOWALL"
                + "&Location=https%3A%2F%2Fevil.example&X-Injected=1 HTTP/1.1\r\n" + bearer(), null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Set-Cookie")).isNull();
        assertThat(reply.header("Location")).isNull();
        assertThat(reply.header("X-Injected")).isNull();
        assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
    }
}
