package com.collectiq.pricing.store;

import static com.collectiq.platform.aws.SingleTable.PARTITION_KEY;
import static com.collectiq.platform.aws.SingleTable.SORT_KEY;
import static com.collectiq.platform.aws.SingleTable.TTL_ATTRIBUTE;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;

import com.collectiq.platform.aws.AwsProperties;
import com.collectiq.pricing.PriceCache;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code aws} mode's price cache: one item per key in the single table (docs/data-model.md). */
@Repository
@Profile("aws")
class DynamoPriceCache implements PriceCache {

    private static final String ANSWER = "answer";
    private static final String EXPIRES_AT = "expiresAt";
    private static final String SORT = "PRICE";

    private final DynamoDbClient dynamo;
    private final String table;

    DynamoPriceCache(DynamoDbClient dynamo, AwsProperties aws) {
        this.dynamo = dynamo;
        this.table = aws.tableName();
    }

    @Override
    public Optional<String> get(String key, Instant now) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(key))).item();
        if (item == null || item.isEmpty() || !Instant.parse(item.get(EXPIRES_AT).s()).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(item.get(ANSWER).s());
    }

    @Override
    public void put(String key, String json, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(key(key));
        item.put(ANSWER, AttributeValue.fromS(json));
        item.put(EXPIRES_AT, AttributeValue.fromS(expiresAt.toString()));
        // TTL wants epoch seconds; rounding up never deletes an answer before it expires
        long ttlSeconds = expiresAt.getEpochSecond() + (expiresAt.getNano() > 0 ? 1 : 0);
        item.put(TTL_ATTRIBUTE, AttributeValue.fromN(Long.toString(ttlSeconds)));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    private static Map<String, AttributeValue> key(String key) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS("PRICE#" + key), SORT_KEY, AttributeValue.fromS(SORT));
    }
}
