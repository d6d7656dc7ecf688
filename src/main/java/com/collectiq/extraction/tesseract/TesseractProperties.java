package com.collectiq.extraction.tesseract;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.extraction.tesseract.*}: local mode's OCR.
 *
 * @param dataPath           where the English model is copied out to at start (a {@code tessdata} folder)
 * @param poolSize           how many Tesseract engines may run at once; 0 means one per core
 * @param minLineConfidence  a line read with less confidence (0..1) is dropped, and a region left with
 *                           no line is reported unreadable instead of being guessed at
 */
@ConfigurationProperties("collectiq.extraction.tesseract")
public record TesseractProperties(
        Path dataPath,
        @DefaultValue("0") int poolSize,
        @DefaultValue("0.6") double minLineConfidence) {

    public TesseractProperties {
        if (poolSize < 0) {
            throw new IllegalArgumentException("collectiq.extraction.tesseract.pool-size must not be negative");
        }
        if (minLineConfidence < 0 || minLineConfidence > 1) {
            throw new IllegalArgumentException("collectiq.extraction.tesseract.min-line-confidence must be in [0, 1]");
        }
    }

    /** The number of engines: the configured size, or one per core. */
    public int engines() {
        return poolSize > 0 ? poolSize : Runtime.getRuntime().availableProcessors();
    }
}
