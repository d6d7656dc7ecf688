package com.collectiq.webhooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.collectiq.events.EventPublisher;
import com.collectiq.recovery.DeadLetter;
import com.collectiq.recovery.DeadLetterRedrive;
import com.collectiq.recovery.DeadLetters;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends the deliveries that are due: {@code routes/webhooks.yaml} takes them with {@link #claimDue()}
 * on a timer, apart from the pipeline and the outbox relay, and sends each with {@link #attempt}, in
 * parallel, so one slow receiver does not hold the others back. Each attempt checks the URL again (DNS may
 * have changed since registration), signs the body and POSTs it; a 2xx ends the delivery, anything
 * else (a refused URL, a network error, a 3xx, 4xx or 5xx) is retried after an exponential backoff,
 * and after {@link WebhookProperties#maxAttempts()} it becomes a dead letter an operator can
 * re-drive ({@link #redrive}), which sends it again from the first attempt.
 */
@Component("webhookDispatcher")
public class WebhookDispatcher implements DeadLetterRedrive {

    /** The stage of a webhook delivery's dead letters. */
    public static final String STAGE = "webhook-delivery";
    static final String DELIVERY_ID = "CollectIQ-Delivery-Id";
    static final String EVENT_TYPE = "CollectIQ-Event-Type";
    static final String ATTEMPT = "CollectIQ-Delivery-Attempt";
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int MAX_ERROR = 500;

    private final WebhookStore store;
    private final WebhookTargets targets;
    private final WebhookSender sender;
    private final DeadLetters deadLetters;
    private final WebhookProperties properties;
    private final ObjectMapper json;
    private final Clock clock;
    private final MeterRegistry meters;

    public WebhookDispatcher(WebhookStore store, WebhookTargets targets, WebhookSender sender, DeadLetters deadLetters,
            WebhookProperties properties, ObjectMapper json, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.targets = targets;
        this.sender = sender;
        this.deadLetters = deadLetters;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * The deliveries due now (up to the batch size), each claimed for this pass: another pass (another
     * task in aws) that read one too finds it taken. The route attempts them in parallel.
     */
    public List<WebhookDelivery> claimDue() {
        Instant now = clock.instant();
        return store.due(now, properties.batch()).stream()
                .filter(due -> store.claim(due, now.plus(properties.claim())))
                .toList();
    }

    @Override
    public String stage() {
        return STAGE;
    }

    /** An operator's re-drive: the delivery starts again, due now, with all its attempts. */
    @Override
    public void redrive(DeadLetter letter) {
        try {
            store.add(json.readValue(letter.message(), WebhookDelivery.class).restarted(clock.instant()));
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("dead letter " + letter.id() + " does not hold a webhook delivery", unreadable);
        }
    }

    /** One attempt of a claimed delivery; true when the receiver took it. */
    public boolean attempt(WebhookDelivery delivery) {
        Optional<Webhook> webhook = store.find(delivery.owner());
        if (webhook.isEmpty()) {
            // removed since it was recorded (DELETE /me/webhook): nobody to send it to
            store.done(delivery.id());
            return false;
        }
        String failure;
        try {
            WebhookTarget target = targets.check(webhook.get().url());
            byte[] body = body(delivery);
            int status = sender.post(target, headers(delivery, webhook.get().secret(), body), body);
            if (status >= 200 && status < 300) {
                store.done(delivery.id());
                meters.counter("collectiq.webhooks.deliveries", "outcome", "delivered").increment();
                log.info("webhook delivery {} ({}) to {}'s receiver taken, attempt {}", delivery.id(),
                        delivery.eventType(), delivery.owner(), delivery.attempts() + 1);
                return true;
            }
            failure = "the receiver answered HTTP " + status
                    + (status >= 300 && status < 400 ? " (redirects are not followed)" : "");
        } catch (RefusedWebhookUrl refused) {
            failure = "refused: " + refused.getMessage();
        } catch (IOException unreachable) {
            failure = "not delivered: " + unreachable.getClass().getSimpleName()
                    + (unreachable.getMessage() == null ? "" : ": " + unreachable.getMessage());
        }
        failed(delivery, failure.length() > MAX_ERROR ? failure.substring(0, MAX_ERROR) : failure);
        return false;
    }

    private void failed(WebhookDelivery delivery, String error) {
        Instant now = clock.instant();
        WebhookDelivery next = delivery.failed(error, now.plus(properties.backoffAfter(delivery.attempts() + 1)));
        if (next.attempts() < properties.maxAttempts()) {
            store.update(next);
            meters.counter("collectiq.webhooks.deliveries", "outcome", "retried").increment();
            log.info("webhook delivery {} attempt {} failed, next at {}: {}", next.id(), next.attempts(),
                    next.nextAttemptAt(), error);
            return;
        }
        // the letter first: a crash before the delivery is forgotten retries it, and keeps one letter (same id)
        JsonNode detail = detail(delivery);
        deadLetters.add(new DeadLetter("webhook-" + delivery.id(), detail.path("cardId").textValue(), delivery.owner(),
                detail.path("runId").textValue(), STAGE,
                "The webhook receiver did not take the " + delivery.eventType() + " event in " + next.attempts()
                        + " attempts; re-drive to send it again.",
                error, write(next), null, now, null));
        store.done(delivery.id());
        meters.counter("collectiq.webhooks.deliveries", "outcome", "dead-lettered").increment();
        meters.counter("collectiq.dead.letters", "stage", STAGE).increment();
        log.warn("webhook delivery {} dead-lettered after {} attempts: {}", next.id(), next.attempts(), error);
    }

    /** The delivered JSON: the event's id, type, source and time around its {@code detail}. */
    private byte[] body(WebhookDelivery delivery) {
        ObjectNode body = json.createObjectNode();
        body.put("id", delivery.id());
        body.put("type", delivery.eventType());
        body.put("source", EventPublisher.SOURCE);
        body.put("time", delivery.createdAt().toString());
        body.set("detail", detail(delivery));
        return write(body).getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, String> headers(WebhookDelivery delivery, String secret, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", "CollectIQ-Webhooks/1");
        headers.put(DELIVERY_ID, delivery.id());
        headers.put(EVENT_TYPE, delivery.eventType());
        headers.put(ATTEMPT, Integer.toString(delivery.attempts() + 1));
        headers.put(WebhookSignature.HEADER, WebhookSignature.header(secret, clock.instant().getEpochSecond(), body));
        return headers;
    }

    private JsonNode detail(WebhookDelivery delivery) {
        try {
            return json.readTree(delivery.payload());
        } catch (JsonProcessingException notJson) {
            throw new IllegalStateException("event " + delivery.id() + " is not JSON", notJson);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a webhook delivery", e);
        }
    }
}
