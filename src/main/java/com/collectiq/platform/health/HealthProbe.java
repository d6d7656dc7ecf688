package com.collectiq.platform.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's health check: asks the running service for {@code /healthz} and exits 0 only on
 * a 200. It runs as its own small JVM from the application jar, so the runtime image needs no curl
 * or shell, and it depends on nothing but the JDK, so none of the service's libraries load.
 *
 * <p>Usage: {@code java -cp app.jar com.collectiq.platform.health.HealthProbe [url]}; without a
 * URL it asks {@code http://127.0.0.1:$SERVER_PORT/healthz} (port 8080 when unset).
 */
public final class HealthProbe {

    /** Short enough that a hung service fails the check well inside its timeout. */
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    private HealthProbe() {
    }

    public static void main(String[] args) {
        URI target = URI.create(args.length > 0 ? args[0] : defaultUrl(System.getenv("SERVER_PORT")));
        int status = statusOf(target);
        System.out.println("GET " + target + " -> " + (status < 0 ? "no answer" : status));
        System.exit(status == 200 ? 0 : 1);
    }

    static String defaultUrl(String serverPort) {
        String port = serverPort == null || serverPort.isBlank() ? "8080" : serverPort.trim();
        return "http://127.0.0.1:" + port + "/healthz";
    }

    /** The HTTP status of a GET on {@code target}, or -1 when nothing answered in time. */
    static int statusOf(URI target) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(TIMEOUT).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
