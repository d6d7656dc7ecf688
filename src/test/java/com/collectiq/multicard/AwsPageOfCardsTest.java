package com.collectiq.multicard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Value;

import com.collectiq.testsupport.AwsAnswers;
import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.Uploads;
import com.collectiq.testsupport.spreads.PlacedCard;
import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The page in {@code aws} mode against the stand-ins: S3Proxy holds the page and its crops, the
 * photo's event reaches the SQS work queue as EventBridge delivers it, and Rekognition (WireMock)
 * reads each crop from S3 by its own key.
 */
@AwsMode
class AwsPageOfCardsTest extends PageOfCardsContract {

    @Value("${collectiq.aws.work-queue-url}")
    String workQueueUrl;

    @BeforeAll
    static void rekognitionAndEventBridge() {
        AwsAnswers.rekognitionReadsCharizard(AwsMode.BUCKET);
        AwsAnswers.eventBridgeAcceptsEverything();
    }

    @Override
    protected void deliverObjectCreated(String key, String etag) {
        try (SqsClient sqs = SqsClient.create()) {
            sqs.sendMessage(b -> b.queueUrl(workQueueUrl).messageBody(Uploads.eventBridgeObjectCreated(AwsMode.BUCKET, key, etag)));
        }
    }

    @Override
    protected void checkIdentities(List<JsonNode> cards, List<PlacedCard> truth) {
        // the stand-in reads the same text off any image in the bucket: what counts is that each crop was read
        assertThat(cards).allSatisfy(card -> assertThat(card.path("identity").path("name").asText())
                .isEqualTo("Charizard"));
        assertThat(truth).hasSize(cards.size());
    }
}
