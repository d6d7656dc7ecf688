package com.collectiq.testsupport.eras;

import java.awt.geom.Point2D;
import java.util.List;

/**
 * What a photo shows, for scoring a reader against it.
 *
 * @param name the catalog's name; printedName what the card prints (no bracketed disambiguation)
 * @param number the collector number as the data holds it ("4", "063", "TG01")
 * @param printedNumber the number as the card prints it ("4/102", "G SVI EN 063/198")
 * @param corners the card's corners in the displayed photo, clockwise from the printed top left
 */
public record GroundTruth(String catalogId, String setId, String name, String printedName, String number, int printedTotal,
                          String printedNumber, Era era, Finish finish, Scene scene, List<Point2D.Double> corners) {

    public GroundTruth {
        corners = List.copyOf(corners);
    }
}
