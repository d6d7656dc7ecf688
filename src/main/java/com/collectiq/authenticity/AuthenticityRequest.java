package com.collectiq.authenticity;

import java.awt.image.BufferedImage;
import java.util.Optional;

import com.collectiq.card.Identity;
import com.collectiq.extraction.Extraction;
import com.collectiq.grading.LabelReading;
import com.collectiq.vision.VisualFeatures;

/**
 * What the authenticity agent judges: what the pipeline already learned about the card.
 *
 * @param front       the visual features of the front photo
 * @param back        the visual features of the back photo, when the owner gave one
 * @param extraction  the front's text lines and labels
 * @param identity    which card it was identified as
 * @param facts       what the catalog says a genuine copy of that card carries; empty when the
 *                    card was not resolved to a catalog entry
 * @param photo       the front photo's bytes as stored (JPEG or PNG): the screen check and the model
 *                    look at the pixels themselves
 * @param photoCentre the centre of the stored front photo at full resolution, cut out when the photo
 *                    was decoded for its analysis ({@code PhotoCuts#centre}); empty when it
 *                    was not, and the screen check decodes it from {@code photo}
 * @param photoCopy   the front photo as the model looks at it ({@code ModelOpinions#photoCopy}), made
 *                    when the photo was decoded for its analysis; empty when it was not, and the model
 *                    makes it from {@code photo}
 * @param slabLabel   what the slab's label reads, when the card is a graded one in its slab
 */
public record AuthenticityRequest(
        VisualFeatures front,
        Optional<VisualFeatures> back,
        Extraction extraction,
        Identity identity,
        Optional<CatalogFacts> facts,
        byte[] photo,
        Optional<BufferedImage> photoCentre,
        Optional<byte[]> photoCopy,
        Optional<LabelReading> slabLabel) {
}
