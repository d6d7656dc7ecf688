package com.collectiq.pricing.sources;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.collectiq.pricing.SourceCalls;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * eBay's application access token (OAuth client credentials grant, {@code POST
 * /identity/v1/oauth2/token}), kept until shortly before it expires and shared by every search.
 * A token eBay refuses (401) is dropped, so the next search gets a fresh one.
 */
final class EbayAppToken {

    /** Renewed this long before eBay's expiry, so no search goes out with a token about to lapse. */
    static final Duration MARGIN = Duration.ofMinutes(1);

    private record Token(String value, Instant expiresAt) {
    }

    private final RestClient http;
    private final String scope;
    private final Clock clock;
    private Token token;

    EbayAppToken(RestClient http, String scope, Clock clock) {
        this.http = http;
        this.scope = scope;
        this.clock = clock;
    }

    /** A token valid now, asking eBay for one when there is none or it is about to expire. */
    synchronized String current(String clientId, String clientSecret) {
        Instant now = clock.instant();
        if (token == null || !token.expiresAt().isAfter(now.plus(MARGIN))) {
            token = fetch(clientId, clientSecret, now);
        }
        return token.value();
    }

    /** Forgets {@code refused} (not a newer token another search already fetched). */
    synchronized void refused(String refused) {
        if (token != null && token.value().equals(refused)) {
            token = null;
        }
    }

    private Token fetch(String clientId, String clientSecret, Instant now) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("scope", scope);
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
        JsonNode answer = http.post().uri("/identity/v1/oauth2/token")
                .header("Authorization", "Basic " + basic)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).retrieve().body(JsonNode.class);
        if (answer == null || !answer.path("access_token").isTextual() || !answer.path("expires_in").canConvertToLong()) {
            throw new SourceCalls.Failed("unreadable OAuth token answer");
        }
        return new Token(answer.get("access_token").asText(), now.plusSeconds(answer.get("expires_in").asLong()));
    }
}
