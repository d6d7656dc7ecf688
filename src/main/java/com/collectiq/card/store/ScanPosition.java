package com.collectiq.card.store;

import static com.collectiq.platform.aws.SingleTable.PARTITION_KEY;
import static com.collectiq.platform.aws.SingleTable.SORT_KEY;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where a table scan stopped (its last evaluated key), as text a caller hands back for the next
 * page. Only the backfill scans, inside the service: the position is not signed like an API cursor.
 */
final class ScanPosition {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private ScanPosition() {
    }

    static String encode(Map<String, AttributeValue> lastEvaluatedKey) {
        if (lastEvaluatedKey == null) {
            return null;
        }
        return text(lastEvaluatedKey.get(PARTITION_KEY).s()) + "." + text(lastEvaluatedKey.get(SORT_KEY).s());
    }

    static Map<String, AttributeValue> decode(String position) {
        if (position == null) {
            return null;
        }
        String[] keys = position.split("\\.", 2);
        return Map.of(PARTITION_KEY, AttributeValue.fromS(key(keys[0])), SORT_KEY, AttributeValue.fromS(key(keys[1])));
    }

    private static String text(String key) {
        return ENCODER.encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String key(String text) {
        return new String(DECODER.decode(text), StandardCharsets.UTF_8);
    }
}
