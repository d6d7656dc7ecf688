package com.collectiq.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import com.collectiq.platform.web.ApiJson;
import com.collectiq.platform.web.ApiProblem;

/**
 * {@code GET /admin/events}: the most recent published events, for operators of {@code local} mode.
 * In {@code aws} mode events go to the EventBridge bus, where its archive and rules show them.
 */
@Component("eventsAdminApi")
public class EventsAdminApi {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;

    private final Optional<RecentEvents> recent;
    private final ApiJson json;

    public EventsAdminApi(Optional<RecentEvents> recent, ApiJson json) {
        this.recent = recent;
        this.json = json;
    }

    public void list(Exchange exchange) {
        RecentEvents events = recent.orElseThrow(() -> ApiProblem.notFound(
                "Events are published to the EventBridge bus in this mode; read them there."));
        int limit = limit(exchange.getIn().getHeader("limit", String.class));
        List<RecentEvents.PublishedEvent> items = events.recent(limit);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(json.write(Map.of("items", items)));
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw ApiProblem.badRequest("limit is a whole number from 1 to " + MAX_LIMIT + ".");
    }
}
