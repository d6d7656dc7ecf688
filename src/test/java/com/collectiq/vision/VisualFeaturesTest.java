package com.collectiq.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.collectiq.vision.SyntheticCardPhotos.Card;
import com.collectiq.vision.SyntheticCardPhotos.Placement;

/** Visual features measured on generated photos whose truth is known. */
class VisualFeaturesTest {

    private final PhotoAnalyzer analyzer = new PhotoAnalyzer(new PhotoChecker(ImageProperties.defaults()));

    private static final Placement FLAT = Placement.flat(1600, 1200);
    private static final Card OFF_CENTRE = new Card(3.9, 2.4, 2.7, 3.6, SyntheticCardPhotos.YELLOW, 7, false);

    static Stream<Arguments> photographs() {
        return Stream.of(
                Arguments.of("flat", FLAT, 0.0, 0.0),
                Arguments.of("turned 7°", FLAT.turned(7), 0.0, 0.0),
                Arguments.of("turned −15°", FLAT.turned(-15), 0.0, 0.0),
                Arguments.of("turned 12°, tilted", FLAT.turned(12).tilted(0.12), 0.0, 0.0),
                Arguments.of("turned −9°, tilted, blurred", FLAT.turned(-9).tilted(0.08), 1.5, 0.0),
                Arguments.of("turned 4°, glare", FLAT.turned(4), 0.0, 0.9),
                Arguments.of("small, turned 15°, tilted, blurred, glare",
                        new Placement(1600, 1200, 600, 15, 0.1), 1.2, 0.7));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("photographs")
    void findsTheCardAndMeasuresCenteringWithinTwoPoints(String name, Placement placement, double blur, double glare) {
        BufferedImage photo = SyntheticCardPhotos.photo(OFF_CENTRE, placement, 11);
        if (blur > 0) {
            photo = SyntheticCardPhotos.blurred(photo, blur);
        }
        if (glare > 0) {
            photo = SyntheticCardPhotos.withGlare(photo, 900, 500, 90, glare);
        }

        VisualFeatures features = analyse(photo);

        assertThat(features.outline()).as("outline").isPresent();
        List<ImagePoint> truth = placement.corners();
        double tolerance = 0.01 * placement.cardHeightPx();
        for (int i = 0; i < 4; i++) {
            assertThat(features.outline().get().corners().get(i).distanceTo(truth.get(i))).as("corner " + i).isLessThan(tolerance);
        }
        assertThat(features.borders()).as("borders").isPresent();
        Centering centering = features.borders().get().centering();
        System.out.printf("%s: left %.2f (truth %.2f) top %.2f (truth %.2f) borders %s%n", name, centering.leftPercent(),
                OFF_CENTRE.leftPercent(), centering.topPercent(), OFF_CENTRE.topPercent(), features.borders().get());
        assertThat(centering.leftPercent()).isCloseTo(OFF_CENTRE.leftPercent(), within(2.0));
        assertThat(centering.topPercent()).isCloseTo(OFF_CENTRE.topPercent(), within(2.0));
        assertThat(features.borderColour()).contains(BorderColour.YELLOW);
    }

    private VisualFeatures analyse(BufferedImage photo) {
        return analyzer.analyse(SyntheticCardPhotos.jpeg(photo, 0.92f), "image/jpeg").features();
    }
}
