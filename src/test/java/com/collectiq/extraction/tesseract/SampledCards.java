package com.collectiq.extraction.tesseract;

import java.awt.image.BufferedImage;

import com.collectiq.testsupport.eras.CardPhoto;
import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.PhotoSampler;
import com.collectiq.vision.ImageProperties;
import com.collectiq.vision.PhotoAnalyzer;
import com.collectiq.vision.PhotoChecker;

/**
 * Cards of {@code LocalReadingProbe}'s sample of the era renderer's photos (40 per era), cut out for
 * reading as the local reading path cuts them: outline found in the photo, no true corners.
 */
final class SampledCards {

    private static final int PER_ERA = 40;

    private SampledCards() {
    }

    /** The card cut for reading from the seed's photo of the card with this catalog id. */
    static BufferedImage cutForReading(long seed, String catalogId) {
        CardPhoto photo = PhotoSampler.perEra(EraCatalog.bundled(), seed, PER_ERA).stream()
                .filter(sampled -> sampled.card().catalogId().equals(catalogId)).findFirst().orElseThrow().render();
        PhotoAnalyzer analyzer = new PhotoAnalyzer(new PhotoChecker(ImageProperties.defaults()));
        return analyzer.cardForReading(photo.jpeg(), analyzer.analyse(photo.jpeg(), "image/jpeg")).orElseThrow();
    }
}
