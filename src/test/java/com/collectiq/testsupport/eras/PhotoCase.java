package com.collectiq.testsupport.eras;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.Optional;

/**
 * One photo to take: which card, printed how, in which scene, and which card lies beside it.
 * Cheap to hold; {@link #render()} does the drawing, so a long sample need not keep its JPEGs.
 */
public record PhotoCase(PrintedCard card, Finish finish, Scene scene, Optional<PrintedCard> neighbour) {

    /** The case for a card in its usual finish, with no second card. */
    public static PhotoCase of(PrintedCard card, Scene scene) {
        return new PhotoCase(card, Finish.of(card), scene, Optional.empty());
    }

    public CardPhoto render() {
        long faceSeed = scene.seed() ^ 0x5DEECE66DL;
        Photographer.FaceDrawing neighbourFace = neighbour
                .<Photographer.FaceDrawing>map(other -> pxPerMm -> CardFace.draw(other, Finish.of(other), pxPerMm, faceSeed + 1))
                .orElse(null);
        Photo photo = Photographer.shoot(pxPerMm -> CardFace.draw(card, finish, pxPerMm, faceSeed), neighbourFace, scene);
        return new CardPhoto(photo.jpeg(), truth(photo.corners()));
    }

    /** What the photo shows, without drawing it: the card's corners in the photo are then unknown (empty). */
    public GroundTruth truth() {
        return truth(List.of());
    }

    private GroundTruth truth(List<Point2D.Double> corners) {
        return new GroundTruth(card.catalogId(), card.set().id(), card.name(), card.printedName(), card.number(),
                card.set().printedTotal(), CardFace.printedNumber(card), card.era(), finish, scene, corners);
    }

    /** The same card in another scene. */
    public PhotoCase withScene(Scene other) {
        return new PhotoCase(card, finish, other, neighbour);
    }
}
