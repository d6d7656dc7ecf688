package com.collectiq.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A test of the whole service over HTTP. The concrete class picks the mode with {@link LocalMode}
 * or {@link AwsMode}; users get tokens the way that mode's users do.
 */
public abstract class ServiceTest {

    @LocalServerPort
    protected int port;

    @Autowired
    private Environment environment;

    protected ApiClient api(String sub) {
        return new ApiClient(baseUrl(), tokenFor(sub, false));
    }

    protected ApiClient admin(String sub) {
        return new ApiClient(baseUrl(), tokenFor(sub, true));
    }

    protected ApiClient anonymous() {
        return new ApiClient(baseUrl(), null);
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    protected boolean awsMode() {
        return environment.acceptsProfiles(Profiles.of("aws"));
    }

    /** A Cognito-shaped access token in {@code aws}, one from {@code POST /local/token} otherwise. */
    protected String tokenFor(String sub, boolean admin) {
        return ApiClient.tokenFor(baseUrl(), awsMode(), sub, admin);
    }

    /** The card's events of one type in the local event log ({@code GET /admin/events}), oldest first. */
    protected List<JsonNode> eventsOf(String cardId, String type) {
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode event : admin("operator").get("/admin/events?limit=500").json().get("items")) {
            if (event.get("type").asText().equals(type) && event.get("detail").asText().contains(cardId)) {
                events.add(event);
            }
        }
        return events;
    }

    /** Waits for the card's first event of one type in the local event log. */
    protected JsonNode awaitEvent(String cardId, String type, Duration timeout) throws InterruptedException {
        ApiClient operator = admin("operator-" + UUID.randomUUID().toString().substring(0, 8));
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode event : operator.get("/admin/events?limit=500").json().get("items")) {
                if (event.get("type").asText().equals(type) && event.get("detail").asText().contains(cardId)) {
                    return event;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + type + " event for card " + cardId + " within " + timeout);
    }
}
