package com.collectiq.card.store;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;

import com.collectiq.card.CardStore;
import com.collectiq.platform.aws.AwsProperties;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code aws} mode's card store: one DynamoDB table, see docs/data-model.md. */
@Repository
@Profile("aws")
class DynamoCardStore implements CardStore {

    private final DynamoDbClient dynamo;
    private final String table;

    DynamoCardStore(DynamoDbClient dynamo, AwsProperties aws) {
        this.dynamo = dynamo;
        this.table = aws.tableName();
    }

    @Override
    public void checkReachable() {
        dynamo.describeTable(request -> request.tableName(table));
    }
}
