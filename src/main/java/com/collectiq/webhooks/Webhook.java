package com.collectiq.webhooks;

import java.net.URI;
import java.time.Instant;

/**
 * A user's webhook: where their events are POSTed and the secret their signatures are made with.
 * The secret is the receiver's as much as ours: it never leaves the service again (no API, log or event shows it).
 */
public record Webhook(String owner, URI url, String secret, Instant createdAt) {

    @Override
    public String toString() {
        return "Webhook[owner=" + owner + ", url=" + url + ", createdAt=" + createdAt + "]";
    }
}
