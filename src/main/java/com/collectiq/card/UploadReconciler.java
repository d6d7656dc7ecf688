package com.collectiq.card;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.collectiq.upload.UploadHousekeeping;
import com.collectiq.upload.UploadProperties;

/**
 * Every front uploaded becomes a card ({@code local} mode; in {@code aws} S3's event is durable and
 * the bucket's lifecycle rules clean up). The upload request takes its photo in before answering;
 * a front that still has no card (the service died between storing the photo and taking it in) is
 * taken in here, on start and then periodically, as if its upload had just completed. Fronts are
 * never removed here: nothing has looked at a front without a card yet, and a front with one goes
 * when its card goes. What is removed is the leftovers of interrupted uploads, once older than
 * {@code collectiq.upload.abandoned-after}; backs are kept (a leftover back costs disk, a deleted
 * one would lose data).
 */
@Component("uploadReconciler")
public class UploadReconciler {

    private static final Logger log = LoggerFactory.getLogger(UploadReconciler.class);
    /** A front younger than this may be an upload still taking itself in, in its own request. */
    private static final Duration IN_FLIGHT = Duration.ofMinutes(1);

    private final Optional<UploadHousekeeping> uploads;
    private final CardStore cards;
    private final CardService service;
    private final UploadProperties properties;
    private final Clock clock;
    private final AtomicBoolean firstPass = new AtomicBoolean(true);

    public UploadReconciler(Optional<UploadHousekeeping> uploads, CardStore cards, CardService service,
            UploadProperties properties, Clock clock) {
        this.uploads = uploads;
        this.cards = cards;
        this.service = service;
        this.properties = properties;
        this.clock = clock;
    }

    /** One pass; returns how many fronts without a card it took in. */
    public int reconcile() {
        if (uploads.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        // right after a start no upload of this process is in flight: every front counts
        Instant writtenBefore = firstPass.getAndSet(false) ? now : now.minus(IN_FLIGHT);
        int takenIn = 0;
        for (String key : uploads.get().frontsWrittenBefore(writtenBefore)) {
            if (cards.findByKey(key).isEmpty() && takeIn(key)) {
                takenIn++;
            }
        }
        uploads.get().deleteInterruptedOlderThan(now.minus(properties.abandonedAfter()));
        if (takenIn > 0) {
            log.info("took in {} uploaded fronts that had no card", takenIn);
        }
        return takenIn;
    }

    private boolean takeIn(String key) {
        try {
            service.acceptUpload(key, null);
            return true;
        } catch (RuntimeException e) {
            // one front that cannot be taken in (a file put there by hand, say) does not stop the others
            log.warn("uploaded front {} has no card and could not be taken in: {}", key, e.getMessage());
            return false;
        }
    }
}
