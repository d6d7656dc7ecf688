package com.collectiq.recovery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.AwsAnswers;
import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.ServiceProcess;
import com.collectiq.testsupport.Uploads;
import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The packaged jar killed ({@code kill -9}) at a seeded instant after each of six kinds of
 * acknowledged request, in both modes ({@link KillAnywhere} says what is checked). In {@code local}
 * mode the data directory outlives the process; in {@code aws} mode the stand-ins (S3Proxy,
 * ElasticMQ, dynalite, WireMock) do, and only the service dies. The suite's size is
 * {@value KillAnywhere#ROUNDS_PER_SEGMENT} kills per mode; the full run:
 *
 * <pre>mvn -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=KillAnywhereIT -Dkillanywhere.kills=204</pre>
 */
class KillAnywhereIT {

    private static final int KILLS = Integer.getInteger("killanywhere.kills", KillAnywhere.ROUNDS_PER_SEGMENT);
    private static final long SEED = Long.getLong("killanywhere.seed", 20261205L);

    @Test
    void localModeKeepsEveryAcknowledgedEffect(@TempDir Path dataDir) throws InterruptedException {
        new KillAnywhere(new KillAnywhere.World() {
            @Override
            public String mode() {
                return "local";
            }

            @Override
            public ServiceProcess.Builder service() {
                return ServiceProcess.local("kill-anywhere-local", dataDir);
            }

            @Override
            public String upload(ServiceProcess service, ApiClient user, byte[] photo) {
                return Uploads.upload(user, photo);
            }

            @Override
            public List<String> completedRunIds(ServiceProcess service, String cardId) {
                List<String> runIds = new ArrayList<>();
                for (JsonNode event : service.client("kill-anywhere-operator", true).get("/admin/events?limit=500").json()
                        .get("items")) {
                    JsonNode detail = ApiClient.json(event.get("detail").asText());
                    if (event.get("type").asText().equals("ValuationCompleted") && detail.path("cardId").asText().equals(cardId)) {
                        runIds.add(detail.get("runId").asText());
                    }
                }
                return runIds;
            }
        }, SEED, KILLS).run();
    }

    @Test
    void awsModeKeepsEveryAcknowledgedEffect() throws InterruptedException {
        AwsAnswers.rekognitionReadsCharizard(AwsMode.BUCKET);
        AwsAnswers.eventBridgeAcceptsEverything();
        new KillAnywhere(new KillAnywhere.World() {
            @Override
            public String mode() {
                return "aws";
            }

            @Override
            public ServiceProcess.Builder service() {
                return ServiceProcess.aws("kill-anywhere-" + UUID.randomUUID().toString().substring(0, 8));
            }

            /** The PUT to S3, then the "Object Created" event EventBridge puts on the work queue. */
            @Override
            public String upload(ServiceProcess service, ApiClient user, byte[] photo) {
                String key = Uploads.upload(user, photo);
                try (SqsClient sqs = SqsClient.create()) {
                    sqs.sendMessage(send -> send.queueUrl(service.property("collectiq.aws.work-queue-url"))
                            .messageBody(Uploads.eventBridgeObjectCreated(AwsMode.BUCKET, key, "etag-" + UUID.randomUUID())));
                }
                return key;
            }

            @Override
            public List<String> completedRunIds(ServiceProcess service, String cardId) {
                return AwsAnswers.publishedEvents().stream()
                        .filter(event -> event.type().equals("ValuationCompleted") && event.cardId().equals(cardId))
                        .map(event -> event.detail().get("runId").asText()).toList();
            }
        }, SEED, KILLS).run();
    }
}
