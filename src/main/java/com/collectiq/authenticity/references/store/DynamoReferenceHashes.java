package com.collectiq.authenticity.references.store;

import static com.collectiq.platform.aws.SingleTable.PARTITION_KEY;
import static com.collectiq.platform.aws.SingleTable.SORT_KEY;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;

import com.collectiq.authenticity.references.ReferenceHash;
import com.collectiq.authenticity.references.ReferenceHashes;
import com.collectiq.platform.aws.AwsProperties;
import com.collectiq.vision.CardHashes;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code aws} mode's reference hashes: one item per reference image in the single table, all of a
 * catalog id's in one partition so a match is one {@code Query} (docs/data-model.md).
 */
@Repository
@Profile("aws")
class DynamoReferenceHashes implements ReferenceHashes {

    private static final String PERCEPTUAL = "perceptual";
    private static final String DIFFERENCE = "difference";
    private static final String ADDED_AT = "addedAt";
    private static final String PARTITION_PREFIX = "REF#";
    private static final String SORT_PREFIX = "KEY#";

    private final DynamoDbClient dynamo;
    private final String table;

    DynamoReferenceHashes(DynamoDbClient dynamo, AwsProperties aws) {
        this.dynamo = dynamo;
        this.table = aws.tableName();
    }

    @Override
    public void add(ReferenceHash reference) {
        // hashes as hex text: a 64-bit hash does not survive a trip through a JSON number
        dynamo.putItem(b -> b.tableName(table).item(Map.of(
                PARTITION_KEY, AttributeValue.fromS(PARTITION_PREFIX + reference.catalogId()),
                SORT_KEY, AttributeValue.fromS(SORT_PREFIX + reference.photoKey()),
                PERCEPTUAL, AttributeValue.fromS(reference.hashes().perceptualHex()),
                DIFFERENCE, AttributeValue.fromS(reference.hashes().differenceHex()),
                ADDED_AT, AttributeValue.fromS(reference.addedAt().toString()))));
    }

    @Override
    public List<ReferenceHash> of(String catalogId) {
        return dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :sk)")
                        .expressionAttributeNames(Map.of("#pk", PARTITION_KEY, "#sk", SORT_KEY))
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(PARTITION_PREFIX + catalogId),
                                ":sk", AttributeValue.fromS(SORT_PREFIX))))
                .items().stream()
                .map(item -> new ReferenceHash(catalogId,
                        item.get(SORT_KEY).s().substring(SORT_PREFIX.length()),
                        new CardHashes(Long.parseUnsignedLong(item.get(PERCEPTUAL).s(), 16),
                                Long.parseUnsignedLong(item.get(DIFFERENCE).s(), 16)),
                        Instant.parse(item.get(ADDED_AT).s())))
                .sorted(Comparator.comparing(ReferenceHash::addedAt).thenComparing(ReferenceHash::photoKey))
                .toList();
    }
}
