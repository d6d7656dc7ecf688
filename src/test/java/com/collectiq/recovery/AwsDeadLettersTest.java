package com.collectiq.recovery;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.AwsAnswers;
import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.Uploads;
import com.collectiq.testsupport.WireMockStandIn;
import com.collectiq.upload.PhotoKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Failures that outlast their retries in {@code aws} mode: the card ends FAILED with a dead letter on
 * the SQS dead-letter queue, and once the fault is gone an operator's re-drive values it, once. A
 * publishing outage during a valuation loses no event. Faults are WireMock stubs scoped to one photo
 * key or one owner, removed when the test is done with them.
 */
@AwsMode
class AwsDeadLettersTest extends ServiceTest {

    private static final WireMockServer WIREMOCK = WireMockStandIn.get().server();

    @Value("${collectiq.aws.work-queue-url}")
    String workQueueUrl;

    @Value("${collectiq.aws.dead-letter-queue-url}")
    String deadLetterQueueUrl;

    @Value("${collectiq.pipeline.retry.extraction.max-redeliveries:4}")
    int extractionRedeliveries;

    @BeforeAll
    static void rekognitionAndEventBridge() {
        AwsAnswers.rekognitionReadsCharizard(AwsMode.BUCKET);
        AwsAnswers.eventBridgeAcceptsEverything();
    }

    @Test
    void aStageFailingPastItsRetriesIsDeadLetteredAndARedriveValuesItOnce() throws Exception {
        ApiClient user = api(UUID.randomUUID().toString());
        String key = Uploads.upload(user, photo());
        StubMapping fault = WIREMOCK.stubFor(post(urlEqualTo("/")).atPriority(1)
                .withHeader("X-Amz-Target", equalTo(AwsAnswers.DETECT_TEXT)).withRequestBody(containing(PhotoKeys.derivedFolderOf(key)))
                .willReturn(AwsAnswers.amzError(500, "InternalServerError", "Rekognition is having a bad day")));
        String id = deliver(user, key);

        JsonNode failed = Uploads.awaitFinished(user, id, Duration.ofSeconds(120));
        assertThat(failed.get("status").asText()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.get("failure").get("stage").asText()).isEqualTo("extraction");
        int calls = WIREMOCK.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(AwsAnswers.DETECT_TEXT)).withRequestBody(containing(PhotoKeys.derivedFolderOf(key)))).size();
        System.out.printf("DetectText calls for a run that always failed: %d (%d Camel deliveries, each with the SDK's own"
                + " retries)%n", calls, 1 + extractionRedeliveries);
        assertThat(calls).isGreaterThanOrEqualTo(1 + extractionRedeliveries);

        JsonNode letter = awaitOneLetter(id);
        assertThat(letter.get("stage").asText()).isEqualTo("extraction");
        assertThat(letter.get("reason").asText()).isEqualTo(failed.get("failure").get("reason").asText());
        assertThat(letter.get("cause").asText()).contains("bad day");
        assertThat(letter.get("message").asText()).contains(id);

        WIREMOCK.removeStub(fault);
        ApiClient.Response redrive = admin("operator").post("/admin/dead-letters/" + letter.get("id").asText()
                + "/redrive", "");
        assertThat(redrive.status()).as(redrive.raw().body()).isEqualTo(202);

        JsonNode valued = Uploads.awaitFinished(user, id, Duration.ofSeconds(90));
        assertThat(valued.get("status").asText()).as(valued.toString()).isEqualTo("VALUED");
        assertThat(user.get("/cards/" + id + "/history").json().get("entries")).hasSize(1);
        List<String> completed = AwsAnswers.completedRunIds(id, Duration.ofSeconds(30));
        assertThat(completed).hasSize(1);
        assertThat(completed.get(0)).isNotEqualTo(letter.get("runId").asText());
        assertThat(desk().about(id)).as("the re-driven letter is gone").isEmpty();
    }

    @Test
    void aFailureThatCannotSucceedLaterIsNotRetried() throws Exception {
        ApiClient user = api(UUID.randomUUID().toString());
        String key = Uploads.upload(user, photo());
        StubMapping refusal = WIREMOCK.stubFor(post(urlEqualTo("/")).atPriority(1)
                .withHeader("X-Amz-Target", equalTo(AwsAnswers.DETECT_TEXT)).withRequestBody(containing(PhotoKeys.derivedFolderOf(key)))
                .willReturn(AwsAnswers.amzError(400, "InvalidImageFormatException", "Request has invalid image format")));
        try {
            String id = deliver(user, key);

            JsonNode failed = Uploads.awaitFinished(user, id, Duration.ofSeconds(60));
            assertThat(failed.get("status").asText()).as(failed.toString()).isEqualTo("FAILED");
            assertThat(failed.get("failure").get("stage").asText()).isEqualTo("extraction");
            assertThat(awaitOneLetter(id).get("cause").asText()).contains("invalid image format");
            assertThat(WIREMOCK.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target",
                    equalTo(AwsAnswers.DETECT_TEXT)).withRequestBody(containing(PhotoKeys.derivedFolderOf(key))))).as("DetectText calls").hasSize(1);
        } finally {
            WIREMOCK.removeStub(refusal);
        }
    }

    @Test
    void eventsOfAValuationMadeWhilePublishingIsDownArriveOnceItIsBack() throws Exception {
        String owner = UUID.randomUUID().toString();
        StubMapping outage = WIREMOCK.stubFor(post(urlEqualTo("/")).atPriority(1)
                .withHeader("X-Amz-Target", equalTo(AwsAnswers.PUT_EVENTS)).withRequestBody(containing(owner))
                .willReturn(AwsAnswers.amzError(500, "InternalException", "EventBridge is down")));
        ApiClient user = api(owner);
        String id = deliver(user, Uploads.upload(user, photo()));

        JsonNode card = Uploads.awaitFinished(user, id, Duration.ofSeconds(90));
        assertThat(card.get("status").asText()).as(card.toString()).isEqualTo("VALUED");
        Thread.sleep(6_000); // at least one relay pass fails meanwhile
        assertThat(AwsAnswers.publishedEvents().stream().filter(e -> e.cardId().equals(id))).isEmpty();

        WIREMOCK.removeStub(outage);
        assertThat(AwsAnswers.completedRunIds(id, Duration.ofSeconds(60))).hasSize(1);
        Thread.sleep(6_000); // a later relay pass sends nothing again
        assertThat(AwsAnswers.publishedEvents().stream()
                .filter(e -> e.cardId().equals(id) && e.type().equals("ValuationCompleted"))).hasSize(1);
    }

    @Test
    void aMessageTheQueuesRedrivePolicyMovedIsListedAndRedrivenToTheWorkQueue() throws Exception {
        ApiClient user = api(UUID.randomUUID().toString());
        String key = Uploads.upload(user, photo());
        String event = Uploads.eventBridgeObjectCreated(AwsMode.BUCKET, key, "etag-" + UUID.randomUUID());
        try (SqsClient sqs = SqsClient.create()) {
            // a work queue whose consumers crash: every receive ends without a delete, so after
            // maxReceiveCount receives SQS moves the message to the service's dead-letter queue
            String deadLetterArn = sqs.getQueueAttributes(b -> b.queueUrl(deadLetterQueueUrl)
                    .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
            String crashing = sqs.createQueue(b -> b.queueName("crashing-" + UUID.randomUUID().toString().substring(0, 8))
                    .attributes(Map.of(QueueAttributeName.REDRIVE_POLICY,
                            "{\"maxReceiveCount\":\"2\",\"deadLetterTargetArn\":\"" + deadLetterArn + "\"}"))).queueUrl();
            sqs.sendMessage(b -> b.queueUrl(crashing).messageBody(event));
            for (int receive = 0; receive < 3; receive++) {
                sqs.receiveMessage(b -> b.queueUrl(crashing).visibilityTimeout(0).waitTimeSeconds(1));
            }
        }

        JsonNode letter = desk().await(l -> l.path("message").asText().equals(event));
        assertThat(letter.get("stage").asText()).isEqualTo(DeadLetter.QUEUE_REDRIVE_POLICY);
        assertThat(letter.get("reason").asText()).contains("redrive policy");
        assertThat(letter.get("receiveCount").asInt()).isGreaterThanOrEqualTo(2);

        ApiClient.Response redrive = admin("operator").post("/admin/dead-letters/" + letter.get("id").asText()
                + "/redrive", "");
        assertThat(redrive.status()).as(redrive.raw().body()).isEqualTo(202);
        String id = Uploads.awaitCardFor(user, key);
        assertThat(Uploads.awaitFinished(user, id, Duration.ofSeconds(90)).get("status").asText()).isEqualTo("VALUED");
        assertThat(desk().matching(l -> l.path("message").asText().equals(event))).isEmpty();
    }

    private String deliver(ApiClient user, String key) throws InterruptedException {
        try (SqsClient sqs = SqsClient.create()) {
            sqs.sendMessage(b -> b.queueUrl(workQueueUrl)
                    .messageBody(Uploads.eventBridgeObjectCreated(AwsMode.BUCKET, key, "etag-" + UUID.randomUUID())));
        }
        return Uploads.awaitCardFor(user, key);
    }


    private JsonNode awaitOneLetter(String cardId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        List<JsonNode> letters = List.of();
        while (letters.isEmpty() && Instant.now().isBefore(deadline)) {
            letters = desk().about(cardId);
            Thread.sleep(200);
        }
        assertThat(letters).as("dead letters of card " + cardId).hasSize(1);
        return letters.get(0);
    }

    private DeadLetterDesk desk() {
        return new DeadLetterDesk(admin("operator"));
    }

    private static byte[] photo() {
        return CardRenderer.builder().frame(2000, 1500).cardShare(0.45).render().jpeg(0.9f);
    }
}
