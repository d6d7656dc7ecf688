package com.collectiq.testsupport;

import java.util.UUID;

import com.collectiq.platform.aws.AwsProperties;
import com.collectiq.platform.aws.SingleTableCreator;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A fresh single table in dynalite, created from {@code table.json} by the service's own
 * {@link SingleTableCreator}, with a client built the way the service builds its own.
 */
public final class DynamoTestTable implements AutoCloseable {

    private final DynamoDbClient dynamo;
    private final String name;

    private DynamoTestTable() {
        DynaliteStandIn.get();
        dynamo = DynamoDbClient.create();
        name = "collectiq-test-" + UUID.randomUUID();
        new SingleTableCreator(dynamo, name).ensureTable();
    }

    public static DynamoTestTable create() {
        return new DynamoTestTable();
    }

    public DynamoDbClient client() {
        return dynamo;
    }

    public String name() {
        return name;
    }

    /** {@code collectiq.aws.*} naming this table, as the adapters receive them in {@code aws} mode. */
    public AwsProperties properties() {
        return new AwsProperties(name, null, null, null, null, false, false);
    }

    @Override
    public void close() {
        dynamo.deleteTable(b -> b.tableName(name));
        dynamo.close();
    }
}
