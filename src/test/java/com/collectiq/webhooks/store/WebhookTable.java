package com.collectiq.webhooks.store;

import org.springframework.jdbc.core.JdbcTemplate;

import com.collectiq.webhooks.WebhookStore;

/** {@code local} mode's webhook tables, for tests of the deliveries. */
public final class WebhookTable {

    private WebhookTable() {
    }

    public static WebhookStore open(JdbcTemplate jdbc) {
        return new JdbcWebhookStore(jdbc);
    }
}
