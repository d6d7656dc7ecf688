package com.collectiq.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.PhotoCase;
import com.collectiq.testsupport.eras.PhotoSampler;
import com.collectiq.testsupport.slabs.SlabPhoto;
import com.collectiq.testsupport.slabs.SlabSampler;
import com.collectiq.vision.ImageProperties;
import com.collectiq.vision.PhotoAnalysis;
import com.collectiq.vision.PhotoAnalyzer;
import com.collectiq.vision.PhotoChecker;

/**
 * Slab detection and the label's cut on rendered slabs that each once failed one way, checked against
 * where the renderer drew the label ({@link LabelCut}); and raw cards, which it must not take for slabs.
 */
class SlabDetectionTest {

    private static final long SEED = 20261205L;

    private final PhotoAnalyzer analyzer = new PhotoAnalyzer(new PhotoChecker(ImageProperties.defaults()));

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
            "16; the outline found is the card's, the case's plastic faint around it",
            "73; a part of the card and the label beyond it look like a card at the case's other end",
            "184; glare over the card's far end, its near end beside the label's print",
            "180; the slab small in the photo: no outline at the usual search's scale",
            "36; the card's outline, seen at a slant as narrow as a case's",
            "156; the case's rim, its wall seen at a slant and its shadow beside the card",
            "68; on wood grain, whose lines outvote the case's sides: no outline at either usual search",
            "28; the card lit from one side: only the two sides beside its shadow show",
            "22; the card's faint sides outdone by a part of it and the label's compartment, whose edge crosses that part's sides",
            "108; the card's faint top outdone by a part of it and the label's compartment, whose edge crosses that part's sides"})
    void cutsTheLabelWhereItIs(int index, String why) {
        SlabPhoto photo = SlabSampler.sample(EraCatalog.bundled(), SEED, index + 1).get(index).render();

        PhotoAnalysis analysis = analyzer.analyse(photo.jpeg(), "image/jpeg");

        assertThat(analysis.slab()).as("slab detected").isPresent();
        LabelCut cut = LabelCut.of(analysis.slab().get().label().corners(), photo.truth().labelCorners());
        assertThat(cut.right()).as("the true label's corners in the cut: %s", cut.trueInCut()).isTrue();
    }

    @Test
    void takesNoRawCardOfTheSampleForASlab() {
        for (PhotoCase card : PhotoSampler.perEra(EraCatalog.bundled(), SEED, 2)) {
            PhotoAnalysis analysis = analyzer.analyse(card.render().jpeg(), "image/jpeg");

            assertThat(analysis.slab()).as(card.card().catalogId()).isEmpty();
        }
    }
}
