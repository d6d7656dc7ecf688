package com.collectiq.platform.aws;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Deletes items by key in batches of DynamoDB's limit, retrying what a batch leaves undone. */
public final class BatchDeletes {

    private static final int BATCH_WRITE_MAX = 25;

    private BatchDeletes() {
    }

    public static void deleteAll(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> keys) {
        for (int from = 0; from < keys.size(); from += BATCH_WRITE_MAX) {
            List<WriteRequest> batch = keys.subList(from, Math.min(keys.size(), from + BATCH_WRITE_MAX)).stream()
                    .map(key -> WriteRequest.builder().deleteRequest(d -> d.key(key)).build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, batch);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                // DynamoDB may leave part of a batch undone under load; it says which part
                pending = dynamo.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
            }
        }
    }
}
