package com.collectiq.identification;

import com.collectiq.card.Hints;
import com.collectiq.extraction.Extraction;
import com.collectiq.extraction.TextExtractor;
import com.collectiq.identification.catalog.Catalog;
import com.collectiq.identification.catalog.OnlineAnswer;
import com.collectiq.identification.catalog.OnlineAnswer.Outcome;
import com.collectiq.upload.PhotoStore;
import com.collectiq.vision.PhotoAnalysis;
import com.collectiq.vision.PhotoAnalyzer;
import com.collectiq.vision.PhotoRejectedException;
import com.collectiq.vision.VisualFeatures;

/**
 * The reading stages of {@code routes/valuation.yaml} (check-photos, extract-text, identify-card,
 * as {@code ValuationPipeline} runs them) on the service's own beans, without the card store around
 * them: the photo is stored under its key (the extractor may read it from there), checked and
 * analysed (outline detection, no true corners given), read, and identified with no owner hints.
 * Reading and identifying are separate calls, so one reading can be identified against several catalogs.
 */
public final class LocalReadingPath {

    private final PhotoAnalyzer analyzer;
    private final TextExtractor extractor;
    private final PhotoStore photos;

    public LocalReadingPath(PhotoAnalyzer analyzer, TextExtractor extractor, PhotoStore photos) {
        this.analyzer = analyzer;
        this.extractor = extractor;
        this.photos = photos;
    }

    /** What the reading stages made of one photo: its analysis and text, or why the photo was refused. */
    public record Read(PhotoAnalysis front, Extraction extraction, PhotoRejectedException rejected) {

        public boolean refused() {
            return rejected != null;
        }
    }

    /** Checks, analyses and reads the photo stored at key (a valid upload key, e.g. uploads/&lt;sub&gt;/&lt;name&gt;.jpg). */
    public Read read(String key, byte[] jpeg) {
        photos.put(key, jpeg, "image/jpeg");
        try {
            PhotoAnalysis front = analyzer.analyse(jpeg, "image/jpeg");
            return new Read(front, extractor.extract(key, analyzer.cardForReading(jpeg, front).orElse(null)), null);
        } catch (PhotoRejectedException refused) {
            return new Read(null, null, refused);
        } finally {
            photos.delete(key);
        }
    }

    /** Identifies a reading as the identify-card stage does: the photo's foil and border as visual hints, no owner hints. */
    public static Identification identify(CardIdentifier identifier, Read read) {
        return identifier.identify(read.extraction(), Hints.NONE, visualHints(read.front()));
    }

    /** What the identify-card stage takes from the photo's analysis: its foil and border. */
    static VisualHints visualHints(PhotoAnalysis front) {
        VisualFeatures seen = front.features();
        String border = seen.borderColour().map(colour -> colour.name().toLowerCase()).orElse(null);
        return new VisualHints(seen.foil().score(), border);
    }

    /** The identifier as {@code collectiq.offline=true} wires it: the online catalog is never asked. */
    public static CardIdentifier offline(Catalog catalog) {
        return new CardIdentifier(catalog, query -> OnlineAnswer.notAnswered(Outcome.OFFLINE, "offline run"));
    }
}
