package com.collectiq.card;

/** Where a card is in its life: queued, being valued, valued, or failed with a reason. */
public enum CardStatus {
    PENDING, PROCESSING, VALUED, FAILED
}
