package com.collectiq.intake;

import java.time.Clock;
import java.util.Map;

import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.collectiq.platform.ids.Ids;
import com.collectiq.platform.web.ApiJson;
import com.collectiq.upload.PhotoUploaded;

/**
 * {@code local} mode's S3 → EventBridge: a completed upload to a signed URL becomes the same
 * "Object Created" event S3 sends through EventBridge in {@code aws} mode, on the same work queue,
 * so one intake path serves both modes.
 */
@Component
@Profile("!aws")
class LocalUploadNotifier {

    private final ProducerTemplate producer;
    private final ApiJson json;
    private final Clock clock;
    private final String workUri;

    LocalUploadNotifier(ProducerTemplate producer, ApiJson json, Clock clock,
            @Value("${collectiq.intake.work-uri}") String workUri) {
        this.producer = producer;
        this.json = json;
        this.clock = clock;
        this.workUri = workUri;
    }

    @EventListener
    void onUpload(PhotoUploaded upload) {
        Map<String, Object> event = Map.of(
                "version", "0",
                "id", Ids.newId(clock),
                "detail-type", "Object Created",
                "source", "aws.s3",
                "time", clock.instant().toString(),
                "detail", Map.of(
                        "bucket", Map.of("name", "local"),
                        "object", Map.of("key", upload.key(), "size", upload.sizeBytes(), "etag", upload.etag()),
                        "reason", "PutObject"));
        producer.sendBody(workUri, json.write(event));
    }
}
