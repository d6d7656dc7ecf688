package com.collectiq.alerts.store;

import static com.collectiq.platform.aws.SingleTable.PARTITION_KEY;
import static com.collectiq.platform.aws.SingleTable.SORT_KEY;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;

import com.collectiq.alerts.PriceAlert;
import com.collectiq.alerts.PriceAlertStore;
import com.collectiq.platform.aws.AwsProperties;
import com.collectiq.platform.aws.BatchDeletes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * {@code aws} mode's price alerts: items beside the owner's cards in the single table
 * ({@code PK = OWNER#<owner>}, {@code SK = ALERT#<id>}, see docs/data-model.md). An owner's alerts are
 * one query; a card's are that query filtered by {@code cardId} (an owner has at most
 * {@code collectiq.alerts.max-per-user}). The limit is checked before the put: two concurrent
 * creates may pass it by one.
 */
@Repository
@Profile("aws")
class DynamoPriceAlertStore implements PriceAlertStore {

    private static final String ALERT_PREFIX = "ALERT#";
    private static final String CARD_ID = "cardId";
    private static final String BODY = "body";

    private final DynamoDbClient dynamo;
    private final String table;
    private final ObjectMapper json;

    DynamoPriceAlertStore(DynamoDbClient dynamo, AwsProperties aws, ObjectMapper json) {
        this.dynamo = dynamo;
        this.table = aws.tableName();
        this.json = json;
    }

    @Override
    public boolean add(PriceAlert alert, int max) {
        if (list(alert.owner()).size() >= max) {
            return false;
        }
        put(alert, "attribute_not_exists(" + PARTITION_KEY + ")");
        return true;
    }

    @Override
    public List<PriceAlert> list(String owner) {
        return query(owner, null);
    }

    @Override
    public List<PriceAlert> ofCard(String owner, String cardId) {
        return query(owner, cardId);
    }

    @Override
    public Optional<PriceAlert> get(String owner, String id) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(owner, id)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(alert(item));
    }

    @Override
    public void update(PriceAlert alert) {
        try {
            put(alert, "attribute_exists(" + PARTITION_KEY + ")");
        } catch (ConditionalCheckFailedException deleted) {
            // the alert was deleted meanwhile: it stays deleted
        }
    }

    @Override
    public boolean delete(String owner, String id) {
        Map<String, AttributeValue> old = dynamo.deleteItem(b -> b.tableName(table).key(key(owner, id))
                .returnValues("ALL_OLD")).attributes();
        return old != null && !old.isEmpty();
    }

    @Override
    public void deleteCard(String owner, String cardId) {
        deleteAll(ofCard(owner, cardId));
    }

    @Override
    public void deleteOwner(String owner) {
        deleteAll(list(owner));
    }

    private void deleteAll(List<PriceAlert> alerts) {
        BatchDeletes.deleteAll(dynamo, table, alerts.stream().map(alert -> key(alert.owner(), alert.id())).toList());
    }

    private List<PriceAlert> query(String owner, String cardId) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":owner", AttributeValue.fromS("OWNER#" + owner),
                ":alerts", AttributeValue.fromS(ALERT_PREFIX)));
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression(PARTITION_KEY + " = :owner AND begins_with(" + SORT_KEY + ", :alerts)");
        if (cardId != null) {
            values.put(":card", AttributeValue.fromS(cardId));
            query.filterExpression(CARD_ID + " = :card");
        }
        return dynamo.queryPaginator(query.expressionAttributeValues(values).build()).items().stream()
                .map(this::alert).toList();
    }

    private void put(PriceAlert alert, String condition) {
        Map<String, AttributeValue> item = new HashMap<>(key(alert.owner(), alert.id()));
        item.put(CARD_ID, AttributeValue.fromS(alert.cardId()));
        try {
            item.put(BODY, AttributeValue.fromS(json.writeValueAsString(alert)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a price alert could not be written as JSON", e);
        }
        dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression(condition));
    }

    private PriceAlert alert(Map<String, AttributeValue> item) {
        try {
            return json.readValue(item.get(BODY).s(), PriceAlert.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored price alert is not readable", e);
        }
    }

    private static Map<String, AttributeValue> key(String owner, String id) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS("OWNER#" + owner), SORT_KEY, AttributeValue.fromS(ALERT_PREFIX + id));
    }
}
