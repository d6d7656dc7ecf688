package com.collectiq.events;

import java.util.List;

/**
 * Something that must take note of events before the outbox forgets them (webhook deliveries): the
 * relay hands it each batch before publishing it, and marks the batch published only after it
 * returned, so what it records durably is never missed; a crash in between hands it the batch again.
 * It throws when it could not record them: the batch then stays pending and is tried again.
 */
public interface OutboxFollower {

    void follow(List<PendingEvent> events);
}
