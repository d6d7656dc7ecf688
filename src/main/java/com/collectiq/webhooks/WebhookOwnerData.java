package com.collectiq.webhooks;

import org.springframework.stereotype.Component;

import com.collectiq.card.CardDependents;
import com.collectiq.recovery.DeadLetter;
import com.collectiq.recovery.DeadLetters;

/**
 * What {@code DELETE /me} removes of a user's webhook: the registration, the deliveries in flight
 * (so none leaves afterwards) and the deliveries that became dead letters.
 */
@Component
class WebhookOwnerData implements CardDependents {

    /** At most this many dead letters are searched for the user's webhook letters. */
    private static final int MAX_LETTERS_SEARCHED = 1000;

    private final WebhookStore store;
    private final DeadLetters deadLetters;

    WebhookOwnerData(WebhookStore store, DeadLetters deadLetters) {
        this.store = store;
        this.deadLetters = deadLetters;
    }

    @Override
    public void deleteOwner(String owner) {
        store.remove(owner);
        for (DeadLetter listed : deadLetters.list(MAX_LETTERS_SEARCHED)) {
            if (WebhookDispatcher.STAGE.equals(listed.stage()) && owner.equals(listed.owner())) {
                deadLetters.find(listed.id()).ifPresent(deadLetters::remove);
            }
        }
    }
}
