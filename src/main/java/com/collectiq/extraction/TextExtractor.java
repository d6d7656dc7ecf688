package com.collectiq.extraction;

import java.awt.image.BufferedImage;

/**
 * The text extraction port: the printed text and the labels of a card photo, and the label of the
 * slab a graded card is sealed in. {@code aws} mode asks
 * Amazon Rekognition about the stored object in place; {@code local} mode runs Tesseract OCR on the
 * normalised card. Both give the same {@link Extraction}, so everything downstream is mode-blind.
 */
public interface TextExtractor {

    /**
     * @param photoKey the stored photo (Rekognition reads it from S3 in place)
     * @param normalisedCard the card cut out and squared by the photo checks, or null when no card
     *        outline was found (then the whole photo is read)
     */
    Extraction extract(String photoKey, BufferedImage normalisedCard);

    /**
     * Reads a graded slab's label: the grader, grade and certificate number printed on it.
     *
     * @param photoKey the stored photo the label was cut from
     * @param label the label cut out of the photo, upright as the slab lies, flat
     */
    Extraction readLabel(String photoKey, BufferedImage label);
}
