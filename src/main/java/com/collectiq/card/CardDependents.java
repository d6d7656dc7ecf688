package com.collectiq.card;

/**
 * What another feature keeps about an owner's cards (price alerts, the collection's value history,
 * settings): {@link CardService} deletes it with the card and with the owner ({@code DELETE /me}), so
 * no feature's records outlive what they are about. Each implementation is idempotent.
 */
public interface CardDependents {

    /** Removes what is kept about one card; nothing when there is none. */
    default void deleteCard(String owner, String cardId) {
    }

    /** Removes everything kept about the owner. */
    void deleteOwner(String owner);
}
