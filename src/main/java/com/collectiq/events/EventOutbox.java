package com.collectiq.events;

import java.util.List;

/**
 * Events waiting to be published. A change is stored first and its event added here, then the
 * publisher sends what is pending and marks it published: a crash in between sends it again
 * (at least once), it never loses it. Kept in the card store's database or table.
 */
public interface EventOutbox {

    /** Keeps the event until it is published; adding an event id again changes nothing. */
    void add(PendingEvent event);

    /** Up to {@code limit} unpublished events, oldest first. */
    List<PendingEvent> pending(int limit);

    /** Forgets the event: it has been published. Unknown ids are ignored (a repeated mark). */
    void markPublished(String eventId);
}
