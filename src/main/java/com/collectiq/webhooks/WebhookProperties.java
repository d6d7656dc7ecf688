package com.collectiq.webhooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.webhooks.*}: how deliveries are retried (attempts, then exponential backoff from
 * {@code initialBackoff} doubling up to {@code maxBackoff}) and how long one may take. The delivery
 * pass runs every {@code collectiq.webhooks.delivery-period-ms} ({@code routes/webhooks.yaml}).
 *
 * @param allowLoopbackForTests lets webhooks reach this machine (loopback addresses, also over plain
 *        http) so tests can run a receiver; {@code aws} mode refuses to start with it
 */
@ConfigurationProperties("collectiq.webhooks")
public record WebhookProperties(
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("20") int batch,
        @DefaultValue("false") boolean allowLoopbackForTests) {

    /** How long to wait after the {@code attempts}-th failed attempt. */
    public Duration backoffAfter(int attempts) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) < 0 ? wait : maxBackoff;
    }

    /**
     * How long a claimed delivery is hidden from other passes: a pass of {@code batch} deliveries on
     * Camel's default parallel pool (10 threads) sends them in two rounds at most, each as long as an
     * attempt can take; twice that again for margin. A crash mid-pass sends them again after it.
     */
    public Duration claim() {
        return connectTimeout.plus(readTimeout).multipliedBy(4);
    }
}
