package com.collectiq.intake;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.AwsStandIns;
import com.collectiq.testsupport.CognitoStandIn;
import com.collectiq.testsupport.OwnAwsQueues;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The poison contract on {@code aws} mode's SQS work queue (ElasticMQ): its own queues, table and
 * bucket, so its consumers take no other test's work; closed after it.
 */
@AwsStandIns
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.profiles.active=aws", "collectiq.aws.table-name=poison-test",
    "collectiq.aws.uploads-bucket=poison-photos", "collectiq.aws.s3-path-style=true",
    "collectiq.aws.create-resources=true", "collectiq.signing-secret=poison-test-signing-secret-0123456789",
    "collectiq.aws.event-bus-name=" + AwsMode.EVENT_BUS, "collectiq.auth.client-ids=" + CognitoStandIn.CLIENT_ID})
@ContextConfiguration(initializers = AwsWorkQueuePoisonTest.OwnQueues.class)
@DirtiesContext
class AwsWorkQueuePoisonTest extends WorkQueuePoisonContract {

    /** SQS's limit on a message body is 256 KiB. */
    private static final int SQS_MAX_BODY = 250 * 1024;

    static class OwnQueues extends OwnAwsQueues {
        @Override
        protected String prefix() {
            return "poison";
        }
    }

    @Value("${collectiq.aws.work-queue-url}")
    private String workQueue;

    @Override
    protected void send(String body) {
        try (SqsClient sqs = SqsClient.create()) {
            sqs.sendMessage(b -> b.queueUrl(workQueue).messageBody(body));
        }
    }

    @Override
    protected int maxMessageBytes() {
        return SQS_MAX_BODY;
    }

    @Override
    protected boolean takesControlCharacters() {
        return false;
    }

    @Override
    protected int messagesLeft() {
        try (SqsClient sqs = SqsClient.create()) {
            Map<QueueAttributeName, String> counts = sqs.getQueueAttributes(b -> b.queueUrl(workQueue).attributeNames(
                    List.of(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))).attributes();
            return counts.values().stream().mapToInt(Integer::parseInt).sum();
        }
    }
}
