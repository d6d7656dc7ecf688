package com.collectiq.webhooks.store;

import static com.collectiq.platform.aws.SingleTable.PARTITION_KEY;
import static com.collectiq.platform.aws.SingleTable.SORT_KEY;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;

import com.collectiq.card.store.SortableInstant;
import com.collectiq.platform.aws.AwsProperties;
import com.collectiq.webhooks.Webhook;
import com.collectiq.webhooks.WebhookDelivery;
import com.collectiq.webhooks.WebhookStore;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * {@code aws} mode's webhooks, in the single table. A registration is the item
 * {@code OWNER#<owner> / WEBHOOK} beside the owner's cards (whose queries all ask for
 * {@code begins_with(SK, "CARD#")}, so they never see it). Deliveries in flight share one partition,
 * {@code WEBHOOK-DELIVERIES}, sorted by event id as the event outbox is: "due, oldest first" is one
 * Query with a filter on the next attempt (fixed-width
 * text, so string order is time order), and the partition holds only what is in flight.
 */
@Repository
@Profile("aws")
class DynamoWebhookStore implements WebhookStore {

    private static final String WEBHOOK_SORT_KEY = "WEBHOOK";
    private static final String DELIVERIES = "WEBHOOK-DELIVERIES";
    private static final String DELIVERY_PREFIX = "DELIVERY#";
    private static final String OWNER = "owner";
    private static final String URL = "url";
    private static final String SECRET = "secret";
    private static final String CREATED_AT = "createdAt";
    private static final String TYPE = "type";
    private static final String PAYLOAD = "payload";
    private static final String ATTEMPTS = "attempts";
    private static final String NEXT_ATTEMPT_AT = "nextAttemptAt";
    private static final String LAST_ERROR = "lastError";
    private static final String NOT_THERE = "attribute_not_exists(" + PARTITION_KEY + ")";

    private final DynamoDbClient dynamo;
    private final String table;

    DynamoWebhookStore(DynamoDbClient dynamo, AwsProperties aws) {
        this.dynamo = dynamo;
        this.table = aws.tableName();
    }

    @Override
    public void put(Webhook webhook) {
        Map<String, AttributeValue> item = new HashMap<>(webhookKey(webhook.owner()));
        item.put(OWNER, s(webhook.owner()));
        item.put(URL, s(webhook.url().toString()));
        item.put(SECRET, s(webhook.secret()));
        item.put(CREATED_AT, s(webhook.createdAt().toString()));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    @Override
    public Optional<Webhook> find(String owner) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(webhookKey(owner)).consistentRead(true))
                .item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Webhook(item.get(OWNER).s(), URI.create(item.get(URL).s()), item.get(SECRET).s(),
                Instant.parse(item.get(CREATED_AT).s())));
    }

    @Override
    public boolean remove(String owner) {
        // deliveries first: a crash in between leaves a webhook whose deliveries a repeat removes
        deliveries(OWNER, "=", s(owner)).forEach(delivery -> done(delivery.id()));
        Map<String, AttributeValue> old = dynamo.deleteItem(b -> b.tableName(table).key(webhookKey(owner))
                .returnValues("ALL_OLD")).attributes();
        return old != null && !old.isEmpty();
    }

    @Override
    public void add(WebhookDelivery delivery) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(item(delivery)).conditionExpression(NOT_THERE));
        } catch (ConditionalCheckFailedException alreadyRecorded) {
            // the relay recorded this event before and crashed before the outbox forgot it: one delivery
        }
    }

    @Override
    public List<WebhookDelivery> due(Instant now, int limit) {
        return deliveries(NEXT_ATTEMPT_AT, "<=", s(SortableInstant.format(now))).limit(limit).toList();
    }

    @Override
    public boolean claim(WebhookDelivery due, Instant until) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(deliveryKey(due.id()))
                    .updateExpression("SET " + NEXT_ATTEMPT_AT + " = :until")
                    .conditionExpression(NEXT_ATTEMPT_AT + " = :due")
                    .expressionAttributeValues(Map.of(":until", s(SortableInstant.format(until)),
                            ":due", s(SortableInstant.format(due.nextAttemptAt())))));
            return true;
        } catch (ConditionalCheckFailedException takenOrGone) {
            return false;
        }
    }

    @Override
    public void update(WebhookDelivery delivery) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(item(delivery))
                    .conditionExpression("attribute_exists(" + PARTITION_KEY + ")"));
        } catch (ConditionalCheckFailedException gone) {
            // delivered or removed meanwhile (the owner deleted the webhook): it stays gone
        }
    }

    @Override
    public void done(String deliveryId) {
        dynamo.deleteItem(b -> b.tableName(table).key(deliveryKey(deliveryId)));
    }

    /** The deliveries in flight whose {@code attribute} compares to {@code value} ("owner" is a reserved word: #a). */
    private Stream<WebhookDelivery> deliveries(String attribute, String comparison, AttributeValue value) {
        QueryRequest query = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression(PARTITION_KEY + " = :deliveries AND begins_with(" + SORT_KEY + ", :prefix)")
                .filterExpression("#a " + comparison + " :value")
                .expressionAttributeNames(Map.of("#a", attribute))
                .expressionAttributeValues(Map.of(":deliveries", s(DELIVERIES), ":prefix", s(DELIVERY_PREFIX), ":value", value))
                .build();
        return dynamo.queryPaginator(query).items().stream().map(DynamoWebhookStore::delivery);
    }

    private static Map<String, AttributeValue> item(WebhookDelivery delivery) {
        Map<String, AttributeValue> item = new HashMap<>(deliveryKey(delivery.id()));
        item.put(OWNER, s(delivery.owner()));
        item.put(TYPE, s(delivery.eventType()));
        item.put(PAYLOAD, s(delivery.payload()));
        item.put(CREATED_AT, s(delivery.createdAt().toString()));
        item.put(ATTEMPTS, AttributeValue.fromN(Integer.toString(delivery.attempts())));
        item.put(NEXT_ATTEMPT_AT, s(SortableInstant.format(delivery.nextAttemptAt())));
        if (delivery.lastError() != null) {
            item.put(LAST_ERROR, s(delivery.lastError()));
        }
        return item;
    }

    private static WebhookDelivery delivery(Map<String, AttributeValue> item) {
        AttributeValue error = item.get(LAST_ERROR);
        return new WebhookDelivery(item.get(SORT_KEY).s().substring(DELIVERY_PREFIX.length()), item.get(OWNER).s(),
                item.get(TYPE).s(), item.get(PAYLOAD).s(), Instant.parse(item.get(CREATED_AT).s()),
                Integer.parseInt(item.get(ATTEMPTS).n()), Instant.parse(item.get(NEXT_ATTEMPT_AT).s()),
                error == null ? null : error.s());
    }

    private static Map<String, AttributeValue> webhookKey(String owner) {
        return Map.of(PARTITION_KEY, s("OWNER#" + owner), SORT_KEY, s(WEBHOOK_SORT_KEY));
    }

    private static Map<String, AttributeValue> deliveryKey(String id) {
        return Map.of(PARTITION_KEY, s(DELIVERIES), SORT_KEY, s(DELIVERY_PREFIX + id));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
