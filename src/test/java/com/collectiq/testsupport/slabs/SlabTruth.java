package com.collectiq.testsupport.slabs;

import com.collectiq.testsupport.eras.GroundTruth;
import java.awt.geom.Point2D;
import java.util.List;

/**
 * What a slab photo shows, for scoring a reader against it. All corners are in the displayed photo
 * (after the EXIF orientation is applied), clockwise from the slab's top left as the label reads.
 *
 * @param card the card inside: its identity, the scene, and its corners
 * @param slabCorners the case's outside corners (the rounded corners' square hull)
 * @param labelCorners the label's corners
 * @param certGlare how much of the cert number blown-out glare hides
 * @param labelPxPerMm the label's resolution in the photo: its width in pixels over its width in mm
 * @param labelText every text printed on the label, in the order drawn
 * @param glare the reflections on the case, in the case's millimetres (see {@link SlabGeometry})
 */
public record SlabTruth(SlabLabel label, GroundTruth card, List<Point2D.Double> slabCorners,
                        List<Point2D.Double> labelCorners, CertGlare certGlare, double labelPxPerMm,
                        List<String> labelText, Glare glare) {

    public SlabTruth {
        slabCorners = List.copyOf(slabCorners);
        labelCorners = List.copyOf(labelCorners);
        labelText = List.copyOf(labelText);
    }

    /** The card's corners in the photo (the same as {@code card().corners()}). */
    public List<Point2D.Double> cardCorners() {
        return card.corners();
    }
}
