package com.collectiq.recovery.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;

import com.collectiq.platform.aws.AwsProperties;
import com.collectiq.recovery.DeadLetter;
import com.collectiq.recovery.DeadLetters;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * {@code aws} mode's dead letters: the SQS dead-letter queue ({@code collectiq.aws.dead-letter-queue-url}).
 * The service writes the original message with what failed as message attributes; SQS's redrive
 * policy writes the bare message of a run that crashed its consumer too often. A queue cannot be
 * read without receiving, so listing receives and at once makes every message visible again, and
 * finding one keeps it invisible (for {@link #HOLD_SECONDS}) until it is removed or let go. A run's
 * letter sent twice (its failure retried) is kept once: listing deletes the copies it finds.
 */
@Repository
@Profile("aws")
class SqsDeadLetters implements DeadLetters {

    /** How long a letter found for re-drive stays hidden from other readers. */
    static final int HOLD_SECONDS = 60;
    /** SQS takes 256 KiB per message, attributes included: a longer original is cut, and says so. */
    static final int MAX_MESSAGE_BYTES = 200 * 1024;
    private static final int MAX_ROUNDS = 50;
    private static final String PREFIX = "collectiq-";

    private final SqsClient sqs;
    private final String queueUrl;

    SqsDeadLetters(SqsClient sqs, AwsProperties aws) {
        this.sqs = sqs;
        this.queueUrl = aws.deadLetterQueueUrl();
    }

    @Override
    public void add(DeadLetter letter) {
        Map<String, MessageAttributeValue> attributes = new HashMap<>();
        put(attributes, "id", letter.id());
        put(attributes, "card-id", letter.cardId());
        put(attributes, "owner", letter.owner());
        put(attributes, "run-id", letter.runId());
        put(attributes, "stage", letter.stage());
        put(attributes, "reason", letter.reason());
        put(attributes, "cause", letter.cause());
        put(attributes, "failed-at", letter.failedAt().toString());
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(bounded(letter.message())).messageAttributes(attributes));
    }

    @Override
    public List<DeadLetter> list(int limit) {
        Map<String, DeadLetter> seen = new LinkedHashMap<>();
        List<String> handles = new ArrayList<>();
        try {
            for (int round = 0; round < MAX_ROUNDS && seen.size() < limit; round++) {
                List<Message> batch = receive(5);
                if (batch.isEmpty()) {
                    break;
                }
                for (Message message : batch) {
                    DeadLetter letter = letter(message);
                    if (seen.containsKey(letter.id()) && !letter.id().equals(message.messageId())) {
                        // the same run's letter sent twice (a retried failure: a queue cannot refuse a
                        // repeat, as the table does): both are in hand, one is enough
                        remove(letter);
                        continue;
                    }
                    handles.add(message.receiptHandle());
                    if (seen.size() < limit) {
                        seen.putIfAbsent(letter.id(), letter);
                    }
                }
            }
        } finally {
            handles.forEach(this::letGo);
        }
        return List.copyOf(seen.values());
    }

    @Override
    public Optional<DeadLetter> find(String id) {
        List<String> others = new ArrayList<>();
        try {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                List<Message> batch = receive(HOLD_SECONDS);
                if (batch.isEmpty()) {
                    return Optional.empty();
                }
                Optional<DeadLetter> found = Optional.empty();
                for (Message message : batch) {
                    DeadLetter letter = letter(message);
                    if (found.isEmpty() && (letter.id().equals(id) || message.messageId().equals(id))) {
                        found = Optional.of(letter);
                    } else {
                        others.add(message.receiptHandle());
                    }
                }
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        } finally {
            others.forEach(this::letGo);
        }
    }

    @Override
    public void remove(DeadLetter letter) {
        sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(letter.handle()));
    }

    private List<Message> receive(int visibilitySeconds) {
        return sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(0)
                .visibilityTimeout(visibilitySeconds).messageAttributeNames("All")
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT,
                        MessageSystemAttributeName.SENT_TIMESTAMP)).messages();
    }

    private void letGo(String receiptHandle) {
        sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(receiptHandle).visibilityTimeout(0));
    }

    private static DeadLetter letter(Message message) {
        Map<String, MessageAttributeValue> attributes = message.messageAttributes();
        String receives = message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
        Integer receiveCount = receives == null ? null : Integer.valueOf(receives);
        if (!attributes.containsKey(PREFIX + "stage")) {
            String sent = message.attributes().get(MessageSystemAttributeName.SENT_TIMESTAMP);
            return new DeadLetter(message.messageId(), null, null, null, DeadLetter.QUEUE_REDRIVE_POLICY,
                    "The work queue's redrive policy moved this message here: it was received too often without"
                            + " being completed (a crashed or stopped consumer).",
                    null, message.body(), receiveCount,
                    sent == null ? Instant.EPOCH : Instant.ofEpochMilli(Long.parseLong(sent)), message.receiptHandle());
        }
        return new DeadLetter(get(attributes, "id"), get(attributes, "card-id"), get(attributes, "owner"),
                get(attributes, "run-id"), get(attributes, "stage"), get(attributes, "reason"), get(attributes, "cause"),
                message.body(), receiveCount, Instant.parse(get(attributes, "failed-at")), message.receiptHandle());
    }

    private static void put(Map<String, MessageAttributeValue> attributes, String name, String value) {
        if (value != null && !value.isEmpty()) {
            attributes.put(PREFIX + name, MessageAttributeValue.builder().dataType("String").stringValue(value).build());
        }
    }

    private static String get(Map<String, MessageAttributeValue> attributes, String name) {
        MessageAttributeValue value = attributes.get(PREFIX + name);
        return value == null ? null : value.stringValue();
    }

    private static String bounded(String message) {
        if (message == null || message.isEmpty()) {
            return "(empty message)";
        }
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_MESSAGE_BYTES) {
            return message;
        }
        return new String(bytes, 0, MAX_MESSAGE_BYTES, StandardCharsets.UTF_8)
                + "\n(cut: the original was " + bytes.length + " bytes)";
    }
}
