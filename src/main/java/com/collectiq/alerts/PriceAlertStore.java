package com.collectiq.alerts;

import java.util.List;
import java.util.Optional;

import com.collectiq.card.CardDependents;

/**
 * The price alerts port: H2 in {@code local}, the single DynamoDB table in {@code aws}, both held to
 * one contract suite. Alerts go with their card and with their owner ({@link CardDependents}).
 */
public interface PriceAlertStore extends CardDependents {

    /** Adds the alert unless the owner already has {@code max} alerts; false (nothing written) then. */
    boolean add(PriceAlert alert, int max);

    /** The owner's alerts, oldest first. */
    List<PriceAlert> list(String owner);

    /** The owner's alerts on one card, oldest first. */
    List<PriceAlert> ofCard(String owner, String cardId);

    Optional<PriceAlert> get(String owner, String id);

    /** Writes the alert's new state (armed, last triggered); nothing when it was deleted meanwhile. */
    void update(PriceAlert alert);

    /** False when there was no such alert of the owner's. */
    boolean delete(String owner, String id);
}
