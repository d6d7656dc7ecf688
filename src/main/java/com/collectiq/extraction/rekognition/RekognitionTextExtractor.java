package com.collectiq.extraction.rekognition;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.collectiq.extraction.Extraction;
import com.collectiq.extraction.Extraction.Box;
import com.collectiq.extraction.Extraction.Label;
import com.collectiq.extraction.Extraction.TextLine;
import com.collectiq.extraction.Extraction.Word;
import com.collectiq.extraction.ExtractionFailedException;
import com.collectiq.extraction.StoredPhotos;
import com.collectiq.extraction.TextExtractor;
import com.collectiq.platform.aws.AwsProperties;
import com.collectiq.upload.InvalidPhotoKeyException;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore;
import com.collectiq.upload.PhotoType;
import com.collectiq.upload.UploadProperties;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.rekognition.RekognitionClient;
import software.amazon.awssdk.services.rekognition.model.BoundingBox;
import software.amazon.awssdk.services.rekognition.model.DetectLabelsResponse;
import software.amazon.awssdk.services.rekognition.model.DetectTextResponse;
import software.amazon.awssdk.services.rekognition.model.Geometry;
import software.amazon.awssdk.services.rekognition.model.Image;
import software.amazon.awssdk.services.rekognition.model.TextDetection;
import software.amazon.awssdk.services.rekognition.model.TextTypes;

/**
 * {@code aws} mode's text extraction: Rekognition's {@code DetectText} and {@code DetectLabels}, run
 * at the same time, on the photo where it lies in S3 (the image never passes through the service).
 *
 * <p>Rekognition reads only JPEG and PNG. Any other photo is converted first: the normalised card
 * when the photo checks found one (so the boxes come back in the card's coordinates), the decoded
 * photo otherwise, stored as PNG under {@code derived/} (outside {@code uploads/}, so it starts no
 * valuation) and removed once read, so retries do not leave copies behind. For a JPEG or PNG the
 * boxes are in the photo's coordinates: Rekognition reads the whole photo, not the card.
 */
@Component
@Profile("aws")
public class RekognitionTextExtractor implements TextExtractor, AutoCloseable {

    static final String ENGINE = "rekognition";
    private static final String DERIVED_TYPE = PhotoType.PNG.contentType();

    private final RekognitionClient rekognition;
    private final PhotoStore photoStore;
    private final StoredPhotos photos;
    private final String bucket;
    private final RekognitionProperties properties;
    /** Runs DetectLabels while the caller's thread runs DetectText. */
    private final ExecutorService labelCalls;

    public RekognitionTextExtractor(RekognitionClient rekognition, PhotoStore photoStore, AwsProperties aws,
            UploadProperties upload, RekognitionProperties properties) {
        this.rekognition = rekognition;
        this.photoStore = photoStore;
        this.photos = new StoredPhotos(photoStore, upload);
        this.bucket = aws.uploadsBucket();
        this.properties = properties;
        AtomicInteger threads = new AtomicInteger();
        this.labelCalls = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "rekognition-labels-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public Extraction extract(String photoKey, BufferedImage normalisedCard) {
        boolean readable = PhotoType.ofKey(photoKey).filter(type -> type == PhotoType.JPEG || type == PhotoType.PNG).isPresent();
        String readKey = readable ? photoKey : storeConverted(photoKey, normalisedCard);
        try {
            return detect(photoKey, readKey);
        } finally {
            if (!readable) {
                photoStore.delete(readKey);
            }
        }
    }

    private Extraction detect(String photoKey, String readKey) {
        Image image = Image.builder().s3Object(object -> object.bucket(bucket).name(readKey)).build();
        CompletableFuture<DetectLabelsResponse> labels = CompletableFuture.supplyAsync(() -> rekognition.detectLabels(
                request -> request.image(image).maxLabels(properties.maxLabels()).minConfidence(properties.minConfidence())
                        .overrideConfiguration(call -> call.apiCallTimeout(properties.callTimeout()))),
                labelCalls);
        try {
            DetectTextResponse text = rekognition.detectText(request -> request.image(image)
                    .overrideConfiguration(call -> call.apiCallTimeout(properties.callTimeout())));
            return new Extraction(lines(text.textDetections()), labels(labels.join()), ENGINE, List.of());
        } catch (SdkException failure) {
            throw RekognitionFailures.of(photoKey, failure);
        } catch (CompletionException labelsFailed) {
            if (labelsFailed.getCause() instanceof SdkException failure) {
                throw RekognitionFailures.of(photoKey, failure);
            }
            throw labelsFailed;
        } finally {
            labels.cancel(false);
        }
    }

    private String storeConverted(String photoKey, BufferedImage normalisedCard) {
        BufferedImage image = normalisedCard != null ? normalisedCard : photos.decode(photoKey);
        String derivedKey;
        try {
            derivedKey = PhotoKeys.newDerived(owner(photoKey), DERIVED_TYPE);
        } catch (InvalidPhotoKeyException notAnOwnersPhoto) {
            throw new ExtractionFailedException("no owner to store a converted copy of " + photoKey + " under", false,
                    notAnOwnersPhoto);
        }
        try {
            photoStore.put(derivedKey, png(image), DERIVED_TYPE);
        } catch (SdkException storeFailed) {
            throw new ExtractionFailedException("could not store the converted copy of " + photoKey, true, storeFailed);
        }
        return derivedKey;
    }

    /** {@code uploads/{sub}/…} and {@code backs/{sub}/…}: the second segment names the owner. */
    private static String owner(String photoKey) {
        String[] segments = photoKey.split("/");
        return segments.length == 3 ? segments[1] : "";
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** LINE detections, each with the WORD detections whose parent it is. */
    private static List<TextLine> lines(List<TextDetection> detections) {
        return detections.stream()
                .filter(detection -> detection.type() == TextTypes.LINE)
                .map(line -> new TextLine(line.detectedText(), percent(line.confidence()), box(line.geometry()), null,
                        detections.stream()
                                .filter(word -> word.type() == TextTypes.WORD && line.id().equals(word.parentId()))
                                .map(word -> new Word(word.detectedText(), percent(word.confidence()), box(word.geometry())))
                                .toList()))
                .toList();
    }

    private static List<Label> labels(DetectLabelsResponse response) {
        return response.labels().stream().map(label -> new Label(label.name(), percent(label.confidence()))).toList();
    }

    /** Rekognition's box is already in fractions of the image's width and height. */
    private static Box box(Geometry geometry) {
        BoundingBox box = Optional.ofNullable(geometry).map(Geometry::boundingBox).orElse(null);
        if (box == null) {
            return null;
        }
        return new Box(value(box.left()), value(box.top()), value(box.width()), value(box.height()));
    }

    private static double value(Float fraction) {
        return fraction == null ? 0 : fraction;
    }

    private static double percent(Float confidence) {
        return confidence == null ? 0 : confidence / 100.0;
    }

    @Override
    public void close() {
        labelCalls.shutdownNow();
    }
}
