package com.collectiq.testsupport;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Rekognition's documented limits, enforced on every {@code DetectText} and {@code DetectLabels}
 * answer WireMock gives, whatever the test stubbed: a test that would fail on AWS fails here.
 * <ul>
 * <li>the image must be JPEG or PNG, told by its bytes ({@code InvalidImageFormatException});</li>
 * <li>at most 5 MB as {@code Image.Bytes}, 15 MB as an {@code Image.S3Object}
 * ({@code ImageTooLargeException}); an S3 object is fetched from S3Proxy, as Rekognition fetches it
 * from S3, and one that is not there is {@code InvalidS3ObjectException};</li>
 * <li>{@code DetectText} finds at most 100 words: WORD detections past the hundredth are dropped,
 * and each LINE keeps only its words that remain (a line left without words goes).</li>
 * </ul>
 * Stubbed errors (any answer but 200) pass as they are.
 */
public final class RekognitionLimits implements ResponseTransformerV2 {

    public static final long MAX_IMAGE_BYTES = 5L * 1024 * 1024;
    public static final long MAX_S3_OBJECT_BYTES = 15L * 1024 * 1024;
    public static final int MAX_WORDS = 100;

    private static final Set<String> IMAGE_OPERATIONS = Set.of(AwsAnswers.DETECT_TEXT, AwsAnswers.DETECT_LABELS);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final ObjectMapper JSON = new ObjectMapper();

    private S3Client s3;

    @Override
    public String getName() {
        return "rekognition-limits";
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        String operation = serveEvent.getRequest().getHeader("X-Amz-Target");
        if (operation == null || !IMAGE_OPERATIONS.contains(operation) || response.getStatus() != 200) {
            return response;
        }
        try {
            JsonNode image = JSON.readTree(serveEvent.getRequest().getBodyAsString()).path("Image");
            String refusal = refusal(image);
            if (refusal != null) {
                return Response.Builder.like(response).but().status(400).body(refusal).build();
            }
            if (operation.equals(AwsAnswers.DETECT_TEXT)) {
                return Response.Builder.like(response).but().body(capWords(response.getBodyAsString())).build();
            }
            return response;
        } catch (IOException unreadable) {
            return Response.Builder.like(response).but().status(400)
                    .body(error("SerializationException", "the request is not JSON")).build();
        }
    }

    /** The error Rekognition answers for this image, or null when it would read it. */
    private String refusal(JsonNode image) {
        byte[] bytes;
        long limit;
        if (image.hasNonNull("Bytes")) {
            bytes = Base64.getDecoder().decode(image.get("Bytes").asText());
            limit = MAX_IMAGE_BYTES;
        } else if (image.hasNonNull("S3Object")) {
            bytes = s3Object(image.get("S3Object").path("Bucket").asText(), image.get("S3Object").path("Name").asText());
            if (bytes == null) {
                return error("InvalidS3ObjectException",
                        "Unable to get object metadata from S3. Check object key, region and/or access permissions.");
            }
            limit = MAX_S3_OBJECT_BYTES;
        } else {
            return error("InvalidParameterException", "Request has invalid parameters");
        }
        if (bytes.length > limit) {
            return error("ImageTooLargeException", "Image size is too large.");
        }
        if (!isJpeg(bytes) && !isPng(bytes)) {
            return error("InvalidImageFormatException", "Request has invalid image format");
        }
        return null;
    }

    private synchronized byte[] s3Object(String bucket, String key) {
        if (s3 == null) {
            s3 = S3Client.builder().endpointOverride(URI.create(S3ProxyStandIn.get().endpoint()))
                    .forcePathStyle(true).build();
        }
        try {
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(request -> request.bucket(bucket).key(key));
            return object.asByteArray();
        } catch (NoSuchKeyException | NoSuchBucketException missing) {
            return null;
        }
    }

    /** The first {@link #MAX_WORDS} words in the answer's order, and the lines as far as their words remain. */
    static String capWords(String body) throws IOException {
        ObjectNode answer = (ObjectNode) JSON.readTree(body);
        JsonNode detections = answer.path("TextDetections");
        Map<Integer, List<String>> keptWordsByLine = new HashMap<>();
        ArrayNode words = JSON.createArrayNode();
        for (JsonNode detection : detections) {
            if ("WORD".equals(detection.path("Type").asText()) && words.size() < MAX_WORDS) {
                words.add(detection);
                keptWordsByLine.computeIfAbsent(detection.path("ParentId").asInt(-1), id -> new ArrayList<>())
                        .add(detection.path("DetectedText").asText());
            }
        }
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode detection : detections) {
            if ("LINE".equals(detection.path("Type").asText())) {
                List<String> lineWords = keptWordsByLine.get(detection.path("Id").asInt());
                if (lineWords != null) {
                    kept.add(((ObjectNode) detection.deepCopy()).put("DetectedText", String.join(" ", lineWords)));
                }
            }
        }
        kept.addAll(words);
        answer.set("TextDetections", kept);
        return JSON.writeValueAsString(answer);
    }

    private static boolean isJpeg(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length >= PNG_SIGNATURE.length
                && Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length);
    }

    private static String error(String type, String message) {
        return "{\"__type\":\"" + type + "\",\"Message\":\"" + message + "\"}";
    }
}
