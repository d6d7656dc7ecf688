package com.collectiq.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /healthz} and readiness in the default mode, with no configuration but a data dir. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthzLocalModeTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("collectiq.data-dir", dataDir::toString);
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    ApplicationContext context;

    @Test
    void readyServiceAnswersOkWithATimestamp() {
        ResponseEntity<JsonNode> response = http.getForEntity("/healthz", JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(response.getBody().get("status").asText()).isEqualTo("ok");
        assertThat(Instant.parse(response.getBody().get("timestamp").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(http.getForEntity("/actuator/health/readiness", JsonNode.class).getBody().get("status").asText())
                .isEqualTo("UP");
    }

    @Test
    void drainingServiceAnswers503Unavailable() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            ResponseEntity<JsonNode> response = http.getForEntity("/healthz", JsonNode.class);
            assertThat(response.getStatusCode().value()).isEqualTo(503);
            assertThat(response.getBody().get("status").asText()).isEqualTo("unavailable");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(http.getForEntity("/healthz", JsonNode.class).getStatusCode().value()).isEqualTo(200);
    }
}
