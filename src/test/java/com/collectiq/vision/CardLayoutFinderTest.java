package com.collectiq.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.eras.CardPhoto;
import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.PhotoCase;
import com.collectiq.testsupport.eras.PhotoSampler;
import com.collectiq.testsupport.spreads.Quads;
import com.collectiq.testsupport.spreads.SpreadCase;
import com.collectiq.testsupport.spreads.SpreadPhoto;
import com.collectiq.testsupport.spreads.Spreads;

/**
 * Issue 30's card finder on rendered binder pages and table spreads (up to 12 MP, the era renderer's
 * faces and photographing conditions), the cut-out cards it gives the single-card path, and no false
 * split of a photo of one card. The bars are the figures this seed gives with a margin (see
 * docs/PERFORMANCE.md, "Many cards per photo", for the 100-photo figures and what is missed).
 */
class CardLayoutFinderTest {

    private static final long SEED = 20261206L;
    private static final int SPREADS = 16;
    /** Measured on this seed: 93.3 % found (112 of 120 cards that count), 1 false card (0.8 %); the bars leave a margin. */
    private static final double MIN_FOUND = 0.88;
    private static final double MAX_FALSE = 0.03;

    private final PhotoAnalyzer analyzer = new PhotoAnalyzer(new PhotoChecker(ImageProperties.defaults()));

    @Test
    void findsTheCardsOfBinderPagesAndTableSpreads() {
        LayoutScores scores = new LayoutScores();
        for (SpreadCase spread : Spreads.sample(SEED, SPREADS)) {
            SpreadPhoto photo = spread.render();
            scores.add(photo, found(photo.jpeg()));
        }

        assertThat(scores.foundShare()).as(scores.summary()).isGreaterThanOrEqualTo(MIN_FOUND);
        assertThat(scores.falseShare()).as(scores.summary()).isLessThanOrEqualTo(MAX_FALSE);
        assertThat(scores.medianIou()).as(scores.summary()).isGreaterThan(0.9);
    }

    @Test
    void numbersTheCardsOfAnUprightPageInReadingOrder() {
        SpreadPhoto page = Spreads.binderPage(SEED, 3, 3);
        List<FoundCard> found = found(page.jpeg());

        // binderPage fills the pockets row by row, so a card's place among the drawn cards is its pocket
        List<Integer> pockets = new ArrayList<>();
        for (FoundCard card : found) {
            for (int pocket = 0; pocket < page.cards().size(); pocket++) {
                if (LayoutScores.iou(page.cards().get(pocket).corners(), card.corners()) >= LayoutScores.MIN_IOU) {
                    pockets.add(pocket);
                }
            }
        }
        assertThat(found).as("9 of 9 found when measured").hasSizeGreaterThanOrEqualTo(8);
        assertThat(found).extracting(FoundCard::slot).containsExactlyElementsOf(range(found.size()));
        assertThat(pockets).hasSize(found.size()).isSorted();
    }

    @Test
    void findsACardLyingOutOfLineWithItsRow() {
        // photo 39 of the seed: twelve cards in rows a finger apart, the first of the top row lying some
        // 2 % of a card higher than the next; the walk finds it only when the moved card slides along its row
        findsEveryCardAndNoOther(Spreads.sample(SEED, 40).get(39).render(), 12);
    }

    @Test
    void findsAScatteredCardFromACornerOfTwoOfItsSides() {
        // photo 92 of seed 20261207: five cards scattered on a grey cloth; two sides of the white-bordered
        // one lying apart (broken edges, three quarters backed) make no line of their own, and no walk
        // reaches a card lying at its own turn; its other two sides' lines meet at its corner
        findsEveryCardAndNoOther(Spreads.sample(20261207L, 93).get(92).render(), 5);
    }

    @Test
    void doesNotTakeAPageOfCardsForOneCard() {
        // photo 67 of seed 20261207: a full 3 × 3 page on a dark backing, whose cards' outer edges make a
        // card-shaped outline; an odd larger candidate inside it (a pocket with its seams) once hid the
        // like-sized cards from the block test, and the outline was kept as one card over all nine
        findsEveryCardAndNoOther(Spreads.sample(20261207L, 68).get(67).render(), 9);
    }

    @Test
    void splitsAPairOfCardsThatHidTheCardBesideIt() {
        // photo 24 of seed 20261207: a full 2 × 2 page; the bottom two cards' outline (their outer sides on
        // the pocket seams) is card-shaped turned a quarter and was the larger of the only two candidates
        // kept, so the one card kept beside it was dropped as too small and nothing was found
        findsEveryCardAndNoOther(Spreads.sample(20261207L, 25).get(24).render(), 4);
    }

    @Test
    void doesNotTakeAnEmptyPocketUnderGlareForACard() {
        // photo 74 of seed 20261207: a 3 × 3 page with two empty pockets, a reflected band across one of
        // them; the band's soft edges passed for print and the pocket's seams for a card's sides
        findsEveryCardAndNoOther(Spreads.sample(20261207L, 75).get(74).render(), 7);
    }

    @Test
    void doesNotSplitAPhotoOfOneCard() {
        // four photos of every era (sleeves, glare, a second card cut by the frame, up to 12 MP): drawing
        // them is most of this class's time; LayoutProbe's "eras" mode runs 200 (docs/PERFORMANCE.md)
        List<PhotoCase> cases = PhotoSampler.perEra(EraCatalog.bundled(), SEED, 4);
        for (PhotoCase photoCase : cases) {
            CardPhoto photo = photoCase.render();
            assertThat(found(photo.jpeg())).as("cards found in %s", photo.truth().scene()).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void cutsACardOutForTheSingleCardPath() throws IOException {
        SpreadPhoto page = Spreads.binderPage(SEED + 1, 2, 2);
        PhotoAnalysis analysis = analyzer.analyse(page.jpeg(), "image/jpeg");
        List<FoundCard> found = analysis.cards();
        assertThat(found).hasSizeGreaterThanOrEqualTo(2);

        for (FoundCard card : found) {
            byte[] crop = analyzer.cropCard(page.jpeg(), analysis, card);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(crop));
            PhotoAnalysis cropped = analyzer.analyse(crop, "image/jpeg");

            assertThat(image.getWidth() / (double) image.getHeight()).isCloseTo(63.0 / 88, within(0.01));
            assertThat(image.getHeight()).as("never enlarged").isLessThanOrEqualTo((int) Math.ceil(1.16 * tallest(card) + 2));
            CardOutline outline = cropped.features().outline().orElseThrow();
            assertThat(outline.fullFrame()).isFalse();
            // the card with about 8 % of its surroundings on every side: some 74 % of the crop
            assertThat(area(outline.corners()) / (image.getWidth() * (double) image.getHeight())).isBetween(0.45, 0.95);
            assertThat(cropped.cards()).hasSizeLessThanOrEqualTo(1);
        }
        PhotoAnalysis asOneCard = analyzer.analyseOneCard(page.jpeg(), "image/jpeg");
        assertThat(asOneCard.cards()).as("a photo known to hold one card is not looked through").isEmpty();
        assertThat(asOneCard.features()).isEqualTo(analysis.features());
    }

    private void findsEveryCardAndNoOther(SpreadPhoto photo, int cards) {
        LayoutScores scores = new LayoutScores();

        LayoutScores.Scored scored = scores.add(photo, found(photo.jpeg()));

        assertThat(scored.cards()).isEqualTo(cards);
        assertThat(scored.found()).as(scores.summary()).isEqualTo(cards);
        assertThat(scored.falseCards()).as(scores.summary()).isZero();
    }

    private List<FoundCard> found(byte[] jpeg) {
        PhotoAnalysis analysis = analyzer.analyse(jpeg, "image/jpeg");
        return analysis.cards();
    }

    private static double area(List<ImagePoint> corners) {
        return Quads.size(Quads.area(corners.stream().map(p -> new Point2D.Double(p.x(), p.y())).toList()));
    }

    private static double tallest(FoundCard card) {
        List<ImagePoint> c = card.corners();
        return Math.max(c.get(0).distanceTo(c.get(3)), c.get(1).distanceTo(c.get(2)));
    }

    private static List<Integer> range(int size) {
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            slots.add(i);
        }
        return slots;
    }
}
