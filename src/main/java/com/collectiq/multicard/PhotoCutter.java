package com.collectiq.multicard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.collectiq.card.CardsInPhoto;
import com.collectiq.card.PhotoSlot;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore;
import com.collectiq.upload.PhotoTooLargeException;
import com.collectiq.upload.PhotoType;
import com.collectiq.upload.UploadProperties;
import com.collectiq.vision.FoundCard;
import com.collectiq.vision.PhotoAnalysis;
import com.collectiq.vision.PhotoAnalyzer;
import com.collectiq.vision.PhotoRejectedException;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Cuts a binder page or a table spread into its cards: vision finds them, each is cut out flat and
 * upright and stored under its slot's crop key, which that card's runs read and its image route
 * serves. A crop already stored is kept, so a retry or a second caller (the photo's event and a
 * {@code POST /cards} racing) writes nothing twice and every caller gets the same slots.
 */
@Component
public class PhotoCutter implements CardsInPhoto {

    private static final Logger log = LoggerFactory.getLogger(PhotoCutter.class);

    private final PhotoStore photos;
    private final PhotoAnalyzer analyzer;
    private final UploadProperties uploads;
    private final MeterRegistry meters;

    PhotoCutter(PhotoStore photos, PhotoAnalyzer analyzer, UploadProperties uploads, MeterRegistry meters) {
        this.photos = photos;
        this.analyzer = analyzer;
        this.uploads = uploads;
        this.meters = meters;
    }

    @Override
    public List<PhotoSlot> cut(String photoKey) {
        Optional<byte[]> bytes;
        try {
            bytes = photos.read(photoKey, uploads.maxBytes().toBytes());
        } catch (PhotoTooLargeException tooLarge) {
            return List.of(); // the photo's own run fails it, saying so
        }
        if (bytes.isEmpty()) {
            return List.of();
        }
        PhotoAnalysis analysis;
        try {
            String declared = PhotoType.ofKey(photoKey).map(PhotoType::contentType).orElse(null);
            analysis = analyzer.analyse(bytes.get(), declared);
        } catch (PhotoRejectedException unusable) {
            // the photo's own run fails it with this reason; there is nothing to cut
            log.info("photo {} not cut into cards: {}", photoKey, unusable.getMessage());
            return List.of();
        } catch (RuntimeException visionFailed) {
            // not the caller's fault, and not this request's to fail: the run's find-cards step cuts it
            // again, with the pipeline's retries and dead letters behind it
            log.warn("photo {} not cut into cards now; its run will look again", photoKey, visionFailed);
            return List.of();
        }
        return cut(photoKey, bytes.get(), analysis);
    }

    /** As {@link #cut(String)} for a photo the caller has already read and analysed. */
    public List<PhotoSlot> cut(String photoKey, byte[] bytes, PhotoAnalysis analysis) {
        List<FoundCard> found = analysis.cards();
        if (found.size() < 2) {
            return List.of();
        }
        long started = System.nanoTime();
        List<PhotoSlot> slots = new ArrayList<>();
        for (FoundCard card : found) {
            String cropKey = PhotoKeys.cropOf(photoKey, card.slot());
            if (photos.head(cropKey).isEmpty()) {
                photos.put(cropKey, analyzer.cropCard(bytes, analysis, card), PhotoType.JPEG.contentType());
            }
            slots.add(new PhotoSlot(card.slot(), cropKey));
        }
        // pages cut, and how many cards they held: the share of photos of several, and their size
        meters.summary("collectiq.photos.cards.found").record(slots.size());
        log.info("photo {} shows {} cards; cut out in {} ms", photoKey, slots.size(),
                (System.nanoTime() - started) / 1_000_000);
        return List.copyOf(slots);
    }
}
