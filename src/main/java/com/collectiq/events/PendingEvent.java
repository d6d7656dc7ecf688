package com.collectiq.events;

import java.time.Instant;

/**
 * A domain event recorded with the change that raised it and not yet published.
 * {@code eventId} is a time-ordered id ({@link com.collectiq.platform.ids.Ids#newId}), so the
 * outbox hands events out in the order they were raised; {@code payload} is the event's JSON.
 * {@code traceHeader} is the trace of the run that raised it ({@code null} outside any trace), kept
 * with the event because whichever relay publishes it, a run's or the timer's, is on another trace.
 */
public record PendingEvent(String eventId, String type, String payload, Instant createdAt, String traceHeader) {
}
