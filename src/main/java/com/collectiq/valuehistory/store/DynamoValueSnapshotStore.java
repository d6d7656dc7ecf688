package com.collectiq.valuehistory.store;

import static com.collectiq.platform.aws.SingleTable.PARTITION_KEY;
import static com.collectiq.platform.aws.SingleTable.SORT_KEY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;

import com.collectiq.platform.aws.AwsProperties;
import com.collectiq.platform.aws.BatchDeletes;
import com.collectiq.valuehistory.ValueSnapshot;
import com.collectiq.valuehistory.ValueSnapshotStore;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * {@code aws} mode's value history: items beside the owner's cards in the single table
 * ({@code PK = OWNER#<owner>}, {@code SK = SNAPSHOT#<yyyy-mm-dd>}, see docs/data-model.md); ISO dates
 * sort as text, so a range of days is one query.
 */
@Repository
@Profile("aws")
class DynamoValueSnapshotStore implements ValueSnapshotStore {

    private static final String SNAPSHOT_PREFIX = "SNAPSHOT#";
    private static final String BODY = "body";
    // four-digit years: the range of days whose ISO text sorts as the dates do
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final DynamoDbClient dynamo;
    private final String table;
    private final SnapshotJson json;

    DynamoValueSnapshotStore(DynamoDbClient dynamo, AwsProperties aws, ObjectMapper mapper) {
        this.dynamo = dynamo;
        this.table = aws.tableName();
        this.json = new SnapshotJson(mapper);
    }

    @Override
    public void put(ValueSnapshot snapshot) {
        Map<String, AttributeValue> item = new HashMap<>(key(snapshot.owner(), snapshot.day()));
        item.put(BODY, AttributeValue.fromS(json.write(snapshot)));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    @Override
    public Optional<ValueSnapshot> get(String owner, LocalDate day) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(owner, day)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(json.read(item.get(BODY).s()));
    }

    @Override
    public List<ValueSnapshot> between(String owner, LocalDate from, LocalDate to) {
        return query(owner, from, to).stream().map(item -> json.read(item.get(BODY).s())).toList();
    }

    @Override
    public void deleteOwner(String owner) {
        BatchDeletes.deleteAll(dynamo, table, query(owner, FIRST_DAY, LAST_DAY).stream()
                .map(item -> Map.of(PARTITION_KEY, item.get(PARTITION_KEY), SORT_KEY, item.get(SORT_KEY))).toList());
    }

    private List<Map<String, AttributeValue>> query(String owner, LocalDate from, LocalDate to) {
        QueryRequest query = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression(PARTITION_KEY + " = :owner AND " + SORT_KEY + " BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(":owner", AttributeValue.fromS(owner(owner)),
                        ":from", AttributeValue.fromS(SNAPSHOT_PREFIX + from), ":to", AttributeValue.fromS(SNAPSHOT_PREFIX + to)))
                .build();
        return dynamo.queryPaginator(query).items().stream().toList();
    }

    private static Map<String, AttributeValue> key(String owner, LocalDate day) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS(owner(owner)), SORT_KEY, AttributeValue.fromS(SNAPSHOT_PREFIX + day));
    }

    private static String owner(String owner) {
        return "OWNER#" + owner;
    }
}
