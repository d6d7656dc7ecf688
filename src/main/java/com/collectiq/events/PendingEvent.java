package com.collectiq.events;

import java.time.Instant;

/**
 * A domain event recorded with the change that raised it and not yet published.
 * {@code eventId} is a time-ordered id ({@link com.collectiq.platform.ids.Ids#newId}), so the
 * outbox hands events out in the order they were raised; {@code payload} is the event's JSON.
 */
public record PendingEvent(String eventId, String type, String payload, Instant createdAt) {
}
