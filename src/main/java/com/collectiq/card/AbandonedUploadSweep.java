package com.collectiq.card;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.collectiq.upload.AbandonedUploads;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.UploadProperties;

/**
 * Removes uploads no card refers to once they are older than {@code collectiq.upload.abandoned-after}
 * ({@code local} mode; in {@code aws} the bucket's lifecycle rules do it). Backs are kept: a back is
 * found only through its card, and a leftover back costs disk, while a deleted one would lose data.
 */
@Component("abandonedUploadSweep")
public class AbandonedUploadSweep {

    private static final Logger log = LoggerFactory.getLogger(AbandonedUploadSweep.class);

    private final Optional<AbandonedUploads> uploads;
    private final CardStore cards;
    private final UploadProperties properties;
    private final Clock clock;

    public AbandonedUploadSweep(Optional<AbandonedUploads> uploads, CardStore cards, UploadProperties properties,
            Clock clock) {
        this.uploads = uploads;
        this.cards = cards;
        this.properties = properties;
        this.clock = clock;
    }

    /** Returns how many photos went. */
    public int sweep() {
        int removed = uploads.map(store -> store.deleteUnreferencedOlderThan(
                clock.instant().minus(properties.abandonedAfter()),
                key -> !PhotoKeys.isFront(key) || cards.findByKey(key).isPresent())).orElse(0);
        if (removed > 0) {
            log.info("removed {} abandoned uploads", removed);
        }
        return removed;
    }
}
