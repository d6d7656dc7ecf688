package com.collectiq.events.store;

import static com.collectiq.platform.aws.SingleTable.PARTITION_KEY;
import static com.collectiq.platform.aws.SingleTable.SORT_KEY;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;

import com.collectiq.events.EventOutbox;
import com.collectiq.events.PendingEvent;
import com.collectiq.platform.aws.AwsProperties;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * {@code aws} mode's outbox: items in one partition of the single table, sorted by event id
 * (time-ordered), so "pending, oldest first" is one Query. Published events are deleted, so the
 * partition holds only what is in flight.
 */
@Repository
@Profile("aws")
class DynamoEventOutbox implements EventOutbox {

    private static final String PARTITION = "OUTBOX";
    private static final String EVENT_PREFIX = "EVENT#";
    private static final String TYPE = "type";
    private static final String PAYLOAD = "payload";
    private static final String CREATED_AT = "createdAt";
    private static final String TRACE_HEADER = "traceHeader";

    private final DynamoDbClient dynamo;
    private final String table;

    DynamoEventOutbox(DynamoDbClient dynamo, AwsProperties aws) {
        this.dynamo = dynamo;
        this.table = aws.tableName();
    }

    @Override
    public void add(PendingEvent event) {
        Map<String, AttributeValue> item = new HashMap<>(key(event.eventId()));
        item.put(TYPE, AttributeValue.fromS(event.type()));
        item.put(PAYLOAD, AttributeValue.fromS(event.payload()));
        item.put(CREATED_AT, AttributeValue.fromS(event.createdAt().toString()));
        if (event.traceHeader() != null) {
            item.put(TRACE_HEADER, AttributeValue.fromS(event.traceHeader()));
        }
        try {
            dynamo.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(" + PARTITION_KEY + ")"));
        } catch (ConditionalCheckFailedException alreadyAdded) {
            // a retried stage adds its event again: the first copy stands
        }
    }

    @Override
    public List<PendingEvent> pending(int limit) {
        QueryRequest query = QueryRequest.builder().tableName(table).consistentRead(true).limit(limit)
                .keyConditionExpression(PARTITION_KEY + " = :outbox AND begins_with(" + SORT_KEY + ", :events)")
                .expressionAttributeValues(Map.of(":outbox", AttributeValue.fromS(PARTITION),
                        ":events", AttributeValue.fromS(EVENT_PREFIX)))
                .build();
        return dynamo.queryPaginator(query).items().stream().limit(limit)
                .map(item -> new PendingEvent(item.get(SORT_KEY).s().substring(EVENT_PREFIX.length()),
                        item.get(TYPE).s(), item.get(PAYLOAD).s(), Instant.parse(item.get(CREATED_AT).s()),
                        item.containsKey(TRACE_HEADER) ? item.get(TRACE_HEADER).s() : null))
                .toList();
    }

    @Override
    public void markPublished(String eventId) {
        dynamo.deleteItem(b -> b.tableName(table).key(key(eventId)));
    }

    private static Map<String, AttributeValue> key(String eventId) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS(PARTITION), SORT_KEY, AttributeValue.fromS(EVENT_PREFIX + eventId));
    }
}
