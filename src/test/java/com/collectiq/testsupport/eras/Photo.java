package com.collectiq.testsupport.eras;

import java.awt.geom.Point2D;
import java.util.List;

/**
 * A photo as a phone writes it.
 *
 * @param jpeg the file's bytes (EXIF Orientation tag included when the pixels are stored turned)
 * @param width the width as displayed, after the EXIF orientation is applied
 * @param corners where the card's printed top-left, top-right, bottom-right and bottom-left corners
 *     are in the displayed photo; empty for a photo without a card
 */
public record Photo(byte[] jpeg, int width, int height, List<Point2D.Double> corners) {

    public Photo {
        corners = List.copyOf(corners);
    }
}
