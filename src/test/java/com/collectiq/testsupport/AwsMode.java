package com.collectiq.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The whole service in {@code aws} mode against the loopback stand-ins: DynamoDB on dynalite, S3 on
 * S3Proxy, SQS on ElasticMQ, Cognito's JWKS on WireMock; the table and bucket are created at start
 * ({@code collectiq.aws.create-resources=true}), as for an emulator. One shared context per JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@AwsStandIns
@ActiveProfiles("aws")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "collectiq.aws.table-name=" + AwsMode.TABLE,
    "collectiq.aws.uploads-bucket=" + AwsMode.BUCKET,
    "collectiq.aws.s3-path-style=true",
    "collectiq.aws.create-resources=true",
    "collectiq.signing-secret=" + AwsMode.SIGNING_SECRET,
    "collectiq.aws.event-bus-name=" + AwsMode.EVENT_BUS,
    "collectiq.auth.client-ids=" + CognitoStandIn.CLIENT_ID,
    // CloudWatch (WireMock) gets the metrics every few seconds, not every minute
    "collectiq.metrics.cloudwatch.step=3s"})
@ContextConfiguration(initializers = AwsMode.Resources.class)
@Import(TestSpans.class)
@AutoConfigureObservability // metrics are exported (Prometheus) as in the service, not switched off as in most tests
public @interface AwsMode {

    /** The EventBridge bus the service publishes to (WireMock answers PutEvents). */
    String EVENT_BUS = "collectiq-test-bus";
    String TABLE = "collectiq-test";
    String BUCKET = "collectiq-test-uploads";
    String SIGNING_SECRET = "aws-mode-test-signing-secret-0123456789";

    class Resources implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "collectiq.auth.issuer-uri=" + CognitoStandIn.get().issuer(),
                    "collectiq.aws.work-queue-url=" + queue("collectiq-test-work"),
                    "collectiq.aws.dead-letter-queue-url=" + queue("collectiq-test-dead-letters"))
                    .applyTo(context);
        }

        /** Creates the queue on ElasticMQ if missing and returns its URL. */
        public static String queue(String name) {
            try (SqsClient sqs = SqsClient.create()) {
                return sqs.createQueue(b -> b.queueName(name)).queueUrl();
            }
        }
    }
}
