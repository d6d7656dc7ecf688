package com.collectiq.card;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.cards.*}: how long a queued run may wait before the recovery sweep treats it as
 * lost, and how long the signed image URLs of {@code GET /cards/{id}/image} live.
 */
@ConfigurationProperties("collectiq.cards")
public record CardProperties(
        @DefaultValue("10m") Duration queuedRunTimeout,
        @DefaultValue("5m") Duration imageUrlTtl) {
}
