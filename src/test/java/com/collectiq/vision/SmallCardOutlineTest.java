package com.collectiq.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.collectiq.testsupport.eras.CardPhoto;
import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.PhotoSampler;

/**
 * A card a fifth of the frame tall, photographed by the era renderer: some 100 px long in the outline
 * search's usual copy, where its sleeve's edge runs within 3 px of the card's. These photos of the
 * reading benchmark's fixed sample went without an outline, and so were read as a whole photo of wood
 * grain or playmat; looked at on a copy twice as fine, the card is found.
 */
class SmallCardOutlineTest {

    /** Each corner within this share of the card's diagonal of the drawn one: a sleeve's edge is some 4 % out. */
    private static final double CORNER_TOLERANCE = 0.06;

    private final PhotoAnalyzer analyzer = new PhotoAnalyzer(new PhotoChecker(ImageProperties.defaults()));

    /** Photos 232 (sm1-105, on wood, upside down) and 260 (swsh7-57, on wood, sleeved) of seed 20261205, 40 per era. */
    @ParameterizedTest
    @ValueSource(ints = {232, 260})
    void aCardAFifthOfTheFrameTallIsFound(int index) {
        CardPhoto photo = PhotoSampler.perEra(EraCatalog.bundled(), 20261205L, 40).get(index).render();
        assertThat(photo.truth().scene().fill()).as("the card's share of the frame").isLessThan(0.25);

        PhotoAnalysis analysis = analyzer.analyse(photo.jpeg(), "image/jpeg");

        assertThat(analysis.features().outline()).as("an outline").isPresent();
        assertThat(worstCornerError(analysis.features().outline().get(), photo.truth().corners()))
                .isLessThan(CORNER_TOLERANCE);
    }

    private static double worstCornerError(CardOutline outline, List<Point2D.Double> truth) {
        double diagonal = truth.get(0).distance(truth.get(2));
        return outline.corners().stream()
                .mapToDouble(corner -> truth.stream().mapToDouble(t -> t.distance(corner.x(), corner.y())).min().orElseThrow())
                .max().orElseThrow() / diagonal;
    }
}
