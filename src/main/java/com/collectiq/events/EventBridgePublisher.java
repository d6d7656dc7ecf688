package com.collectiq.events;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.collectiq.platform.aws.AwsProperties;

import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * {@code aws} mode's publisher: PutEvents to the service's bus, ten entries per call (the API's
 * limit). A partly failed batch throws, so the outbox keeps every event and sends it again;
 * consumers deduplicate on the card and run ids, as EventBridge delivers at least once anyway.
 */
@Component
@Profile("aws")
class EventBridgePublisher implements EventPublisher {

    private static final int BATCH = 10;

    private final EventBridgeClient eventBridge;
    private final String busName;

    EventBridgePublisher(EventBridgeClient eventBridge, AwsProperties aws) {
        if (aws.eventBusName() == null || aws.eventBusName().isBlank()) {
            throw new IllegalStateException("set collectiq.aws.event-bus-name in aws mode");
        }
        this.eventBridge = eventBridge;
        this.busName = aws.eventBusName();
    }

    @Override
    public void publish(List<PendingEvent> events) {
        for (int from = 0; from < events.size(); from += BATCH) {
            List<PutEventsRequestEntry> entries = new ArrayList<>();
            for (PendingEvent event : events.subList(from, Math.min(events.size(), from + BATCH))) {
                entries.add(PutEventsRequestEntry.builder()
                        .eventBusName(busName)
                        .source(SOURCE)
                        .detailType(event.type())
                        .detail(event.payload())
                        .traceHeader(event.traceHeader())
                        .build());
            }
            PutEventsResponse response = eventBridge.putEvents(request -> request.entries(entries));
            if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
                throw new IllegalStateException(response.failedEntryCount() + " of " + entries.size()
                        + " events were not accepted by the bus");
            }
        }
    }
}
