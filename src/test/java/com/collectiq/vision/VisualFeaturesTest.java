package com.collectiq.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
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
        assertThat(centering.leftPercent()).isCloseTo(OFF_CENTRE.leftPercent(), within(2.0));
        assertThat(centering.topPercent()).isCloseTo(OFF_CENTRE.topPercent(), within(2.0));
        assertThat(features.borderColour()).contains(BorderColour.YELLOW);
    }

    @Test
    void aStraightLineJustBeyondTheCardIsNotTakenForItsSide() {
        Placement placement = new Placement(1600, 1200, 700, 3, 0);
        List<ImagePoint> truth = placement.corners();
        BufferedImage photo = SyntheticCardPhotos.photo(OFF_CENTRE, placement, 17);
        // a board's seam across the table, 110 px below the card's bottom left corner and 20 px below
        // its bottom right: with the card's top and sides it closes a larger card-shaped outline
        ImagePoint bottomLeft = truth.get(3);
        ImagePoint bottomRight = truth.get(2);
        double slope = (bottomRight.y() + 20 - (bottomLeft.y() + 110)) / (bottomRight.x() - bottomLeft.x());
        Graphics2D seam = photo.createGraphics();
        seam.setColor(new Color(0x2A1A10));
        seam.setStroke(new BasicStroke(5));
        seam.draw(new Line2D.Double(0, bottomLeft.y() + 110 - slope * bottomLeft.x(),
                1600, bottomLeft.y() + 110 + slope * (1600 - bottomLeft.x())));
        seam.dispose();

        VisualFeatures features = analyse(photo);

        assertThat(features.outline()).as("outline").isPresent();
        double tolerance = 0.01 * placement.cardHeightPx();
        for (int i = 0; i < 4; i++) {
            assertThat(features.outline().get().corners().get(i).distanceTo(truth.get(i))).as("corner " + i).isLessThan(tolerance);
        }
    }

    @Test
    void sharpnessFallsAsBlurGrows() {
        BufferedImage photo = SyntheticCardPhotos.photo(OFF_CENTRE, FLAT.turned(5), 3);

        double sharp = analyse(photo).quality().sharpness();
        double soft = analyse(SyntheticCardPhotos.blurred(photo, 1.2)).quality().sharpness();
        double blurry = analyse(SyntheticCardPhotos.blurred(photo, 3)).quality().sharpness();

        assertThat(sharp).isGreaterThan(soft);
        assertThat(soft).isGreaterThan(blurry);
    }

    @Test
    void glareGrowsWithTheHighlight() {
        BufferedImage photo = SyntheticCardPhotos.photo(OFF_CENTRE, FLAT.turned(-6), 4);

        double none = analyse(photo).quality().glareShare();
        double mild = analyse(SyntheticCardPhotos.withGlare(photo, 800, 550, 70, 1.0)).quality().glareShare();
        double strong = analyse(SyntheticCardPhotos.withGlare(photo, 800, 550, 140, 1.6)).quality().glareShare();

        assertThat(none).isLessThan(0.001);
        assertThat(mild).isGreaterThan(none);
        assertThat(strong).isGreaterThan(mild + 0.02);
    }

    @Test
    void namesTheBorderColour() {
        assertThat(analyse(SyntheticCardPhotos.photo(Card.centred(new Color(0x141414), 5), FLAT.turned(3), 5))
                .borderColour()).contains(BorderColour.BLACK);
        assertThat(analyse(SyntheticCardPhotos.photo(Card.centred(new Color(0xC4C8CC), 5), FLAT.turned(3), 5))
                .borderColour()).contains(BorderColour.SILVER);
        assertThat(analyse(SyntheticCardPhotos.photo(Card.centred(new Color(0x2A5BD7), 5), FLAT.turned(3), 5))
                .borderColour()).contains(BorderColour.BLUE);
    }

    @Test
    void aPhotoWithoutACardIsAReasonNotACrash() {
        VisualFeatures features = analyse(SyntheticCardPhotos.table(1600, 1200, 9));

        assertThat(features.outline()).isEmpty();
        assertThat(features.borders()).isEmpty();
        assertThat(features.notes()).anySatisfy(note -> assertThat(note).contains("no card outline found"));
        assertThat(features.condition().confidence()).isLessThan(0.5);
    }

    @Test
    void perceptualHashSurvivesRescalingRecompressionAndATurnButNotAnotherCard() {
        Card card = Card.centred(SyntheticCardPhotos.YELLOW, 21);
        BufferedImage photo = SyntheticCardPhotos.photo(card, FLAT, 6);
        CardHashes original = analyse(photo).hashes();

        CardHashes rescaled = analyse(SyntheticCardPhotos.scaled(photo, 0.6)).hashes();
        CardHashes recompressed = analyzer.analyse(SyntheticCardPhotos.jpeg(photo, 0.4f), "image/jpeg").features().hashes();
        CardHashes turned = analyse(SyntheticCardPhotos.photo(card, FLAT.turned(4), 6)).hashes();
        CardHashes otherCard = analyse(SyntheticCardPhotos.photo(Card.centred(SyntheticCardPhotos.YELLOW, 22), FLAT, 6)).hashes();

        for (CardHashes same : List.of(rescaled, recompressed, turned)) {
            assertThat(original.perceptualDistance(same)).isLessThanOrEqualTo(6);
            assertThat(original.differenceDistance(same)).isLessThanOrEqualTo(8);
        }
        assertThat(original.perceptualDistance(otherCard)).isGreaterThanOrEqualTo(16);
    }

    @Test
    void holoArtworkScoresAboveFlatArtwork() {
        Card plain = new Card(3, 3, 3, 3, SyntheticCardPhotos.YELLOW, 8, false);
        Card holo = new Card(3, 3, 3, 3, SyntheticCardPhotos.YELLOW, 8, true);

        double plainScore = analyse(SyntheticCardPhotos.photo(plain, FLAT, 2)).foil().score();
        double holoScore = analyse(SyntheticCardPhotos.photo(holo, FLAT, 2)).foil().score();

        assertThat(holoScore).isGreaterThan(plainScore + 0.1);
    }

    @Test
    void conditionEstimateFavoursTheWellCentredSharpCard() {
        Card centred = Card.centred(SyntheticCardPhotos.YELLOW, 12);
        Card offCentre = new Card(4.8, 1.2, 3, 3, SyntheticCardPhotos.YELLOW, 12, false);

        ConditionEstimate good = analyse(SyntheticCardPhotos.photo(centred, FLAT.turned(2), 1)).condition();
        ConditionEstimate poor = analyse(SyntheticCardPhotos.photo(offCentre, FLAT.turned(2), 1)).condition();

        assertThat(good.band()).isEqualTo(ConditionEstimate.ConditionBand.NEAR_MINT_OR_BETTER);
        assertThat(poor.score()).isLessThan(good.score());
        assertThat(poor.factors()).anySatisfy(factor -> assertThat(factor).contains("80/20"));
        assertThat(good.confidence()).isGreaterThan(0.5).isLessThanOrEqualTo(ConditionEstimator.MAX_CONFIDENCE);
    }

    private VisualFeatures analyse(BufferedImage photo) {
        return analyzer.analyse(SyntheticCardPhotos.jpeg(photo, 0.92f), "image/jpeg").features();
    }
}
