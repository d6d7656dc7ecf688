package com.collectiq.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback HTTP/1.1 proxy in front of one stand-in that fails a share of the requests, the way a
 * network and a busy AWS do: a 500, a 503, a throttling error in the protocol's own shape, an
 * answer that comes late, or a connection cut after the request went through (so the caller
 * cannot know whether it did). Everything else is passed on byte for byte, {@code Host} included,
 * so SigV4 signatures still hold (the JVM needs {@code jdk.httpclient.allowRestrictedHeaders=host},
 * which the failsafe plugin sets). Faults are transient: asking again may succeed. Decisions come
 * from a seeded {@link Random}.
 */
public final class FaultProxy implements AutoCloseable {

    /** What went wrong with a request. */
    public enum Fault {
        ERROR_500, ERROR_503, THROTTLED, SLOW, CUT
    }

    /** Hop-by-hop headers, and those the JDK client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "upgrade",
            "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection");
    private static final Duration SLOW = Duration.ofSeconds(3);

    private final String name;
    private final URI target;
    private final double faultRate;
    private final Random random;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fault-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(threads).build();
    private final Map<Fault, AtomicLong> injected = new EnumMap<>(Fault.class);
    private final AtomicLong passed = new AtomicLong();
    private volatile boolean faulting = true;

    /** A proxy on a free loopback port, forwarding to the base URL, failing {@code faultRate} of requests. */
    public FaultProxy(String name, String targetBaseUrl, double faultRate, long seed) {
        this.name = name;
        this.target = URI.create(targetBaseUrl);
        this.faultRate = faultRate;
        this.random = new Random(seed);
        for (Fault fault : Fault.values()) {
            injected.put(fault, new AtomicLong());
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code name: 812 passed, ERROR_500 41, …}. */
    public String summary() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-9s %6d requests passed through", name,
                passed.get()));
        long faults = 0;
        for (Map.Entry<Fault, AtomicLong> fault : injected.entrySet()) {
            text.append(String.format(Locale.ROOT, ", %s %d", fault.getKey().name().toLowerCase(Locale.ROOT),
                    fault.getValue().get()));
            faults += fault.getValue().get();
        }
        return text.append(String.format(Locale.ROOT, " (%d faults)", faults)).toString();
    }

    public long faults() {
        return injected.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** From now on every request passes: for the checks after a soak, which test the service, not the checker. */
    public void stopFaults() {
        faulting = false;
    }

    private Fault decide() {
        synchronized (random) {
            return faulting && random.nextDouble() < faultRate ? Fault.values()[random.nextInt(Fault.values().length)] : null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Fault fault = decide();
            if (fault == null) {
                passed.incrementAndGet();
                respond(exchange, forward(exchange, body));
                return;
            }
            injected.get(fault).incrementAndGet();
            switch (fault) {
                case ERROR_500 -> error(exchange, 500, "text/plain", "injected: internal error");
                case ERROR_503 -> error(exchange, 503, "text/plain", "injected: service unavailable");
                case THROTTLED -> throttle(exchange);
                case SLOW -> {
                    Thread.sleep(SLOW.toMillis());
                    respond(exchange, forward(exchange, body));
                }
                case CUT -> forward(exchange, body); // went through; the caller never hears: try-with-resources closes the connection
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the stand-in or the caller went away: the connection closes, as a network would
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        URI uri = target.resolve(exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((header, values) -> {
            if (!NOT_FORWARDED.contains(header.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(header, value));
            }
        });
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void respond(HttpExchange exchange, HttpResponse<byte[]> response) throws IOException {
        response.headers().map().forEach((header, values) -> {
            if (!NOT_FORWARDED.contains(header.toLowerCase(Locale.ROOT))) {
                exchange.getResponseHeaders().put(header, values);
            }
        });
        byte[] body = response.body();
        int status = response.statusCode();
        if ("HEAD".equals(exchange.getRequestMethod())) {
            response.headers().firstValue("content-length").ifPresent(length ->
                    exchange.getResponseHeaders().set("Content-Length", length));
            exchange.sendResponseHeaders(status, -1);
        } else if (body.length == 0 || status == 204 || status == 304) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Throttling as each protocol says it: S3's XML SlowDown, the JSON protocols' ThrottlingException. */
    private static void throttle(HttpExchange exchange) throws IOException {
        var headers = exchange.getRequestHeaders();
        String target = headers.getFirst("X-Amz-Target");
        if (target != null && target.startsWith("DynamoDB")) {
            error(exchange, 400, "application/x-amz-json-1.0", "{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
                    + "ThrottlingException\",\"message\":\"injected: rate of requests exceeds the allowed throughput\"}");
        } else if (target != null) {
            exchange.getResponseHeaders().set("x-amzn-query-error", "ThrottlingException;Sender");
            error(exchange, 400, "application/x-amz-json-1.0",
                    "{\"__type\":\"ThrottlingException\",\"message\":\"injected: rate exceeded\"}");
        } else if (headers.containsKey("smithy-protocol")) {
            error(exchange, 500, "text/plain", "injected: internal error"); // CBOR: a plain server error
        } else if (headers.containsKey("X-Amz-Content-Sha256") || headers.containsKey("x-amz-content-sha256")) {
            error(exchange, 503, "application/xml", "<Error><Code>SlowDown</Code><Message>injected: please reduce "
                    + "your request rate</Message></Error>");
        } else if (exchange.getRequestURI().getPath().startsWith("/model/")) {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", "ThrottlingException");
            error(exchange, 429, "application/json", "{\"message\":\"injected: too many requests\"}");
        } else {
            exchange.getResponseHeaders().set("Retry-After", "1");
            error(exchange, 429, "application/json", "{\"error\":\"injected: too many requests\"}");
        }
    }

    private static void error(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** The proxies of a run, for the report. */
    public static String summary(List<FaultProxy> proxies) {
        StringBuilder text = new StringBuilder();
        proxies.forEach(proxy -> text.append("  ").append(proxy.summary()).append('\n'));
        return text.toString();
    }
}
