package com.collectiq.platform.aws;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Creates the table from {@code table.json} when it is missing ({@code collectiq.aws.create-resources=true},
 * for emulators; in AWS Terraform owns it). Idempotent, and safe when several tasks start at once.
 * It runs while the context starts, so nothing reads the table before it exists.
 */
@Component
@Profile("aws")
@ConditionalOnProperty(name = "collectiq.aws.create-resources", havingValue = "true")
public class SingleTableCreator implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(SingleTableCreator.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int MAX_POLLS = 480;

    private final DynamoDbClient dynamo;
    private final String tableName;

    @Autowired
    public SingleTableCreator(DynamoDbClient dynamo, AwsProperties aws) {
        this(dynamo, aws.tableName());
    }

    public SingleTableCreator(DynamoDbClient dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
    }

    @Override
    public void afterPropertiesSet() {
        ensureTable();
    }

    /** Creates the table with its indexes and TTL unless it exists; returns once it is active. */
    public void ensureTable() {
        if (exists()) {
            return;
        }
        try {
            dynamo.createTable(SingleTable.createTableRequest(tableName));
            LOG.info("created DynamoDB table {}", tableName);
        } catch (ResourceInUseException anotherTaskCreatedIt) {
            LOG.info("DynamoDB table {} was created concurrently", tableName);
        }
        awaitActive();
        enableTimeToLive();
    }

    private void awaitActive() {
        // the SDK's default waiter polls every 20 s; a new on-demand table is active in seconds
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(dynamo)
                .overrideConfiguration(o -> o.backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(POLL))
                        .maxAttempts(MAX_POLLS))
                .build()) {
            waiter.waitUntilTableExists(b -> b.tableName(tableName));
        }
    }

    private boolean exists() {
        try {
            dynamo.describeTable(b -> b.tableName(tableName));
            return true;
        } catch (ResourceNotFoundException missing) {
            return false;
        }
    }

    private void enableTimeToLive() {
        try {
            dynamo.updateTimeToLive(b -> b.tableName(tableName)
                    .timeToLiveSpecification(t -> t.attributeName(SingleTable.TTL_ATTRIBUTE).enabled(true)));
        } catch (DynamoDbException unsupported) {
            // some emulators (dynalite) have no TTL: harmless, since readers check expiry themselves
            LOG.warn("time to live not enabled on {}: {}", tableName, unsupported.awsErrorDetails() == null
                    ? unsupported.getClass().getSimpleName() : unsupported.awsErrorDetails().errorCode());
        }
    }
}
