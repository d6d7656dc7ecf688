package com.collectiq.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.http.ResponseEntity;

import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.AwsStandIns;
import com.collectiq.testsupport.CognitoStandIn;
import com.collectiq.testsupport.OwnAwsQueues;
import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** In {@code aws} mode readiness and {@code /healthz} follow DynamoDB's reachability. */
@AwsStandIns
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.profiles.active=aws", "collectiq.aws.table-name=" + HealthzAwsModeTest.TABLE,
    "collectiq.aws.uploads-bucket=healthz-photos",
    "collectiq.signing-secret=healthz-test-signing-secret-0123456789",
    "collectiq.aws.event-bus-name=" + AwsMode.EVENT_BUS,
    "collectiq.auth.client-ids=" + CognitoStandIn.CLIENT_ID})
// queues, bus and table of its own, so its consumers take no other test's work; closed after it
@ContextConfiguration(initializers = HealthzAwsModeTest.OwnQueues.class)
@DirtiesContext
class HealthzAwsModeTest {

    static final String TABLE = "healthz-probe";

    static class OwnQueues extends OwnAwsQueues {
        @Override
        protected String prefix() {
            return "healthz";
        }
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    DynamoDbClient dynamo;

    @Test
    void healthzTurnsWithTheCardStore() {
        dynamo.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
        assertThat(statusOf("/healthz")).isEqualTo(200);
        assertThat(statusOf("/actuator/health/readiness")).isEqualTo(200);

        dynamo.deleteTable(b -> b.tableName(TABLE));
        ResponseEntity<JsonNode> down = http.getForEntity("/healthz", JsonNode.class);
        assertThat(down.getStatusCode().value()).isEqualTo(503);
        assertThat(down.getBody().get("status").asText()).isEqualTo("unavailable");
        assertThat(statusOf("/actuator/health/readiness")).isEqualTo(503);
    }

    private int statusOf(String path) {
        return http.getForEntity(path + "?n=" + UUID.randomUUID(), JsonNode.class).getStatusCode().value();
    }
}
