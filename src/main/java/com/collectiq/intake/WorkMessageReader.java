package com.collectiq.intake;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.collectiq.card.ValuationRequests.Reason;
import com.collectiq.card.ValuationRequests.ValuationRequest;
import com.collectiq.repricing.RepriceRequest;
import com.collectiq.upload.PhotoKeys;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tells apart the three shapes that share the work queue: EventBridge "Object Created" events from
 * S3, classic S3 event notifications (keys URL-encoded, {@code +} for spaces) and the service's own
 * work messages (a valuation to run, a card to reprice, a repricing pass due). Every "Object Created" is accepted whatever its {@code reason}: emulators and future
 * S3 versions spell reasons differently, and the detail-type already says what happened.
 */
@Component("workMessages")
public class WorkMessageReader {

    private final ObjectMapper json;

    public WorkMessageReader(ObjectMapper json) {
        this.json = json;
    }

    public List<Intake> read(String body) {
        JsonNode message;
        try {
            message = body == null ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UnreadableMessageException("the message is not JSON");
        }
        if (message == null || !message.isObject()) {
            throw new UnreadableMessageException("the message is not a JSON object");
        }
        if (message.has("detail-type")) {
            return List.of(fromEventBridge(message));
        }
        if (message.has("Records")) {
            return fromNotification(message.get("Records"));
        }
        if ("s3:TestEvent".equals(message.path("Event").asText())) {
            return List.of(new Intake.Ignored("S3 test event"));
        }
        String type = message.path("type").asText();
        if (CamelWorkRequests.VALUATION_TYPE.equals(type)) {
            return List.of(fromWork(message.path("request")));
        }
        if (CamelWorkRequests.REPRICE_TYPE.equals(type)) {
            return List.of(fromReprice(message.path("request")));
        }
        if (CamelWorkRequests.REPRICE_DUE_TYPE.equals(type)) {
            return List.of(new Intake.RepriceDue());
        }
        throw new UnreadableMessageException("unknown message shape");
    }

    private static Intake fromEventBridge(JsonNode event) {
        if (!"aws.s3".equals(event.path("source").asText())
                || !"Object Created".equals(event.path("detail-type").asText())) {
            return new Intake.Ignored("event " + event.path("source").asText() + " / "
                    + event.path("detail-type").asText() + " is not an S3 object creation");
        }
        JsonNode object = event.path("detail").path("object");
        // EventBridge carries the key as stored, not URL-encoded
        return objectCreated(text(object, "key"), object.path("etag").asText(null));
    }

    private static List<Intake> fromNotification(JsonNode records) {
        if (!records.isArray()) {
            throw new UnreadableMessageException("Records is not a list");
        }
        List<Intake> items = new ArrayList<>();
        for (JsonNode record : records) {
            String eventName = record.path("eventName").asText("");
            if (!eventName.startsWith("ObjectCreated:")) {
                items.add(new Intake.Ignored("S3 notification " + eventName));
                continue;
            }
            JsonNode object = record.path("s3").path("object");
            String key = decoded(text(object, "key"));
            items.add(objectCreated(key, object.path("eTag").asText(null)));
        }
        return items;
    }

    private static String decoded(String urlEncodedKey) {
        try {
            return URLDecoder.decode(urlEncodedKey, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            throw new UnreadableMessageException("the key is not URL-encoded");
        }
    }

    private static Intake objectCreated(String key, String etag) {
        if (!PhotoKeys.isFront(key)) {
            return new Intake.Ignored("key outside uploads/: " + key);
        }
        return new Intake.ObjectCreated(key, etag);
    }

    private static Intake fromWork(JsonNode request) {
        try {
            return new Intake.Work(new ValuationRequest(text(request, "cardId"), text(request, "owner"),
                    text(request, "key"), text(request, "runId"), Reason.valueOf(text(request, "reason"))));
        } catch (IllegalArgumentException unknownReason) {
            throw new UnreadableMessageException("unknown work reason");
        }
    }

    private static Intake fromReprice(JsonNode request) {
        try {
            return new Intake.Reprice(new RepriceRequest(text(request, "owner"), text(request, "cardId"),
                    text(request, "runId"), Instant.parse(text(request, "claimedUntil"))));
        } catch (DateTimeParseException badInstant) {
            throw new UnreadableMessageException("claimedUntil is not an ISO-8601 instant");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new UnreadableMessageException("missing " + field);
        }
        return value.asText();
    }
}
