package com.collectiq.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.FreePorts;
import com.sun.net.httpserver.HttpServer;

/** The container health probe against a real HTTP server on loopback. */
class HealthProbeTest {

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/healthz", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/draining", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readyServiceAnswers200() {
        assertThat(HealthProbe.statusOf(uri("/healthz"))).isEqualTo(200);
    }

    @Test
    void drainingServiceAnswers503() {
        assertThat(HealthProbe.statusOf(uri("/draining"))).isEqualTo(503);
    }

    @Test
    void nothingListeningIsNoAnswer() {
        URI closedPort = URI.create("http://127.0.0.1:" + FreePorts.next() + "/healthz");

        assertThat(HealthProbe.statusOf(closedPort)).isEqualTo(-1);
    }

    @Test
    void defaultUrlFollowsServerPort() {
        assertThat(HealthProbe.defaultUrl(null)).isEqualTo("http://127.0.0.1:8080/healthz");
        assertThat(HealthProbe.defaultUrl(" ")).isEqualTo("http://127.0.0.1:8080/healthz");
        assertThat(HealthProbe.defaultUrl("9090")).isEqualTo("http://127.0.0.1:9090/healthz");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
