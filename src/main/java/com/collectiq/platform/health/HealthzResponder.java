package com.collectiq.platform.health;

import java.time.Clock;
import java.time.Instant;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Answers {@code GET /healthz} for load balancers and the container health check. It follows
 * Actuator's readiness group, so the card store's indicator and Spring's own readiness state
 * (REFUSING_TRAFFIC while draining) turn it to 503 without a second source of truth.
 */
@Component("healthz")
public class HealthzResponder {

    /** The body of {@code /healthz}. */
    public record Healthz(String status, Instant timestamp) {
    }

    private static final String READINESS_GROUP = "readiness";

    private final HealthEndpoint healthEndpoint;
    private final Clock clock;

    public HealthzResponder(HealthEndpoint healthEndpoint, Clock clock) {
        this.healthEndpoint = healthEndpoint;
        this.clock = clock;
    }

    public Healthz respond(Message message) {
        boolean ready = isReady();
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, ready ? 200 : 503);
        return new Healthz(ready ? "ok" : "unavailable", clock.instant());
    }

    private boolean isReady() {
        HealthComponent readiness = healthEndpoint.healthForPath(READINESS_GROUP);
        return readiness != null && Status.UP.equals(readiness.getStatus());
    }
}
