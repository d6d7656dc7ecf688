package com.collectiq.extraction.rekognition;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.extraction.rekognition.*}: {@code aws} mode's text and label detection.
 *
 * @param maxLabels     the most labels {@code DetectLabels} returns
 * @param minConfidence the least confidence, in percent as Rekognition counts it, of a label returned
 * @param callTimeout   how long one call may take, the SDK's own retries included; past it the
 *                      extraction fails as retryable
 */
@ConfigurationProperties("collectiq.extraction.rekognition")
public record RekognitionProperties(
        @DefaultValue("20") int maxLabels,
        @DefaultValue("60") float minConfidence,
        @DefaultValue("10s") Duration callTimeout) {

    public RekognitionProperties {
        if (maxLabels < 1) {
            throw new IllegalArgumentException("collectiq.extraction.rekognition.max-labels must be at least 1");
        }
        if (minConfidence < 0 || minConfidence > 100) {
            throw new IllegalArgumentException("collectiq.extraction.rekognition.min-confidence must be in [0, 100]");
        }
        if (callTimeout.isNegative() || callTimeout.isZero()) {
            throw new IllegalArgumentException("collectiq.extraction.rekognition.call-timeout must be positive");
        }
    }
}
