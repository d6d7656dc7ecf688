package com.collectiq.intake;

import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoUploaded;

/**
 * {@code local} mode's S3 → EventBridge: a completed upload to a signed URL is taken in by the same
 * intake step the intake route runs for S3's "Object Created" in {@code aws} mode
 * ({@link IntakeHandler#accept}), but here, in the upload's own request, before it is answered.
 * Its card and QUEUED run are then committed to the store (durable, see application-local.yaml)
 * when the client hears 200, so a kill right after leaves work the recovery sweep resumes; an
 * in-memory queue in between would lose it. S3's event, by contrast, is durable in SQS already.
 */
@Component
@Profile("!aws")
class LocalUploadNotifier {

    private final IntakeHandler intake;

    LocalUploadNotifier(IntakeHandler intake) {
        this.intake = intake;
    }

    /** Only a front starts a valuation; a back waits for the card that names it (as the route ignores it). */
    @EventListener
    void onUpload(PhotoUploaded upload) {
        if (PhotoKeys.isFront(upload.key())) {
            intake.accept(new Intake.ObjectCreated(upload.key(), upload.etag()));
        }
    }
}
