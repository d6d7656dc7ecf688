package com.collectiq.platform.secrets;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * {@code aws} mode: secrets from AWS Secrets Manager ({@code GetSecretValue}, the task role's
 * credentials). Each secret id is read at most once per refresh interval, however many secrets
 * name fields of it; when a read fails the last value read is kept, so a Secrets Manager hiccup
 * does not switch a source off.
 */
@Component
@Profile("aws")
public class SecretsManagerSecrets implements Secrets {

    private static final Logger log = LoggerFactory.getLogger(SecretsManagerSecrets.class);

    private record Cached(Secret.Read read, Instant readAt) {
    }

    private final SecretsManagerClient secretsManager;
    private final SecretsProperties properties;
    private final Clock clock;
    private final ObjectMapper json;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public SecretsManagerSecrets(SecretsManagerClient secretsManager, SecretsProperties properties, Clock clock,
            ObjectMapper json) {
        this.secretsManager = secretsManager;
        this.properties = properties;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public Secret secret(String description, String plainValue, String secretId) {
        return new Secret(description) {
            @Override
            protected Read read() {
                if (secretId == null || secretId.isBlank()) {
                    return Read.missing("no Secrets Manager secret configured");
                }
                int hash = secretId.indexOf('#');
                String id = hash < 0 ? secretId : secretId.substring(0, hash);
                Read whole = current(id);
                return hash < 0 || whole.value().isEmpty() ? whole : field(whole.value().get(),
                        secretId.substring(hash + 1), id);
            }
        };
    }

    private Secret.Read current(String id) {
        Instant now = clock.instant();
        return cache.compute(id, (key, cached) -> cached != null
                && cached.readAt().plus(properties.refreshInterval()).isAfter(now) ? cached : fetch(key, cached, now))
                .read();
    }

    private Cached fetch(String id, Cached previous, Instant now) {
        try {
            return new Cached(Secret.Read.of(secretsManager.getSecretValue(b -> b.secretId(id)).secretString()), now);
        } catch (ResourceNotFoundException missing) {
            return new Cached(Secret.Read.missing("Secrets Manager has no secret " + id), now);
        } catch (SdkException failed) {
            log.warn("Secrets Manager secret {} not read ({}); {}", id, failed.getClass().getSimpleName(),
                    previous == null ? "no earlier value" : "keeping the earlier value");
            // retried on the next use rather than after a whole refresh interval
            return previous == null ? new Cached(Secret.Read.missing("Secrets Manager unreadable"), Instant.MIN)
                    : new Cached(previous.read(), Instant.MIN);
        }
    }

    private Secret.Read field(String secretString, String field, String id) {
        try {
            JsonNode value = json.readTree(secretString).get(field);
            return value != null && value.isTextual() ? Secret.Read.of(value.asText())
                    : Secret.Read.missing("secret " + id + " has no text field " + field);
        } catch (JsonProcessingException notJson) {
            return Secret.Read.missing("secret " + id + " is not a JSON object with the field " + field);
        }
    }
}
