package com.collectiq.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.collectiq.testsupport.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;

/** What a client does to hand the service a photo, and what S3 then tells the work queue. */
public final class Uploads {

    private Uploads() {
    }

    /** Presigns an upload for a JPEG and PUTs the bytes to the URL; returns the photo's key. */
    public static String upload(ApiClient user, byte[] jpeg) {
        return upload(user, jpeg, "image/jpeg");
    }

    /** Presigns an upload of the type and PUTs the bytes, whatever they are; returns the photo's key. */
    public static String upload(ApiClient user, byte[] bytes, String contentType) {
        Presigned presigned = presign(user, bytes, contentType);
        presigned.put(bytes);
        return presigned.key();
    }

    /** A signed upload: where to PUT the bytes, with which headers, and the key the photo gets. */
    public record Presigned(String key, URI url, Map<String, String> headers) {

        /** PUTs the bytes to the signed URL; returns once the store answered 200. */
        public void put(byte[] bytes) {
            Response put = ApiClient.put(url, bytes, headers);
            assertThat(put.status()).as(put.raw().body()).isEqualTo(200);
        }
    }

    /** Asks the service for a signed upload of the bytes' size and type. */
    public static Presigned presign(ApiClient user, byte[] bytes, String contentType) {
        Response presign = user.post("/upload/presign", "{\"contentType\":\"" + contentType + "\",\"sizeBytes\":"
                + bytes.length + "}");
        assertThat(presign.status()).as(presign.raw().body()).isEqualTo(200);
        Map<String, String> headers = new HashMap<>();
        presign.json().get("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
        return new Presigned(presign.json().get("key").asText(), URI.create(presign.json().get("uploadUrl").asText()),
                Map.copyOf(headers));
    }

    /** The "Object Created" event EventBridge delivers to the work queue for an S3 upload. */
    public static String eventBridgeObjectCreated(String bucket, String key, String etag) {
        return """
                {"version":"0","id":"%s","detail-type":"Object Created","source":"aws.s3","account":"123456789012",
                 "time":"2026-11-24T00:00:00Z","region":"us-east-1","resources":["arn:aws:s3:::%s"],
                 "detail":{"version":"0","bucket":{"name":"%s"},
                   "object":{"key":"%s","size":1,"etag":"%s"},"reason":"PutObject"}}"""
                .formatted(UUID.randomUUID(), bucket, bucket, key, etag);
    }

    /** The id of the card the photo's event made, once it is there (30 s at most). */
    public static String awaitCardFor(ApiClient user, String key) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            for (JsonNode item : user.get("/cards?limit=100").json().get("items")) {
                if (item.get("key").asText().equals(key)) {
                    return item.get("id").asText();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no card for " + key);
    }

    /** Polls the card until it is VALUED or FAILED, or fails the test after the timeout. */
    public static JsonNode awaitFinished(ApiClient user, String cardId, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            Response response = user.get("/cards/" + cardId);
            if (response.status() == 200) {
                last = response.json();
                String status = last.get("status").asText();
                if (status.equals("VALUED") || status.equals("FAILED")) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("card " + cardId + " not finished within " + timeout + "; last seen: " + last);
    }
}
