package com.collectiq.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Seeded work-queue messages that must not value anything: garbage, huge, wrong shapes, and valid
 * JSON of the wrong event. Every key they name belongs to {@link #OWNER}, who therefore must end
 * with no card at all.
 */
final class PoisonMessages {

    /** A message and what kind of poison it is (for the report). */
    record Poison(String kind, String body) {
    }

    static final String OWNER = "poison-owner";

    private PoisonMessages() {
    }

    /**
     * {@code count} messages of at most {@code maxBytes}; {@code controlCharacters} false keeps them to
     * what SQS accepts in a body at all.
     */
    static List<Poison> generate(SplittableRandom random, int count, int maxBytes, boolean controlCharacters) {
        List<Poison> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(next(random, maxBytes, controlCharacters ? 1 : 0x20));
        }
        return messages;
    }

    private static Poison next(SplittableRandom random, int maxBytes, int lowestCharacter) {
        String key = "uploads/" + OWNER + "/" + UUID.randomUUID() + ".png";
        return switch (random.nextInt(16)) {
            case 0 -> new Poison("garbage", garbage(random, random.nextInt(1, 2000), lowestCharacter));
            case 1 -> new Poison("huge", "{\"detail-type\":\"Object Created\",\"source\":\"aws.s3\",\"pad\":\""
                    + "x".repeat(maxBytes - 200) + "\",\"detail\":{\"object\":{\"key\":\"" + key + "\"}}}");
            case 2 -> new Poison("deep", "[".repeat(random.nextInt(2000, 50_000)));
            case 3 -> new Poison("shape", pick(random, "[]", "null", "42", "\"text\"", "{}", "{\"Records\":\"x\"}",
                    "{\"Records\":[1,2]}", "{\"detail-type\":null}", "{\"type\":\"collectiq.valuation-request\"}"));
            case 4 -> new Poison("shape", "{\"detail-type\":\"Object Created\",\"source\":\"aws.s3\","
                    + "\"detail\":{\"object\":{\"key\":" + pick(random, "123", "null", "[\"" + key + "\"]", "{}") + "}}}");
            case 5 -> new Poison("shape", "{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"object\":"
                    + "{\"key\":\"uploads/" + OWNER + "/%zz.png\"}}}]}");
            case 6 -> new Poison("shape", "{\"type\":\"collectiq.valuation-request\",\"request\":{\"cardId\":"
                    + pick(random, "1", "null", "\"\"", "[]") + ",\"owner\":\"" + OWNER + "\"}}");
            case 7 -> new Poison("wrong-event", eventBridge("aws.s3", "Object Deleted", key));
            case 8 -> new Poison("wrong-event", eventBridge("collectiq", "ValuationCompleted", key));
            case 9 -> new Poison("wrong-event", eventBridge("aws.ec2", "EC2 Instance State-change Notification", key));
            case 10 -> new Poison("wrong-event", "{\"Records\":[{\"eventName\":\"ObjectRemoved:Delete\",\"s3\":"
                    + "{\"object\":{\"key\":\"" + key + "\"}}}]}");
            case 11 -> new Poison("wrong-event", "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\"}");
            case 12 -> new Poison("outside-uploads", eventBridge("aws.s3", "Object Created",
                    pick(random, "backs/", "references/", "uploads/../", "uploads/", "") + OWNER + "/" + UUID.randomUUID()
                            + ".png"));
            case 13 -> new Poison("no-such-photo", eventBridge("aws.s3", "Object Created", key));
            case 14 -> new Poison("no-such-card", "{\"type\":\"collectiq.valuation-request\",\"request\":{\"cardId\":\""
                    + UUID.randomUUID() + "\",\"owner\":\"" + OWNER + "\",\"key\":\"" + key + "\",\"runId\":\""
                    + UUID.randomUUID() + "\",\"reason\":\"" + pick(random, "CREATE", "REVALUE", "EXPLODE") + "\"}}");
            default -> new Poison("mangled", mangle(random, eventBridge("aws.s3", "Object Created", key)));
        };
    }

    static String eventBridge(String source, String detailType, String key) {
        return "{\"version\":\"0\",\"id\":\"" + UUID.randomUUID() + "\",\"detail-type\":\"" + detailType
                + "\",\"source\":\"" + source + "\",\"time\":\"2026-11-24T00:00:00Z\",\"detail\":{\"bucket\":"
                + "{\"name\":\"uploads\"},\"object\":{\"key\":\"" + key + "\",\"size\":5,\"etag\":\"0123abcd\"},"
                + "\"reason\":\"PutObject\"}}";
    }

    private static String garbage(SplittableRandom random, int length, int lowestCharacter) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(lowestCharacter, 0x2FF));
        }
        return text.toString();
    }

    private static String mangle(SplittableRandom random, String json) {
        char[] chars = json.toCharArray();
        for (int i = 0; i < 3; i++) {
            chars[random.nextInt(chars.length)] = pick(random, "{", "}", "\"", ",", ":", "\\").charAt(0);
        }
        return new String(chars);
    }

    private static String pick(SplittableRandom random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
