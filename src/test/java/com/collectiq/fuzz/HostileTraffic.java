package com.collectiq.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.TestPhotos;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Hostile input against the running service (a real port, raw sockets): seeded, generated and
 * mutated requests across every route, from nobody, from several users, from an operator and with
 * forged tokens, and requests aimed at what the web stack parses before any route (media types and
 * their parameters, forms, multipart, bodies on GET and DELETE, huge and repeated headers, query
 * parameter names). Nothing may answer 5xx (except the 501 HTTP asks for an unknown transfer coding),
 * leak a stack trace, a class name or SQL, or answer an error with anything but a problem document;
 * the service is healthy afterwards. Counts by family and by status are printed.
 *
 * <p>Run in {@code local} mode by {@link ApiFuzzTest} (CI size 1 000 requests) and in {@code aws}
 * mode by {@link AwsApiFuzzTest} (CI size 500: the local run covers the shared web stack, this one
 * the aws adapters behind it); the full run: {@code mvn -B -q test -Dtest=ApiFuzzTest
 * -Dfuzz.requests=10000} (and {@code -Dfuzz.seed=N} to replay another seed).
 */
abstract class HostileTraffic extends ServiceTest {

    private static final long SEED = Long.getLong("fuzz.seed", 17L);
    private static final int SHOWN_VIOLATIONS = Integer.getInteger("fuzz.shown", 25);
    /** What only the service itself can have written: its own class names, Java internals, SQL. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bat (?:java|jdk|org|com|sun)\\.[\\w.$]+\\(|\\b(?:java|javax|jakarta|jdk|sun)\\.[a-z]+\\.[A-Z]\\w+"
                    + "|\\bcom\\.collectiq\\.|\\borg\\.(?:springframework|apache|h2|hibernate)\\."
                    + "|\\bcom\\.fasterxml\\.|Exception\\b|SQLState|JdbcSQL|\\bSELECT\\s.+\\sFROM\\s|\\bINSERT INTO\\b"
                    + "|\\bUPDATE\\s\\w+\\sSET\\b|\\bsyntax error\\b");

    @Autowired
    private PhotoStore photos;

    /** The CI size of the run in this mode; {@code -Dfuzz.requests=N} overrides it. */
    abstract int ciRequests();

    @Test
    void hostileRequestsGetNo5xxNoLeaksAndProblemsForEveryError() throws IOException {
        int total = Integer.getInteger("fuzz.requests", ciRequests());
        HostileRequests.Identities who = identities();
        HostileRequests requests = new HostileRequests(new SplittableRandom(SEED), who);
        RawHttp http = new RawHttp(port);
        Map<String, Map<Integer, Integer>> byFamily = new TreeMap<>();
        Map<String, Long> nanosByFamily = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        String mode = awsMode() ? "aws" : "local";
        System.out.printf("fuzz (%s): seed %d, %d requests against 127.0.0.1:%d%n", mode, SEED, total, port);
        long started = System.nanoTime();

        for (int i = 1; i <= total; i++) {
            FuzzRequest request = requests.next();
            long sent = System.nanoTime();
            RawHttp.Reply reply = http.send(request.bytes());
            nanosByFamily.merge(request.family(), System.nanoTime() - sent, Long::sum);
            byFamily.computeIfAbsent(request.family(), family -> new TreeMap<>()).merge(reply.status(), 1, Integer::sum);
            String wrong = whatIsWrong(request, reply);
            if (wrong != null) {
                violations.add("#" + i + " " + request.summary() + " -> " + reply.status() + ": " + wrong);
            }
            if (i % 1000 == 0) {
                System.out.printf("fuzz: %d requests sent, %d violations so far%n", i, violations.size());
            }
        }

        double seconds = (System.nanoTime() - started) / 1e9;
        Map<Integer, Integer> byStatus = new TreeMap<>();
        byFamily.values().forEach(statuses -> statuses.forEach((status, n) -> byStatus.merge(status, n, Integer::sum)));
        System.out.printf("fuzz (%s): %d requests in %.1f s (seed %d); responses by status: %s; violations: %d%n",
                mode, total, seconds, SEED, byStatus, violations.size());
        byFamily.forEach((family, statuses) -> System.out.printf("fuzz family %-20s %5d requests in %5.1f s, by status %s%n",
                family, statuses.values().stream().mapToInt(Integer::intValue).sum(), nanosByFamily.get(family) / 1e9,
                statuses));
        violations.stream().limit(SHOWN_VIOLATIONS).forEach(v -> System.out.println("fuzz violation " + v));
        assertThat(violations).as("violations (seed " + SEED + ")").isEmpty();
        assertThat(byFamily.keySet()).as("every family was sent")
                .containsAll(Arrays.stream(ParsingRequests.Family.values()).map(f -> f.label).toList());
        byFamily.forEach((family, statuses) -> assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum())
                .as("requests of family " + family).isGreaterThanOrEqualTo(total / 20));
        assertThat(anonymous().get("/healthz").status()).as("healthy after the fuzz").isEqualTo(200);
        assertThat(api("fuzz-after").get("/cards").status()).isEqualTo(200);
    }

    /** Why a reply breaks the rules, or null when it keeps them. */
    static String whatIsWrong(FuzzRequest request, RawHttp.Reply reply) {
        if (reply.status() < 0) {
            return "no HTTP answer: " + cut(reply.body());
        }
        if (reply.status() >= 500 && !(reply.status() == 501 && request.hasUnknownTransferCoding())) {
            return "server error: " + cut(reply.body());
        }
        if (reply.header("Set-Cookie") != null || !"DENY".equals(reply.header("X-Frame-Options"))
                && reply.header("X-Frame-Options") != null) {
            return "a request set a response header: " + reply.headers();
        }
        if (LEAK.matcher(reply.body()).find() && !isMetricsScrape(request, reply)) {
            return "leaks internals: " + cut(reply.body());
        }
        if (reply.status() < 400 || request.isHead()) {
            return null;
        }
        String type = reply.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "error is not a problem (Content-Type " + type + "): " + cut(reply.body());
        }
        JsonNode problem;
        try {
            problem = ApiClient.json(reply.body());
        } catch (RuntimeException e) {
            return "problem is not JSON: " + cut(reply.body());
        }
        if (!problem.hasNonNull("type") || !problem.hasNonNull("title") || problem.path("status").asInt() != reply.status()) {
            return "problem lacks type, title or the right status: " + cut(reply.body());
        }
        return null;
    }

    /**
     * The operators' Prometheus scrape (admin only; exported in {@code aws} mode): its series are
     * tagged with exception class names by design (Micrometer's {@code exception} tag).
     */
    private static boolean isMetricsScrape(FuzzRequest request, RawHttp.Reply reply) {
        return reply.status() == 200
                && new String(request.target(), StandardCharsets.ISO_8859_1).startsWith("/actuator/prometheus");
    }

    private HostileRequests.Identities identities() {
        Map<String, String> tokens = new LinkedHashMap<>();
        List<String> cards = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String sub : new String[] {"fuzz-alice", "fuzz-bob", "fuzz-carol"}) {
            ApiClient user = api(sub);
            tokens.put(sub, tokenFor(sub, false));
            for (int n = 0; n < 2; n++) {
                String key = PhotoKeys.newFront(sub, "image/png");
                photos.put(key, TestPhotos.png(n + 3), "image/png");
                ApiClient.Response created = user.post("/cards", "{\"key\":\"" + key + "\"}");
                assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
                cards.add(created.json().get("id").asText());
                keys.add(key);
            }
        }
        tokens.put("fuzz-admin", tokenFor("fuzz-admin", true));
        return new HostileRequests.Identities(tokens, cards, keys);
    }

    private static String cut(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
