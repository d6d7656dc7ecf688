package com.collectiq.webhooks;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import com.collectiq.auth.Callers;
import com.collectiq.platform.web.ApiJson;
import com.collectiq.platform.web.ApiProblem;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code /me/webhook} ({@code routes/cards-api.yaml}): a user registers, reads and removes the
 * webhook their events are POSTed to. The URL is checked as every delivery checks it, so a URL
 * that could never be delivered to is a 400 now rather than a dead letter later. The secret is
 * never returned.
 */
@Component("webhookApi")
public class WebhookApi {

    /** {@code PUT /me/webhook}. */
    public record Registration(
            @NotNull @Size(max = WebhookTargets.MAX_URL_LENGTH) String url,
            @NotNull @Size(min = 16, max = 256) @Pattern(regexp = "[^\\p{Cntrl}]*") String secret) {

        @Override
        public String toString() {
            return "Registration[url=" + url + "]";
        }
    }

    /** What {@code GET /me/webhook} shows: never the secret. */
    public record View(String url, Instant createdAt, String signature) {

        static View of(Webhook webhook) {
            return new View(webhook.url().toString(), webhook.createdAt(), "HMAC-SHA256 in " + WebhookSignature.HEADER);
        }
    }

    private final WebhookStore store;
    private final WebhookTargets targets;
    private final ApiJson json;
    private final Clock clock;

    public WebhookApi(WebhookStore store, WebhookTargets targets, ApiJson json, Clock clock) {
        this.store = store;
        this.targets = targets;
        this.json = json;
        this.clock = clock;
    }

    public void put(Exchange exchange) {
        Registration registration = json.readBody(exchange, Registration.class);
        Webhook webhook;
        try {
            URI url = WebhookTargets.parse(registration.url());
            targets.check(url);
            webhook = new Webhook(owner(exchange), url, registration.secret(), clock.instant());
        } catch (RefusedWebhookUrl refused) {
            throw ApiProblem.badRequest(refused.getMessage());
        }
        store.put(webhook);
        json.reply(exchange, 200, View.of(webhook));
    }

    public void get(Exchange exchange) {
        Webhook webhook = store.find(owner(exchange))
                .orElseThrow(() -> ApiProblem.notFound("No webhook is registered: PUT /me/webhook registers one."));
        json.reply(exchange, 200, View.of(webhook));
    }

    /** {@code DELETE /me/webhook}: 204 whether or not there was one, as a repeated delete. */
    public void delete(Exchange exchange) {
        store.remove(owner(exchange));
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 204);
        exchange.getMessage().setBody(null);
    }

    private static String owner(Exchange exchange) {
        return Callers.of(exchange).sub();
    }
}
