package com.collectiq.platform.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import com.collectiq.testsupport.AwsStandIns;
import com.collectiq.testsupport.WireMockStandIn;

import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Each stand-in answers a real round trip through an SDK v2 client built the way the service
 * builds its own (no endpoint in code: the SDK's standard settings point it at the stand-in).
 */
@AwsStandIns
class StandInRoundTripTest {

    private final AwsClientsConfiguration clients = new AwsClientsConfiguration();
    private final AwsProperties pathStyle = new AwsProperties("t", "b", null, null, null, true, false);

    @Test
    void s3ProxyStoresAnObjectAndAcceptsAPresignedPutFromAPlainHttpClient() throws Exception {
        String bucket = "roundtrip-" + UUID.randomUUID();
        try (S3Client s3 = clients.s3Client(pathStyle); S3Presigner presigner = clients.s3Presigner(pathStyle)) {
            s3.createBucket(b -> b.bucket(bucket));
            // S3Proxy refuses the signature of a content type with parameters ("; charset=..."), which
            // RequestBody.fromString sets; the service only ever stores image types
            s3.putObject(b -> b.bucket(bucket).key("hello.txt").contentType("text/plain"),
                    RequestBody.fromBytes("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("hello.txt")).asUtf8String()).isEqualTo("hello");

            PresignedPutObjectRequest presigned = presigner.presignPutObject(p -> p
                    .signatureDuration(Duration.ofMinutes(5))
                    .putObjectRequest(o -> o.bucket(bucket).key("photo.png").contentType("image/png")));
            HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(presigned.url().toURI())
                    .header("Content-Type", "image/png")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3}))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(put.statusCode()).isEqualTo(200);
            assertThat(s3.headObject(b -> b.bucket(bucket).key("photo.png")).contentLength()).isEqualTo(3L);
        }
    }

    @Test
    void elasticMqDeliversWhatWasSent() {
        try (SqsClient sqs = clients.sqsClient(new StaticListableBeanFactory().getBeanProvider(ExecutionInterceptor.class))) {
            String queueUrl = sqs.createQueue(b -> b.queueName("roundtrip-" + UUID.randomUUID())).queueUrl();
            sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody("{\"hello\":1}"));
            Message received = sqs.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(2)).messages().get(0);
            assertThat(received.body()).isEqualTo("{\"hello\":1}");
        }
    }

    @Test
    void dynaliteKeepsAnItem() {
        String table = "roundtrip-" + UUID.randomUUID();
        try (DynamoDbClient dynamo = clients.dynamoDbClient()) {
            dynamo.createTable(b -> b.tableName(table)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
            // dynalite turns a new table ACTIVE a moment after answering, as DynamoDB does: a write
            // before that finds no table
            try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(dynamo)
                    .overrideConfiguration(o -> o.backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(20)))
                            .maxAttempts(250))
                    .build()) {
                waiter.waitUntilTableExists(b -> b.tableName(table));
            }
            dynamo.putItem(b -> b.tableName(table).item(Map.of(
                    "pk", AttributeValue.fromS("card-1"), "name", AttributeValue.fromS("Charizard"))));
            Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                    .key(Map.of("pk", AttributeValue.fromS("card-1")))).item();
            assertThat(item.get("name").s()).isEqualTo("Charizard");
        }
    }

    @Test
    void wireMockAnswersInTheSecretsManagerShape() {
        WireMockStandIn wireMock = WireMockStandIn.get();
        wireMock.server().stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                .willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"ARN\":\"arn:aws:secretsmanager:us-east-1:1:secret:pricing\","
                                + "\"Name\":\"pricing\",\"SecretString\":\"{\\\"key\\\":\\\"abc\\\"}\"}")));
        try (SecretsManagerClient secrets = SecretsManagerClient.create()) {
            String value = secrets.getSecretValue(b -> b.secretId("pricing")).secretString();
            assertThat(value).isEqualTo("{\"key\":\"abc\"}");
        }
        wireMock.server().verify(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue")));
    }
}
