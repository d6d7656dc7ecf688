package com.collectiq.events;

import java.util.List;

/**
 * The port domain events leave through: the EventBridge bus in {@code aws}, the local event log in
 * {@code local}. Throws when an event could not be published, so the outbox keeps it for the next try.
 */
public interface EventPublisher {

    /** The {@code source} of every event CollectIQ publishes. */
    String SOURCE = "collectiq";

    void publish(List<PendingEvent> events);
}
