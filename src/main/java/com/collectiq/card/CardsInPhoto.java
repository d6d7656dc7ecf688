package com.collectiq.card;

import java.util.List;

/**
 * Finds the cards a stored photo shows and cuts each out: the port between the card rules and vision
 * (implemented in {@code multicard}). A photo of one card (or of none) has no slots and is valued
 * whole, as every photo was before binder pages and table spreads.
 */
public interface CardsInPhoto {

    /**
     * The slots of the front at {@code photoKey} when it shows two or more cards, in reading order,
     * each card's crop stored under its {@link PhotoSlot#cropKey()} (written once); empty for a photo
     * of one card or none, or one that cannot be read (its own run says why).
     */
    List<PhotoSlot> cut(String photoKey);
}
