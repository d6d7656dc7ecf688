package com.collectiq.extraction.rekognition;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.collectiq.extraction.Extraction;
import com.collectiq.extraction.Extraction.Box;
import com.collectiq.extraction.Extraction.Label;
import com.collectiq.extraction.Extraction.TextLine;
import com.collectiq.extraction.Extraction.Word;
import com.collectiq.extraction.StoredPhotos;
import com.collectiq.extraction.TextExtractor;
import com.collectiq.platform.aws.AwsProperties;
import com.collectiq.upload.PhotoStore;
import com.collectiq.upload.UploadProperties;
import com.collectiq.vision.PhotoChecker;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.rekognition.RekognitionClient;
import software.amazon.awssdk.services.rekognition.model.BoundingBox;
import software.amazon.awssdk.services.rekognition.model.DetectLabelsResponse;
import software.amazon.awssdk.services.rekognition.model.Geometry;
import software.amazon.awssdk.services.rekognition.model.Image;
import software.amazon.awssdk.services.rekognition.model.TextDetection;
import software.amazon.awssdk.services.rekognition.model.TextTypes;

/**
 * {@code aws} mode's text extraction: Rekognition's {@code DetectText} and {@code DetectLabels}, run
 * at the same time, on an upright JPEG of the card the service writes once under the photo's
 * {@code derived/} folder ({@link ReadingImages}), never on the raw upload. Boxes come back in that
 * image's coordinates: the card's when an outline was found, the whole photo's otherwise.
 *
 * <p>The card is cut out upright as photographed, so a card lying upside down on the table arrives
 * upside down, and DetectText reads only text within ±90° of horizontal. When fewer than
 * {@link #MIN_CONFIDENT_WORDS} words come back with confidence, the image is turned half round (a
 * second image, also kept) and read again; the reading with more sure words wins. A card read at the
 * first try costs one DetectText call, an unreadable photo two.
 *
 * <p>The image is passed as an {@code S3Object} reference rather than as bytes: it is stored anyway
 * (so a retry reuses it), Rekognition reads it from the bucket in its own region, and the service
 * does not send the same megabyte twice per attempt, once for each call.
 */
@Component
@Profile("aws")
public class RekognitionTextExtractor implements TextExtractor, AutoCloseable {

    static final String ENGINE = "rekognition";
    /** Fewer words read this surely than a card's name, HP and number make: the card may lie upside down. */
    static final int MIN_CONFIDENT_WORDS = 3;
    private static final double CONFIDENT_WORD = 0.8;

    private final RekognitionClient rekognition;
    private final ReadingImages images;
    private final String bucket;
    private final RekognitionProperties properties;
    /** Runs DetectLabels while the caller's thread runs DetectText. */
    private final ExecutorService labelCalls;

    public RekognitionTextExtractor(RekognitionClient rekognition, PhotoStore photoStore, PhotoChecker checker,
            AwsProperties aws, UploadProperties upload, RekognitionProperties properties) {
        this.rekognition = rekognition;
        this.images = new ReadingImages(photoStore, new StoredPhotos(photoStore, upload), checker);
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
        Image image = image(images.keyFor(photoKey, normalisedCard, false));
        CompletableFuture<DetectLabelsResponse> labels = CompletableFuture.supplyAsync(() -> rekognition.detectLabels(
                request -> request.image(image).maxLabels(properties.maxLabels()).minConfidence(properties.minConfidence())
                        .overrideConfiguration(call -> call.apiCallTimeout(properties.callTimeout()))),
                labelCalls);
        try {
            List<TextLine> lines = text(image);
            if (confidentWords(lines) < MIN_CONFIDENT_WORDS) {
                // DetectText reads only text within ±90° of horizontal: a card lying upside down reads as
                // nothing (or as noise) until it is turned
                List<TextLine> turned = text(image(images.keyFor(photoKey, normalisedCard, true)));
                lines = confidentWords(turned) > confidentWords(lines) ? turned : lines;
            }
            return new Extraction(lines, labels(labels.join()), ENGINE, List.of());
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

    /** A slab's label: one DetectText call on the label cut upright; no labels asked, no turn tried. */
    @Override
    public Extraction readLabel(String photoKey, BufferedImage label) {
        try {
            return new Extraction(text(image(images.labelKeyFor(photoKey, label))), List.of(), ENGINE, List.of());
        } catch (SdkException failure) {
            throw RekognitionFailures.of(photoKey, failure);
        }
    }

    private Image image(String readKey) {
        return Image.builder().s3Object(object -> object.bucket(bucket).name(readKey)).build();
    }

    private List<TextLine> text(Image image) {
        return lines(rekognition.detectText(request -> request.image(image)
                .overrideConfiguration(call -> call.apiCallTimeout(properties.callTimeout()))).textDetections());
    }

    private static long confidentWords(List<TextLine> lines) {
        return lines.stream().flatMap(line -> line.words().stream())
                .filter(word -> word.confidence() >= CONFIDENT_WORD).count();
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
