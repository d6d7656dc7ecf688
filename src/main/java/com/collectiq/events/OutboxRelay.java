package com.collectiq.events;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Moves pending events from the outbox to the publisher, oldest first, and marks each published
 * only after the publisher took it: a crash or an outage of the bus delays an event, never loses it.
 * Called after every completed run and on a timer (routes/events.yaml) for what failed before.
 * {@link OutboxFollower}s (webhook deliveries) take each batch before it is published.
 */
@Component("outboxRelay")
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 50;

    private final EventOutbox outbox;
    private final EventPublisher publisher;
    private final List<OutboxFollower> followers;

    public OutboxRelay(EventOutbox outbox, EventPublisher publisher, ObjectProvider<OutboxFollower> followers) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.followers = followers.orderedStream().toList();
    }

    /** Publishes what is pending; returns how many events went out. */
    public synchronized int relay() {
        int sent = 0;
        List<PendingEvent> pending;
        while (!(pending = outbox.pending(BATCH)).isEmpty()) {
            try {
                for (OutboxFollower follower : followers) {
                    follower.follow(pending);
                }
                publisher.publish(pending);
            } catch (RuntimeException unavailable) {
                log.warn("publishing {} pending events failed, will retry: {}", pending.size(), unavailable.toString());
                return sent;
            }
            pending.forEach(event -> outbox.markPublished(event.eventId()));
            sent += pending.size();
        }
        if (sent > 0) {
            log.info("published {} events", sent);
        }
        return sent;
    }
}
