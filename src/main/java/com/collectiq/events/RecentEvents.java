package com.collectiq.events;

import java.time.Instant;
import java.util.List;

/** The events published most recently, newest first: what operators read at {@code GET /admin/events}. */
public interface RecentEvents {

    /** A published event as operators see it. */
    record PublishedEvent(String eventId, String type, String detail, Instant publishedAt) {
    }

    List<PublishedEvent> recent(int limit);
}
