package com.collectiq.vision;

import java.awt.image.BufferedImage;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The vision entry point the pipeline calls: checks a photo, decodes it (subsampled, upright) and
 * computes its visual features. Refusals are {@link PhotoRejectedException}s; not finding a card is
 * not a refusal but a note in the features.
 */
@Component
public class PhotoAnalyzer {

    private final PhotoChecker checker;
    private final VisualFeatureExtractor extractor = new VisualFeatureExtractor();

    public PhotoAnalyzer(PhotoChecker checker) {
        this.checker = checker;
    }

    /** @param declaredType the media type the uploader claimed, or null */
    public PhotoAnalysis analyse(byte[] bytes, String declaredType) {
        PhotoCheck check = checker.check(bytes, declaredType);
        PhotoChecker.DecodedPhoto decoded = checker.decode(bytes, check);
        VisualFeatureExtractor.Extracted extracted = extractor.extract(decoded.image(), decoded.subsampling());
        return new PhotoAnalysis(check, extracted.features(), extracted.card(), extracted.slab());
    }

    /**
     * The photo analysed again as the slab it may be: the features of the card inside the case, not
     * of the case. Called once the slab's label was read as a grader's.
     *
     * @param bytes the photo {@code analysis} was made from
     */
    public PhotoAnalysis asSlab(byte[] bytes, PhotoAnalysis analysis) {
        Slab slab = analysis.slab().orElseThrow(() -> new IllegalArgumentException("no slab was seen in this photo"));
        PhotoChecker.DecodedPhoto decoded = checker.decode(bytes, analysis.check());
        VisualFeatureExtractor.Extracted extracted = extractor.extractSlabbed(decoded.image(), decoded.subsampling(), slab);
        return new PhotoAnalysis(analysis.check(), extracted.features(), extracted.card(), extracted.slab());
    }

    /**
     * The card of an analysed photo cut out again for reading its text, from the full-resolution
     * photo at 12 to 20 px/mm (the analysis' own card is at 6); empty when no card outline was found.
     *
     * @param bytes the photo {@code analysis} was made from
     */
    public Optional<BufferedImage> cardForReading(byte[] bytes, PhotoAnalysis analysis) {
        return analysis.features().outline()
                .map(outline -> ReadingCrop.cut(checker, bytes, analysis.check(), outline));
    }

    /**
     * The label of what may be a slab, cut out of the full-resolution photo upright and flat for
     * reading; empty when nothing like a slab was seen.
     *
     * @param bytes the photo {@code analysis} was made from
     */
    public Optional<BufferedImage> labelForReading(byte[] bytes, PhotoAnalysis analysis) {
        return analysis.slab().map(Slab::label).map(label -> ReadingCrop.cut(checker, bytes, analysis.check(),
                label.corners(), label.widthMm(), label.heightMm()));
    }
}
