package com.collectiq.vision;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code collectiq.image.*}: what a photo must be before the service spends time on it.
 *
 * @param maxBytes          largest accepted file (the upload limit, 12 MiB)
 * @param maxPixels         largest accepted width × height, read from the header before decoding so
 *                          a decompression bomb is refused without allocating its pixels
 * @param minShortSide      smallest accepted short side in pixels: below it a card cannot be read
 * @param allowedTypes      media types accepted; a format also needs a decoder in this deployment
 * @param analysisLongSide  the long side, in pixels, the photo is decoded at for analysis (decoding
 *                          with subsampling keeps a 12 MP photo cheap)
 * @param maxConcurrentDecodes how many photos are decoded and analysed (or cut out for reading) at
 *                          once; the others wait. Each holds tens of MB of rasters at 12 MP, and the
 *                          work is CPU-bound, so more than the cores it runs on only costs memory
 */
@ConfigurationProperties("collectiq.image")
public record ImageProperties(
        @DefaultValue("12MB") DataSize maxBytes,
        @DefaultValue("50000000") long maxPixels,
        @DefaultValue("300") int minShortSide,
        @DefaultValue({"image/jpeg", "image/png", "image/webp", "image/heic"}) List<String> allowedTypes,
        @DefaultValue("1600") int analysisLongSide,
        @DefaultValue("2") int maxConcurrentDecodes) {

    public ImageProperties {
        allowedTypes = List.copyOf(allowedTypes);
        if (maxConcurrentDecodes < 1) {
            throw new IllegalArgumentException("collectiq.image.max-concurrent-decodes must be at least 1, is "
                    + maxConcurrentDecodes);
        }
    }

    /** The defaults, for callers outside Spring (tests, the benchmark). */
    public static ImageProperties defaults() {
        return new ImageProperties(DataSize.ofMegabytes(12), 50_000_000L, 300,
                List.of("image/jpeg", "image/png", "image/webp", "image/heic"), 1600, 2);
    }
}
