package com.collectiq.webhooks;

import java.time.Instant;

/**
 * One event on its way to its owner's webhook. Its id is the event's id: an event is delivered to
 * one webhook, so a relay that records it again (a crash before the outbox forgot it) keeps one
 * delivery, and receivers deduplicate on it ({@code CollectIQ-Delivery-Id}).
 *
 * @param attempts how many times it was sent and refused or failed
 * @param lastError why the last attempt failed, for operators; null before the first failure
 */
public record WebhookDelivery(String id, String owner, String eventType, String payload, Instant createdAt,
        int attempts, Instant nextAttemptAt, String lastError) {

    /** The same delivery after a failed attempt, due again at {@code next}. */
    public WebhookDelivery failed(String error, Instant next) {
        return new WebhookDelivery(id, owner, eventType, payload, createdAt, attempts + 1, next, error);
    }

    /** A dead-lettered delivery sent again from the start: an operator's re-drive. */
    public WebhookDelivery restarted(Instant now) {
        return new WebhookDelivery(id, owner, eventType, payload, createdAt, 0, now, null);
    }
}
