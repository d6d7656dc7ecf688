package com.collectiq.card;

/**
 * Where a card sits in a photo that shows several (a binder page, a spread of cards on a table):
 * its {@code index}, 0-based in reading order, and {@code cropKey}, the card cut out of the photo
 * (under the photo's {@code derived/} folder), which its runs read and its image route serves.
 * A card without a slot is the whole photo's card, as every card was before photos of several.
 * Together with the photo key the index is the card's idempotency key: a redelivered event or a
 * re-run finds the slot's card instead of making another.
 */
public record PhotoSlot(int index, String cropKey) {

    /** Pages hold 9 cards, table spreads up to 12; the bound keeps a slot's store key short. */
    public static final int MAX_INDEX = 99;

    public PhotoSlot {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("slot index out of 0.." + MAX_INDEX + ": " + index);
        }
        if (cropKey == null || cropKey.isBlank()) {
            throw new IllegalArgumentException("a slot's card has its own crop");
        }
    }

    /** The slot index of a card, or 0 for the whole photo's card. */
    public static int indexOf(Card card) {
        return card.slot() == null ? 0 : card.slot().index();
    }
}
