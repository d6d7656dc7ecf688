package com.collectiq.platform.aws;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * The service's one DynamoDB table. Its keys and indexes are defined once, in
 * {@code dynamodb/table.json}, which Terraform reads too; the names below are the ones the
 * adapters write, and a test holds them to that file. docs/data-model.md shows every access pattern.
 */
public final class SingleTable {

    public static final String RESOURCE = "dynamodb/table.json";

    public static final String PARTITION_KEY = "PK";
    public static final String SORT_KEY = "SK";

    /** An owner's cards by status, newest first. */
    public static final String STATUS_INDEX = "ByStatus";
    public static final String STATUS_PARTITION_KEY = "StatusPK";
    public static final String STATUS_SORT_KEY = "StatusSK";

    /** Sparse: only cards with an unfinished run, ordered by when the run's lease ends. */
    public static final String LEASE_INDEX = "ByLease";
    public static final String LEASE_PARTITION_KEY = "LeasePK";
    public static final String LEASE_SORT_KEY = "LeaseSK";

    /** Sparse: only cards scheduled for repricing, ordered by when they are next due. */
    public static final String REPRICE_INDEX = "ByRepriceDue";
    public static final String REPRICE_PARTITION_KEY = "RepricePK";
    public static final String REPRICE_SORT_KEY = "RepriceSK";

    /** Epoch seconds after which DynamoDB may delete the item; readers check expiry themselves. */
    public static final String TTL_ATTRIBUTE = "ttl";

    /** The content of {@code table.json}; its field names follow Terraform's {@code aws_dynamodb_table}. */
    public record Definition(String billingMode, List<Attribute> attributes, String hashKey, String rangeKey,
            List<Index> globalSecondaryIndexes, String ttlAttribute) {

        public record Attribute(String name, String type) {
        }

        public record Index(String name, String hashKey, String rangeKey, String projectionType) {
        }
    }

    private SingleTable() {
    }

    public static Definition definition() {
        try (InputStream json = SingleTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            // "description" is for people reading the file
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(json, Definition.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static CreateTableRequest createTableRequest(String tableName) {
        Definition table = definition();
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.fromValue(table.billingMode()))
                .attributeDefinitions(table.attributes().stream()
                        .map(a -> AttributeDefinition.builder().attributeName(a.name()).attributeType(a.type()).build())
                        .toList())
                .keySchema(keySchema(table.hashKey(), table.rangeKey()))
                .globalSecondaryIndexes(table.globalSecondaryIndexes().stream()
                        .map(index -> GlobalSecondaryIndex.builder()
                                .indexName(index.name())
                                .keySchema(keySchema(index.hashKey(), index.rangeKey()))
                                .projection(p -> p.projectionType(ProjectionType.fromValue(index.projectionType())))
                                .build())
                        .toList())
                .build();
    }

    private static List<KeySchemaElement> keySchema(String hashKey, String rangeKey) {
        return List.of(KeySchemaElement.builder().attributeName(hashKey).keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName(rangeKey).keyType(KeyType.RANGE).build());
    }
}
