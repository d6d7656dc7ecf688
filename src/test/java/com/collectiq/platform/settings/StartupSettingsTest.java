package com.collectiq.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The rules each mode's settings are held to, on settings given one by one. */
class StartupSettingsTest {

    @Test
    void aCompleteAwsConfigurationHasNoProblems() {
        assertThat(StartupSettings.aws(complete())).isEmpty();
    }

    @Test
    void aShortSecretABadBucketNameAndANonHttpQueueUrlAreEachNamed() {
        MockEnvironment environment = complete()
                .withProperty("collectiq.signing-secret", "too-short")
                .withProperty("collectiq.aws.uploads-bucket", "Uploads_Bucket")
                .withProperty("collectiq.aws.dead-letter-queue-url", "sqs:collectiq-dead-letters");

        assertThat(StartupSettings.aws(environment)).extracting(SettingProblem::describe).containsExactly(
                "collectiq.signing-secret (COLLECTIQ_SIGNING_SECRET) is 9 characters long: a random secret of at least"
                        + " 32 characters (Terraform's task definition takes it from Secrets Manager), e.g. from"
                        + " `openssl rand -base64 48`",
                "collectiq.aws.uploads-bucket (COLLECTIQ_AWS_UPLOADS_BUCKET) is not a bucket name ('Uploads_Bucket'):"
                        + " the S3 bucket of the uploads: 3-63 lower-case letters, digits, dots and hyphens, e.g."
                        + " collectiq-uploads",
                "collectiq.aws.dead-letter-queue-url (COLLECTIQ_AWS_DEAD_LETTER_QUEUE_URL) is not an http(s) URL with"
                        + " a host ('sqs:collectiq-dead-letters'): the dead-letter queue's SQS URL, e.g."
                        + " https://sqs.eu-west-1.amazonaws.com/123456789012/collectiq-dead-letters");
    }

    @Test
    void theSdksEndpointSystemPropertiesAreCheckedToo() {
        MockEnvironment environment = complete().withProperty("aws.endpointUrlDynamodb", "localhost:8000");

        assertThat(StartupSettings.aws(environment)).extracting(SettingProblem::describe).containsExactly(
                "aws.endpointUrlDynamodb (AWS_ENDPOINT_URL_DYNAMODB) is not an http(s) URL with a host"
                        + " ('localhost:8000'): an http(s) URL of the AWS service's endpoint, or unset for AWS's own");
    }

    @Test
    void awsModeRefusesTheTestOnlySettingThatLetsWebhooksReachLoopback() {
        MockEnvironment environment = complete().withProperty("collectiq.webhooks.allow-loopback-for-tests", "true");

        assertThat(StartupSettings.aws(environment)).extracting(SettingProblem::describe).containsExactly(
                "collectiq.webhooks.allow-loopback-for-tests (COLLECTIQ_WEBHOOKS_ALLOW_LOOPBACK_FOR_TESTS) is true:"
                        + " false (or unset): it lets webhooks reach the service's own machine, for tests only");
        assertThat(StartupSettings.aws(complete().withProperty("collectiq.webhooks.allow-loopback-for-tests", "false")))
                .isEmpty();
    }

    private static MockEnvironment complete() {
        return new MockEnvironment()
                .withProperty("collectiq.signing-secret", "a-signing-secret-of-forty-characters-0123")
                .withProperty("collectiq.aws.uploads-bucket", "collectiq-uploads")
                .withProperty("collectiq.aws.work-queue-url", "http://localhost:9324/000000000000/work")
                .withProperty("collectiq.aws.dead-letter-queue-url", "http://127.0.0.1:9324/000000000000/dead")
                .withProperty("collectiq.aws.event-bus-name", "collectiq")
                .withProperty("collectiq.auth.issuer-uri", "http://localhost:9000/eu-west-1_test")
                .withProperty("aws.region", "eu-west-1");
    }
}
