package com.collectiq.vision;

import java.util.List;

/**
 * Where the card is in the photo: its four corners in the upright full-size image, ordered top-left,
 * top-right, bottom-right, bottom-left of the card held in portrait. A card lying upside down is
 * indistinguishable from its outline alone, so "top" is the top as photographed.
 *
 * @param corners  four corners, clockwise from the card's top-left
 * @param support  share of the outline's length backed by an edge in the photo, 0..1 (the weakest side)
 * @param fullFrame true when no outline was found but the photo's own frame has a card's proportions,
 *                  so the photo is taken to be a tight crop of the card
 */
public record CardOutline(List<ImagePoint> corners, double support, boolean fullFrame) {

    public CardOutline {
        corners = List.copyOf(corners);
        if (corners.size() != 4) {
            throw new IllegalArgumentException("an outline has four corners, not " + corners.size());
        }
    }

    CardOutline scaled(double factor) {
        return new CardOutline(corners.stream().map(corner -> corner.scaled(factor)).toList(), support, fullFrame);
    }
}
