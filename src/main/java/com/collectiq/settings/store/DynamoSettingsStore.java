package com.collectiq.settings.store;

import static com.collectiq.platform.aws.SingleTable.PARTITION_KEY;
import static com.collectiq.platform.aws.SingleTable.SORT_KEY;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;

import com.collectiq.platform.aws.AwsProperties;
import com.collectiq.settings.SettingsStore;
import com.collectiq.settings.UserSettings;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code aws} mode's settings: one item per user, {@code PK = OWNER#<owner>, SK = SETTINGS}, in the
 * owner's partition beside their cards. The card queries stay inside the {@code CARD#…} keys, so they
 * never meet it, and it has none of the index attributes (docs/data-model.md).
 */
@Repository
@Profile("aws")
class DynamoSettingsStore implements SettingsStore {

    static final String SORT = "SETTINGS";
    private static final String CURRENCY = "currency";
    private static final String REPRICING = "repricing";
    private static final String UPDATED_AT = "updatedAt";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    DynamoSettingsStore(DynamoDbClient dynamo, AwsProperties aws, Clock clock) {
        this.dynamo = dynamo;
        this.table = aws.tableName();
        this.clock = clock;
    }

    @Override
    public Optional<UserSettings> get(String owner) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(owner)).consistentRead(true))
                .item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        AttributeValue repricing = item.get(REPRICING);
        return Optional.of(new UserSettings(item.get(CURRENCY).s(), repricing == null ? null : repricing.s()));
    }

    @Override
    public void put(String owner, UserSettings settings) {
        Map<String, AttributeValue> item = new HashMap<>(key(owner));
        item.put(CURRENCY, AttributeValue.fromS(settings.currency()));
        item.put(REPRICING, AttributeValue.fromS(settings.repricing()));
        item.put(UPDATED_AT, AttributeValue.fromS(clock.instant().toString()));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    @Override
    public void delete(String owner) {
        dynamo.deleteItem(b -> b.tableName(table).key(key(owner)));
    }

    private static Map<String, AttributeValue> key(String owner) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS("OWNER#" + owner), SORT_KEY, AttributeValue.fromS(SORT));
    }
}
