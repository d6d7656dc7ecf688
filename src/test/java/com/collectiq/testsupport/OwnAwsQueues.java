package com.collectiq.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A work queue and a dead-letter queue of one aws-mode test context's own ({@code <prefix>-work},
 * {@code <prefix>-dead-letters}), so its consumers take no other context's work. A test declares a
 * subclass naming its prefix and lists it in {@code @ContextConfiguration(initializers = ...)}.
 */
public abstract class OwnAwsQueues implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    protected abstract String prefix();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try (SqsClient sqs = SqsClient.create()) {
            TestPropertyValues.of(
                    "collectiq.auth.issuer-uri=" + CognitoStandIn.get().issuer(),
                    "collectiq.aws.work-queue-url=" + sqs.createQueue(b -> b.queueName(prefix() + "-work")).queueUrl(),
                    "collectiq.aws.dead-letter-queue-url="
                            + sqs.createQueue(b -> b.queueName(prefix() + "-dead-letters")).queueUrl())
                    .applyTo(context);
        }
    }
}
