package com.collectiq.vision;

import java.util.List;

/**
 * A card found in a photo that shows several.
 *
 * @param slot    0-based place in reading order: rows top to bottom, left to right within a row
 * @param corners the card's four corners in the upright full-resolution photo's pixels, clockwise from
 *                the card's top-left as it lies (a card upside down in its pocket has its printed
 *                bottom-right there)
 */
public record FoundCard(int slot, List<ImagePoint> corners) {

    public FoundCard {
        corners = List.copyOf(corners);
        if (slot < 0) {
            throw new IllegalArgumentException("a slot is 0 or more, not " + slot);
        }
        if (corners.size() != 4) {
            throw new IllegalArgumentException("a card has four corners, not " + corners.size());
        }
    }
}
