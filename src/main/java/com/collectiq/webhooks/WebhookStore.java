package com.collectiq.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Users' webhooks and the deliveries in flight: the {@code webhooks} and {@code webhook_deliveries}
 * tables in {@code local} mode, items of the single table in {@code aws}.
 */
public interface WebhookStore {

    /** Registers or replaces the owner's webhook. */
    void put(Webhook webhook);

    Optional<Webhook> find(String owner);

    /** Forgets the owner's webhook and every delivery still in flight for it; true if there was a webhook. */
    boolean remove(String owner);

    /** Records a delivery; one with an id already recorded changes nothing. */
    void add(WebhookDelivery delivery);

    /** Up to {@code limit} deliveries due at {@code now}, oldest event first. */
    List<WebhookDelivery> due(Instant now, int limit);

    /**
     * Takes a due delivery for one attempt: hides it until {@code until} unless another pass took it
     * first (its next attempt is no longer the one read). True when this pass has it.
     */
    boolean claim(WebhookDelivery due, Instant until);

    /** Replaces a recorded delivery (after a failed attempt); a delivery no longer recorded stays gone. */
    void update(WebhookDelivery delivery);

    /** Forgets a delivery: taken by the receiver, or dead-lettered. Unknown ids are ignored. */
    void done(String deliveryId);
}
