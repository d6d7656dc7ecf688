package com.collectiq.repricing;

import com.collectiq.card.Card;

/** A claimed reprice under way: the request and the card as it was claimed. */
public record RepriceRun(RepriceRequest request, Card card) {
}
