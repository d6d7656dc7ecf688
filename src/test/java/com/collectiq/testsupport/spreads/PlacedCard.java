package com.collectiq.testsupport.spreads;

import java.awt.geom.Point2D;
import java.util.List;

import com.collectiq.testsupport.eras.Finish;
import com.collectiq.testsupport.eras.PrintedCard;

/**
 * A card as it lies in a rendered page or spread.
 *
 * @param corners    where the card's printed top-left, top-right, bottom-right and bottom-left corners are in
 *                   the displayed photo (a card upside down has its printed top-left at the bottom right)
 * @param upsideDown the card lies with its printed top towards the photo's bottom
 * @param counts     the card is wholly in the frame and nothing covers it, so a finder must find it; a card
 *                   cut by the frame's edge or partly under another is a distractor, not to be found
 */
public record PlacedCard(PrintedCard card, Finish finish, List<Point2D.Double> corners, boolean upsideDown,
                         boolean counts) {

    public PlacedCard {
        corners = List.copyOf(corners);
    }
}
