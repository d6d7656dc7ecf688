package com.collectiq.webhooks;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.collectiq.events.OutboxFollower;
import com.collectiq.events.PendingEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records a delivery for every event whose owner ({@code detail.owner}) has a webhook, whatever
 * its type, before the outbox relay publishes the event and forgets it: a crash in between records
 * it again (kept once, by event id), so an event is delivered at least once, never zero times.
 * Recording is one write per event; sending is {@link WebhookDispatcher}'s, on its own timer.
 */
@Component
class WebhookDeliveryRecorder implements OutboxFollower {

    private final WebhookStore store;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookDeliveryRecorder(WebhookStore store, ObjectMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void follow(List<PendingEvent> events) {
        Map<String, Boolean> hasWebhook = new HashMap<>();
        for (PendingEvent event : events) {
            Optional<String> owner = owner(event);
            if (owner.isPresent() && hasWebhook.computeIfAbsent(owner.get(), o -> store.find(o).isPresent())) {
                store.add(new WebhookDelivery(event.eventId(), owner.get(), event.type(), event.payload(),
                        event.createdAt(), 0, clock.instant(), null));
            }
        }
    }

    private Optional<String> owner(PendingEvent event) {
        try {
            return Optional.ofNullable(json.readTree(event.payload()).path("owner").textValue());
        } catch (JsonProcessingException notJson) {
            // every event the service raises is JSON; one that is not has no owner to tell
            return Optional.empty();
        }
    }
}
