package com.collectiq.webhooks.store;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import com.collectiq.webhooks.Webhook;
import com.collectiq.webhooks.WebhookDelivery;
import com.collectiq.webhooks.WebhookStore;

/** {@code local} mode's webhooks: the {@code webhooks} and {@code webhook_deliveries} tables of the H2 database. */
@Repository
@Profile("!aws")
class JdbcWebhookStore implements WebhookStore {

    private static final RowMapper<Webhook> WEBHOOK = (row, n) -> new Webhook(row.getString("owner"),
            URI.create(row.getString("url")), row.getString("secret"), instant(row.getObject("created_at", OffsetDateTime.class)));
    private static final RowMapper<WebhookDelivery> DELIVERY = (row, n) -> new WebhookDelivery(row.getString("id"),
            row.getString("owner"), row.getString("event_type"), row.getString("payload"),
            instant(row.getObject("created_at", OffsetDateTime.class)), row.getInt("attempts"),
            instant(row.getObject("next_attempt_at", OffsetDateTime.class)), row.getString("last_error"));

    private final JdbcTemplate jdbc;

    JdbcWebhookStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(Webhook webhook) {
        jdbc.update("MERGE INTO webhooks (owner, url, secret, created_at) KEY (owner) VALUES (?, ?, ?, ?)",
                webhook.owner(), webhook.url().toString(), webhook.secret(), utc(webhook.createdAt()));
    }

    @Override
    public Optional<Webhook> find(String owner) {
        return jdbc.query("SELECT * FROM webhooks WHERE owner = ?", WEBHOOK, owner).stream().findFirst();
    }

    @Override
    public boolean remove(String owner) {
        // deliveries first: a crash in between leaves a webhook whose deliveries a repeat removes
        jdbc.update("DELETE FROM webhook_deliveries WHERE owner = ?", owner);
        return jdbc.update("DELETE FROM webhooks WHERE owner = ?", owner) == 1;
    }

    @Override
    public void add(WebhookDelivery delivery) {
        try {
            jdbc.update("INSERT INTO webhook_deliveries (id, owner, event_type, payload, created_at, attempts,"
                    + " next_attempt_at, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", delivery.id(), delivery.owner(),
                    delivery.eventType(), delivery.payload(), utc(delivery.createdAt()), delivery.attempts(),
                    utc(delivery.nextAttemptAt()), delivery.lastError());
        } catch (DuplicateKeyException alreadyRecorded) {
            // the relay recorded this event before and crashed before the outbox forgot it: one delivery
        }
    }

    @Override
    public List<WebhookDelivery> due(Instant now, int limit) {
        return jdbc.query("SELECT * FROM webhook_deliveries WHERE next_attempt_at <= ? ORDER BY id LIMIT ?",
                DELIVERY, utc(now), limit);
    }

    @Override
    public boolean claim(WebhookDelivery due, Instant until) {
        return jdbc.update("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ? AND next_attempt_at = ?",
                utc(until), due.id(), utc(due.nextAttemptAt())) == 1;
    }

    @Override
    public void update(WebhookDelivery delivery) {
        jdbc.update("UPDATE webhook_deliveries SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                delivery.attempts(), utc(delivery.nextAttemptAt()), delivery.lastError(), delivery.id());
    }

    @Override
    public void done(String deliveryId) {
        jdbc.update("DELETE FROM webhook_deliveries WHERE id = ?", deliveryId);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time.toInstant();
    }
}
