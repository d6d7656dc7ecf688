package com.collectiq.recovery.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.collectiq.platform.aws.AwsProperties;
import com.collectiq.recovery.DeadLetter;
import com.collectiq.testsupport.ElasticMqStandIn;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * On ElasticMQ: a run's dead letter sent twice (its failure retried after the letter was kept) is
 * one letter to an operator, and listing leaves one message on the queue; another run's letter is
 * untouched.
 */
class SqsDeadLettersTest {

    @Test
    void aRunsLetterSentTwiceIsKeptOnce() {
        ElasticMqStandIn.get();
        try (SqsClient sqs = SqsClient.create()) {
            String queue = sqs.createQueue(b -> b.queueName("dead-letters-" + UUID.randomUUID())).queueUrl();
            SqsDeadLetters letters = new SqsDeadLetters(sqs,
                    new AwsProperties("table", "bucket", "work", queue, "bus", true, false));
            DeadLetter first = letter("run-a", "card-a");
            letters.add(first);
            letters.add(letter("run-a", "card-a"));
            letters.add(letter("run-b", "card-b"));

            assertThat(letters.list(100)).extracting(DeadLetter::id).containsExactlyInAnyOrder("run-a", "run-b");
            assertThat(letters.list(100)).extracting(DeadLetter::id).containsExactlyInAnyOrder("run-a", "run-b");
            assertThat(sqs.getQueueAttributes(b -> b.queueUrl(queue)
                    .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes()
                    .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).isEqualTo("2");
        }
    }

    private static DeadLetter letter(String id, String cardId) {
        return new DeadLetter(id, cardId, "owner", id.substring(4), "photo-check", "not an image", null,
                "{\"cardId\":\"" + cardId + "\"}", null, Instant.parse("2026-12-05T00:00:00Z"), null);
    }
}
