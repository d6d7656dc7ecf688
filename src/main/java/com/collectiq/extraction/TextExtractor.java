package com.collectiq.extraction;

import java.awt.image.BufferedImage;

/**
 * The text extraction port: the printed text and the labels of a card photo. {@code aws} mode asks
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
}
