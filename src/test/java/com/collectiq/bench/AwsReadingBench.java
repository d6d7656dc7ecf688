package com.collectiq.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import com.collectiq.card.Identity;
import com.collectiq.extraction.Extraction;
import com.collectiq.extraction.ExtractionFailedException;
import com.collectiq.extraction.TextExtractor;
import com.collectiq.identification.CardIdentifier;
import com.collectiq.identification.LocalReadingPath;
import com.collectiq.identification.LocalReadingPath.Read;
import com.collectiq.identification.ReadingScores;
import com.collectiq.identification.catalog.Catalog;
import com.collectiq.testsupport.AwsAnswers;
import com.collectiq.testsupport.AwsAnswers.DetectedLine;
import com.collectiq.testsupport.AwsReadingBeans;
import com.collectiq.testsupport.S3ProxyStandIn;
import com.collectiq.testsupport.WireMockStandIn;
import com.collectiq.testsupport.eras.CardPhoto;
import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.GroundTruth;
import com.collectiq.testsupport.eras.PhotoCase;
import com.collectiq.testsupport.eras.PhotoSampler;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore;
import com.collectiq.vision.PhotoAnalysis;
import com.collectiq.vision.PhotoAnalyzer;
import com.collectiq.vision.PhotoRejectedException;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * Issue 24's reading benchmark in {@code aws} mode: the era renderer's badly taken photos (the same
 * sampler and seeds as {@link EraReadingBench}) through the photo checks (outline detection, no true
 * corners) and the reading crop, as {@code ValuationPipeline} runs them, the real Rekognition adapter (the upright JPEG it writes under {@code derived/} in
 * S3Proxy, read by a WireMock that keeps to Rekognition's limits) and identification with the bundled
 * catalog, offline, no hints. DetectText's answers are built from what the renderer drew
 * ({@link DrawnText}), only where the image sent shows the card's text within ±90° (the adapter's
 * second, half-turned image included), and on every other photo with OCR-style noise: an <b>upper bound</b>, since real text detection also misses and
 * misreads on dim, blurred or glared photos. Prints per era and overall for clean and noisy answers.
 * Measures and prints; asserts nothing. Command and figures: docs/PERFORMANCE.md, "Reading the card (aws)".
 */
@SpringJUnitConfig(AwsReadingBeans.class)
@ActiveProfiles("aws")
@TestPropertySource(properties = {
    "collectiq.aws.uploads-bucket=collectiq-aws-reading-bench",
    "collectiq.aws.s3-path-style=true",
    "collectiq.aws.create-resources=true"})
class AwsReadingBench {

    private static final long FIXED_SEED = 20261205L;
    private static final int PER_ERA = Integer.getInteger("bench.aws-reading.per-era", 40);
    private static final String LABEL = "upper bound: text built from the drawing";

    @Autowired
    private PhotoAnalyzer analyzer;
    @Autowired
    private TextExtractor extractor;
    @Autowired
    private PhotoStore photos;

    private final WireMockServer wireMock = WireMockStandIn.get().server();

    @BeforeAll
    static void standIns() {
        S3ProxyStandIn.get();
        WireMockStandIn.get();
    }

    @Test
    void readsBadlyTakenPhotosOfEveryEraThroughRekognition() {
        long chosen = Long.getLong("bench.aws-reading.seed", System.currentTimeMillis());
        EraCatalog data = EraCatalog.bundled();
        CardIdentifier identifier = LocalReadingPath.offline(Catalog.bundled());
        StubMapping labels = wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(AwsAnswers.DETECT_LABELS))
                .willReturn(AwsAnswers.amzJson("{\"Labels\":[{\"Name\":\"Trading Card\",\"Confidence\":97.5}],"
                        + "\"LabelModelVersion\":\"3.0\"}")));
        System.out.printf(Locale.ROOT, "%nAWS reading bench (%s): %d photos per era per seed, seeds %d (fixed) and %d "
                + "(chosen at run time; -Dbench.aws-reading.seed=%d repeats it)%n", LABEL, PER_ERA, FIXED_SEED, chosen, chosen);
        try {
            for (long seed : new long[] {FIXED_SEED, chosen}) {
                run(seed, PhotoSampler.perEra(data, seed, PER_ERA), identifier);
            }
        } finally {
            wireMock.removeStub(labels);
        }
    }

    private void run(long seed, List<PhotoCase> cases, CardIdentifier identifier) {
        ReadingScores clean = new ReadingScores();
        ReadingScores noisy = new ReadingScores();
        ReadingScores all = new ReadingScores();
        Map<DrawnText.View, Integer> views = new EnumMap<>(DrawnText.View.class);
        int failed = 0;
        for (int i = 0; i < cases.size(); i++) {
            PhotoCase photoCase = cases.get(i);
            CardPhoto photo = photoCase.render();
            boolean withNoise = i % 2 == 1;
            String key = "uploads/aws-reading-bench/" + seed + "-" + i + ".jpg";
            Identity identity = null;
            DrawnText.View view = DrawnText.View.REFUSED;
            photos.put(key, photo.jpeg(), "image/jpeg");
            try {
                PhotoAnalysis front = analyzer.analyse(photo.jpeg(), "image/jpeg");
                view = DrawnText.view(front.features().outline(), photo.truth());
                BufferedImage card = analyzer.cardForReading(photo.jpeg(), front).orElse(null);
                Extraction text = read(key, card, photoCase, photo.truth(), view, withNoise ? Long.valueOf(seed * 1_000L + i) : null);
                identity = LocalReadingPath.identify(identifier, new Read(front, text, null)).identity();
            } catch (PhotoRejectedException refused) {
                view = DrawnText.View.REFUSED;
            } catch (ExtractionFailedException extractionFailed) {
                failed++;
                System.out.printf("  photo %d (%s): extraction failed: %s%n", i, photo.truth().catalogId(),
                        extractionFailed.getMessage());
            } finally {
                photos.delete(key);
                photos.deletePrefix(PhotoKeys.derivedFolderOf(key));
            }
            views.merge(view, 1, Integer::sum);
            (withNoise ? noisy : clean).add(photo.truth(), identity);
            all.add(photo.truth(), identity);
            if ((i + 1) % 40 == 0) {
                System.out.printf(Locale.ROOT, "  seed %d: %d/%d photos, top-1 so far %d%n", seed, i + 1, cases.size(),
                        all.overall().top1());
            }
        }
        System.out.print(clean.report(String.format(Locale.ROOT, "Seed %d, aws, text as drawn (%s), offline, no hints",
                seed, LABEL)));
        System.out.print(noisy.report(String.format(Locale.ROOT, "Seed %d, aws, text with OCR-style noise (%s), offline, "
                + "no hints", seed, LABEL)));
        System.out.print(all.report(String.format(Locale.ROOT, "Seed %d, aws, all %d photos (%s)", seed, cases.size(), LABEL)));
        System.out.printf("how the image sent showed the card: %s; extraction failures: %d%n", views, failed);
    }

    /**
     * The adapter's reading, with DetectText answering for this photo's image what the drawing holds
     * in the view that image gives, and for its half-turned copy (the adapter's second try) the other.
     */
    private Extraction read(String key, BufferedImage card, PhotoCase photoCase, GroundTruth truth, DrawnText.View view,
            Long noiseSeed) {
        String folder = PhotoKeys.derivedFolderOf(key);
        List<StubMapping> answers = List.of(
                answer(folder, 2, DrawnText.lines(photoCase.card(), truth, view, false, photoCase.scene().seed(),
                        noise(noiseSeed))),
                // the adapter names its half-turned image so (ReadingImages.HALF_TURNED)
                answer(folder + ".*-turned180", 1, DrawnText.lines(photoCase.card(), truth, view, true,
                        photoCase.scene().seed(), noise(noiseSeed))));
        try {
            return extractor.extract(key, card);
        } finally {
            answers.forEach(wireMock::removeStub);
        }
    }

    private StubMapping answer(String namePattern, int priority, List<DetectedLine> lines) {
        return wireMock.stubFor(post(urlEqualTo("/")).atPriority(priority)
                .withHeader("X-Amz-Target", equalTo(AwsAnswers.DETECT_TEXT))
                .withRequestBody(matchingJsonPath("$.Image.S3Object.Name", matching(namePattern + ".*")))
                .willReturn(AwsAnswers.detectText(lines)));
    }

    /** The same noise for both images of a photo; none for a clean photo (no seed). */
    private static Random noise(Long seed) {
        return seed == null ? null : new Random(seed);
    }
}
