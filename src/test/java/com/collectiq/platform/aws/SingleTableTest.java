package com.collectiq.platform.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.DynamoTestTable;

import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** table.json, the names the adapters write, and the table the creator makes all agree. */
class SingleTableTest {

    @Test
    void theDefinitionFileNamesTheKeysAndIndexesTheAdaptersUse() {
        SingleTable.Definition table = SingleTable.definition();

        assertThat(table.hashKey()).isEqualTo(SingleTable.PARTITION_KEY);
        assertThat(table.rangeKey()).isEqualTo(SingleTable.SORT_KEY);
        assertThat(table.ttlAttribute()).isEqualTo(SingleTable.TTL_ATTRIBUTE);
        assertThat(table.globalSecondaryIndexes()).containsExactlyInAnyOrder(
                new SingleTable.Definition.Index(SingleTable.STATUS_INDEX, SingleTable.STATUS_PARTITION_KEY,
                        SingleTable.STATUS_SORT_KEY, "ALL"),
                new SingleTable.Definition.Index(SingleTable.LEASE_INDEX, SingleTable.LEASE_PARTITION_KEY,
                        SingleTable.LEASE_SORT_KEY, "ALL"),
                new SingleTable.Definition.Index(SingleTable.REPRICE_INDEX, SingleTable.REPRICE_PARTITION_KEY,
                        SingleTable.REPRICE_SORT_KEY, "ALL"));
        assertThat(table.attributes()).extracting(SingleTable.Definition.Attribute::name).containsExactlyInAnyOrder(
                SingleTable.PARTITION_KEY, SingleTable.SORT_KEY, SingleTable.STATUS_PARTITION_KEY,
                SingleTable.STATUS_SORT_KEY, SingleTable.LEASE_PARTITION_KEY, SingleTable.LEASE_SORT_KEY,
                SingleTable.REPRICE_PARTITION_KEY, SingleTable.REPRICE_SORT_KEY);
    }

    @Test
    void theCreatorMakesTheDefinedTableAndMayRunAgain() {
        try (DynamoTestTable created = DynamoTestTable.create()) {
            new SingleTableCreator(created.client(), created.name()).ensureTable();

            TableDescription table = created.client().describeTable(b -> b.tableName(created.name())).table();
            assertThat(keys(table.keySchema())).isEqualTo(Map.of("PK", "HASH", "SK", "RANGE"));
            Map<String, GlobalSecondaryIndexDescription> indexes = table.globalSecondaryIndexes().stream()
                    .collect(Collectors.toMap(GlobalSecondaryIndexDescription::indexName, index -> index));
            assertThat(indexes).containsOnlyKeys("ByStatus", "ByLease", "ByRepriceDue");
            assertThat(keys(indexes.get("ByStatus").keySchema()))
                    .isEqualTo(Map.of("StatusPK", "HASH", "StatusSK", "RANGE"));
            assertThat(keys(indexes.get("ByLease").keySchema())).isEqualTo(Map.of("LeasePK", "HASH", "LeaseSK", "RANGE"));
            assertThat(keys(indexes.get("ByRepriceDue").keySchema()))
                    .isEqualTo(Map.of("RepricePK", "HASH", "RepriceSK", "RANGE"));
            assertThat(indexes.values()).allMatch(index -> index.projection().projectionTypeAsString().equals("ALL"));
        }
    }

    private static Map<String, String> keys(List<KeySchemaElement> schema) {
        return schema.stream().collect(Collectors.toMap(KeySchemaElement::attributeName, KeySchemaElement::keyTypeAsString));
    }
}
