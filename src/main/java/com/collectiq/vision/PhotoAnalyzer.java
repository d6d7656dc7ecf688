package com.collectiq.vision;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The vision entry point the pipeline calls: checks a photo, decodes it (subsampled, upright) and
 * computes its visual features. Refusals are {@link PhotoRejectedException}s; not finding a card is
 * not a refusal but a note in the features.
 */
@Component
public class PhotoAnalyzer {

    /** Enough of the surroundings for the outline detector to see the card's edge against them. */
    static final double CROP_MARGIN_SHARE = 0.08;
    /** The crop is read again, small print included: keep JPEG's losses well below what OCR notices. */
    private static final float CROP_QUALITY = 0.92f;
    /**
     * Photos up to this many pixels are decoded whole once for valuation (a 16 MP photo is 48 MB of
     * BGR in the decode slot while the analysis and the crop are taken from it); larger ones are
     * decoded by each stage at the size it needs, as a 48 MP photo whole would hold 144 MB in a slot.
     */
    static final long WHOLE_DECODE_MAX_PIXELS = 16_000_000;
    /**
     * A photo is decoded whole only in a heap at least this many times that decode (3 bytes a pixel): it
     * is one array, and in a small heap (a 1 GiB task's 256 MiB) G1 may find no run of free regions that
     * long among the cards in flight and stop the service out of memory with most of the heap free, as
     * seen at 32 in flight. There, each stage decodes what it needs, which costs more CPU, not memory.
     */
    static final long HEAP_PER_WHOLE_DECODE = 8;
    private static final int WHOLE_DECODE_BYTES_PER_PIXEL = 3;

    private final PhotoChecker checker;
    private final VisualFeatureExtractor extractor = new VisualFeatureExtractor();
    private final CardLayoutFinder layoutFinder = new CardLayoutFinder();
    private final long wholeDecodeMaxPixels;

    @Autowired
    public PhotoAnalyzer(PhotoChecker checker) {
        this(checker, Runtime.getRuntime().maxMemory());
    }

    PhotoAnalyzer(PhotoChecker checker, long maxHeapBytes) {
        this.checker = checker;
        this.wholeDecodeMaxPixels = Math.min(WHOLE_DECODE_MAX_PIXELS,
                maxHeapBytes / (HEAP_PER_WHOLE_DECODE * WHOLE_DECODE_BYTES_PER_PIXEL));
    }

    /**
     * A photo as uploaded, which may show several cards: checked, measured, and its cards found.
     *
     * @param declaredType the media type the uploader claimed, or null
     */
    public PhotoAnalysis analyse(byte[] bytes, String declaredType) {
        return analyse(bytes, declaredType, true);
    }

    /**
     * A photo known to show one card (a card's back, a card cut out of a page): as {@link #analyse},
     * without looking for other cards, which would only cost time.
     */
    public PhotoAnalysis analyseOneCard(byte[] bytes, String declaredType) {
        return analyse(bytes, declaredType, false);
    }

    /**
     * The photo a card is valued from: as {@link #analyse} (or {@link #analyseOneCard} when
     * {@code findCards} is false), with what later stages need of its pixels made in the same decode
     * slot (the card cut for reading, the centre for the screen check, the copy asked for) instead of
     * each decoding the photo again. A photo up to {@link #WHOLE_DECODE_MAX_PIXELS}, in a heap large
     * enough ({@link #HEAP_PER_WHOLE_DECODE}), is decoded once at full resolution and the analysis image
     * picked from it; a larger one is decoded at the analysis' size and then, for one card, the card's
     * region at full resolution with the centre in it. The analysis is the same either way.
     *
     * @param copy the {@link UprightCopy} to make of the analysis' image, if any (only for a photo a
     *             model will look at: it costs a JPEG encoding)
     */
    public AnalysedPhoto analyseForValuation(byte[] bytes, String declaredType, boolean findCards,
            Optional<UprightCopy> copy) {
        PhotoCheck check = checker.check(bytes, declaredType);
        Rectangle centre = centreOf(check.storedWidth(), check.storedHeight());
        if ((long) check.storedWidth() * check.storedHeight() > wholeDecodeMaxPixels) {
            return checker.withDecodeSlot(() -> {
                PhotoChecker.DecodedPhoto decoded = checker.decode(bytes, check);
                PhotoAnalysis analysis = analysed(check, decoded.image(), decoded.subsampling(), findCards);
                Optional<ReadingCrop.CardAndCentre> cut = oneCardOutline(analysis)
                        .map(outline -> ReadingCrop.cutWithCentre(checker, bytes, check, outline, centre));
                return new AnalysedPhoto(analysis, new PhotoCuts(cut.map(ReadingCrop.CardAndCentre::card),
                        cut.flatMap(ReadingCrop.CardAndCentre::centre),
                        copy.flatMap(wanted -> wanted.fromAnalysis(decoded.image()))));
            });
        }
        return checker.withDecodeSlot(() -> {
            BufferedImage stored = checker.decodeFull(bytes, check);
            int subsampling = checker.analysisSubsampling(check);
            RgbImage image = RgbImage.picked(stored, new Rectangle(stored.getWidth(), stored.getHeight()), subsampling)
                    .upright(check.orientation());
            PhotoAnalysis analysis = analysed(check, image, subsampling, findCards);
            Optional<BufferedImage> crop = oneCardOutline(analysis).map(outline -> ReadingCrop.cut(stored, check, outline));
            return new AnalysedPhoto(analysis, new PhotoCuts(crop, Optional.of(RgbImage.picked(stored, centre, 1).handedOver()),
                    copy.flatMap(wanted -> wanted.fromAnalysis(image))));
        });
    }

    private PhotoAnalysis analyse(byte[] bytes, String declaredType, boolean findCards) {
        PhotoCheck check = checker.check(bytes, declaredType);
        return checker.withDecodeSlot(() -> {
            PhotoChecker.DecodedPhoto decoded = checker.decode(bytes, check);
            return analysed(check, decoded.image(), decoded.subsampling(), findCards);
        });
    }

    /** The card's outline, when the photo shows one card: a page's cards are each read from a crop of their own. */
    private static Optional<CardOutline> oneCardOutline(PhotoAnalysis analysis) {
        return analysis.cards().size() > 1 ? Optional.empty() : analysis.features().outline();
    }

    private PhotoAnalysis analysed(PhotoCheck check, RgbImage image, int subsampling, boolean findCards) {
        VisualFeatureExtractor.Extracted extracted = extractor.extract(image, subsampling);
        // the finder looks at the pixels already decoded for the features: a second decoding would cost more
        List<FoundCard> cards = findCards ? layoutFinder.find(image, subsampling) : List.of();
        return new PhotoAnalysis(check, extracted.features(), extracted.card(), extracted.slab(), cards);
    }

    /** The centre of the stored photo, {@link PhotoCuts#CENTRE_SIDE} each way or the whole side. */
    private static Rectangle centreOf(int storedWidth, int storedHeight) {
        int across = Math.min(PhotoCuts.CENTRE_SIDE, storedWidth);
        int down = Math.min(PhotoCuts.CENTRE_SIDE, storedHeight);
        return new Rectangle((storedWidth - across) / 2, (storedHeight - down) / 2, across, down);
    }

    /** A photo analysed for valuation and what was made of its pixels meanwhile for the later stages. */
    public record AnalysedPhoto(PhotoAnalysis analysis, PhotoCuts cuts) {
    }

    /**
     * The photo analysed again as the slab it may be: the features of the card inside the case, not
     * of the case. Called once the slab's label was read as a grader's.
     *
     * @param bytes the photo {@code analysis} was made from
     */
    public PhotoAnalysis asSlab(byte[] bytes, PhotoAnalysis analysis) {
        Slab slab = analysis.slab().orElseThrow(() -> new IllegalArgumentException("no slab was seen in this photo"));
        return checker.withDecodeSlot(() -> {
            PhotoChecker.DecodedPhoto decoded = checker.decode(bytes, analysis.check());
            VisualFeatureExtractor.Extracted extracted = extractor.extractSlabbed(decoded.image(), decoded.subsampling(),
                    slab);
            return new PhotoAnalysis(analysis.check(), extracted.features(), extracted.card(), extracted.slab(),
                    analysis.cards());
        });
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

    /**
     * One found card cut out of the full-resolution photo, flattened upright (portrait, 63 × 88 mm) with
     * {@value #CROP_MARGIN_SHARE} of its width and height of its surroundings on each side, so the
     * single-card path finds its outline, at the resolution the photo gives (never enlarged), as a JPEG.
     * A card upside down in its pocket stays upside down: the text extraction turns what it reads.
     *
     * @param bytes the photo {@code analysis} was made from
     */
    public byte[] cropCard(byte[] bytes, PhotoAnalysis analysis, FoundCard card) {
        BufferedImage crop = ReadingCrop.cutWithMargin(checker, bytes, analysis.check(), card.corners(), CROP_MARGIN_SHARE);
        return UprightJpeg.encode(crop, CROP_QUALITY);
    }
}
