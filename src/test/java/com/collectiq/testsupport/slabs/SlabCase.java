package com.collectiq.testsupport.slabs;

import com.collectiq.testsupport.eras.CardFace;
import com.collectiq.testsupport.eras.Finish;
import com.collectiq.testsupport.eras.GroundTruth;
import com.collectiq.testsupport.eras.Homography;
import com.collectiq.testsupport.eras.Photo;
import com.collectiq.testsupport.eras.Photographer;
import com.collectiq.testsupport.eras.PrintedCard;
import com.collectiq.testsupport.eras.Scene;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One slab photo to take: which card, graded how, in which scene, with which raw card beside it.
 * Cheap to hold; {@link #render()} does the drawing.
 */
public record SlabCase(SlabLabel label, PrintedCard card, Finish finish, Scene scene, Optional<PrintedCard> neighbour) {

    private static final long LIGHT_SALT = 0x9E3779B97F4A7C15L;
    private static final long SHADOW_SALT = 0xC2B2AE3D27D4EB4FL;

    public SlabPhoto render() {
        long faceSeed = scene.seed() ^ 0x5DEECE66DL;
        SlabGeometry geometry = SlabGeometry.of(label.grader());
        Glare glare = glare();
        CaseOverlay overlay = new CaseOverlay(geometry, glare, CaseOverlay.Shadow.sample(new Random(scene.seed() ^ SHADOW_SALT)));
        AtomicReference<List<String>> printed = new AtomicReference<>(List.of());
        Photographer.FaceDrawing slab = pxPerMm -> {
            SlabFace.Drawing drawing = SlabFace.draw(label, card, finish, pxPerMm, faceSeed);
            printed.set(drawing.labelText());
            return drawing.image();
        };
        Photographer.FaceDrawing neighbourFace = neighbour
                .<Photographer.FaceDrawing>map(other -> pxPerMm -> CardFace.draw(other, Finish.of(other), pxPerMm, faceSeed + 1))
                .orElse(null);
        Photo photo = Photographer.shoot(slab, geometry.width(), geometry.height(), neighbourFace, scene, overlay);
        Homography toPhoto = Homography.mapping(List.of(new Point2D.Double(0, 0), new Point2D.Double(geometry.width(), 0),
                new Point2D.Double(geometry.width(), geometry.height()), new Point2D.Double(0, geometry.height())), photo.corners());
        List<Point2D.Double> labelCorners = corners(geometry.label(), toPhoto);
        List<Point2D.Double> cardCorners = corners(geometry.card(), toPhoto);
        GroundTruth truth = new GroundTruth(card.catalogId(), card.set().id(), card.name(), card.printedName(), card.number(),
                card.set().printedTotal(), CardFace.printedNumber(card), card.era(), finish, scene, cardCorners);
        double labelPx = (labelCorners.get(0).distance(labelCorners.get(1)) + labelCorners.get(3).distance(labelCorners.get(2))) / 2;
        return new SlabPhoto(photo.jpeg(), new SlabTruth(label, truth, photo.corners(), labelCorners,
                glare.over(SlabFace.certBox(label)), labelPx / geometry.label().getWidth(), printed.get(), glare));
    }

    /** The reflections this photo will have on the case, in the case's millimetres (cheap: nothing is drawn). */
    public Glare glare() {
        return Glare.sample(SlabGeometry.of(label.grader()), SlabFace.certBox(label), new Random(scene.seed() ^ LIGHT_SALT));
    }

    /** The same slab in another scene; the glare and the shadow follow the scene's seed, so they change with it. */
    public SlabCase withScene(Scene other) {
        return new SlabCase(label, card, finish, other, neighbour);
    }

    private static List<Point2D.Double> corners(Rectangle2D box, Homography toPhoto) {
        return List.of(toPhoto.apply(box.getX(), box.getY()), toPhoto.apply(box.getMaxX(), box.getY()),
                toPhoto.apply(box.getMaxX(), box.getMaxY()), toPhoto.apply(box.getX(), box.getMaxY()));
    }
}
