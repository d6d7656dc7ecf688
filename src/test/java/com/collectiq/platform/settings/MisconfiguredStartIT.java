package com.collectiq.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.collectiq.testsupport.ServiceProcess;

/**
 * The packaged jar started as a new user might misconfigure it: it stops at once with one line per
 * setting to fix, naming the property, its environment variable and a valid value, not a stack trace.
 */
class MisconfiguredStartIT {

    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final String REPORT = "CollectIQ cannot start with these settings:";

    @Test
    void awsModeWithoutItsSigningSecret() {
        String output = failedStart(ServiceProcess.aws("no-secret").property("collectiq.signing-secret", ""));

        assertThat(output).contains(REPORT).contains("collectiq.signing-secret (COLLECTIQ_SIGNING_SECRET) is not set:"
                + " a random secret of at least 32 characters");
        assertThat(output).as("no bean-creation stack trace").doesNotContain("UnsatisfiedDependencyException");
    }

    @Test
    void awsModeWithoutItsResourcesIssuerAndRegionListsThemAll() {
        String output = failedStart(ServiceProcess.aws("no-resources")
                .property("collectiq.aws.uploads-bucket", "")
                .property("collectiq.aws.work-queue-url", "")
                .property("collectiq.aws.dead-letter-queue-url", "")
                .property("collectiq.aws.event-bus-name", "")
                .property("collectiq.auth.issuer-uri", "")
                .env("AWS_REGION", ""));

        assertThat(output).contains(
                "collectiq.aws.uploads-bucket (COLLECTIQ_AWS_UPLOADS_BUCKET) is not set: the S3 bucket of the uploads",
                "collectiq.aws.work-queue-url (COLLECTIQ_AWS_WORK_QUEUE_URL) is not set: the work queue's SQS URL",
                "collectiq.aws.dead-letter-queue-url (COLLECTIQ_AWS_DEAD_LETTER_QUEUE_URL) is not set:",
                "collectiq.aws.event-bus-name (COLLECTIQ_AWS_EVENT_BUS_NAME) is not set: the EventBridge bus",
                "collectiq.auth.issuer-uri (COLLECTIQ_AUTH_ISSUER_URI) is not set: the Cognito user pool's issuer",
                "aws.region (AWS_REGION) is not set: the AWS region of the resources");
    }

    @Test
    void awsModeWithAMalformedEndpointAndAnUnknownHost() {
        String output = failedStart(ServiceProcess.aws("bad-endpoints")
                .env("AWS_ENDPOINT_URL_SQS", "http//localhost:9324")
                .property("collectiq.aws.work-queue-url", "http://queue.collectiq.invalid/000000000000/work"));

        assertThat(output).contains(
                "AWS_ENDPOINT_URL_SQS is not an http(s) URL with a host ('http//localhost:9324'): an http(s) URL",
                "collectiq.aws.work-queue-url (COLLECTIQ_AWS_WORK_QUEUE_URL) names a host that is not known"
                        + " ('queue.collectiq.invalid'): the work queue's SQS URL");
    }

    @Test
    void localModeWithADataDirectoryItCannotWrite(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        Path below = file.resolve("data");

        String output = failedStart(ServiceProcess.local("unwritable-data", below));

        assertThat(output).contains("collectiq.data-dir (COLLECTIQ_DATA_DIR) ('" + below + "') cannot be written (",
                "a directory the service may create and write");
    }

    @Test
    void aPortInUse(@TempDir Path dir) throws IOException {
        ServiceProcess service = ServiceProcess.local("port-in-use", dir).build();
        int port = URI.create(service.baseUrl()).getPort();
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(port));

            assertThatThrownBy(() -> service.start(STARTUP)).isInstanceOf(IllegalStateException.class);

            assertThat(service.logText()).contains("Web server failed to start. Port " + port + " was already in use.");
        } finally {
            service.close();
        }
    }

    private static String failedStart(ServiceProcess.Builder builder) {
        try (ServiceProcess service = builder.build()) {
            assertThatThrownBy(() -> service.start(STARTUP)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("exited with");
            return service.logText();
        }
    }
}
