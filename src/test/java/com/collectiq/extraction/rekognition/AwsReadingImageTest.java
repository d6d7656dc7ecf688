package com.collectiq.extraction.rekognition;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.AwsAnswers;
import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.RenderedCard;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.TestPhotos;
import com.collectiq.testsupport.Uploads;
import com.collectiq.testsupport.WireMockStandIn;
import com.collectiq.testsupport.eras.ExifJpeg;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore;
import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The image Rekognition gets, through the whole {@code aws} pipeline on the stand-ins (which refuse
 * what Rekognition refuses): a PNG upload and a photo stored upside down (turned by its EXIF tag) both
 * reach DetectText as an upright JPEG of the card under the photo's {@code derived/} folder, and that
 * image goes when its card goes, or its owner.
 */
@AwsMode
class AwsReadingImageTest extends ServiceTest {

    @Value("${collectiq.aws.work-queue-url}")
    String workQueueUrl;

    @Autowired
    PhotoStore photos;

    @BeforeAll
    static void rekognitionAndEventBridge() {
        AwsAnswers.rekognitionReadsCharizard(AwsMode.BUCKET);
        AwsAnswers.eventBridgeAcceptsEverything();
    }

    @Test
    void aPngUploadReachesRekognitionAsAJpegOfTheCardWhichGoesWithItsCard() throws Exception {
        ApiClient user = api(UUID.randomUUID().toString());
        RenderedCard photo = CardRenderer.builder().frame(2000, 1500).cardShare(0.45).render();
        String key = Uploads.upload(user, photo.png(), "image/png");

        String id = valued(user, key);

        String readKey = imageRead(key);
        BufferedImage image = jpeg(readKey);
        assertThat(image.getHeight() / (double) image.getWidth()).as("a card: 88 × 63 mm").isCloseTo(88 / 63d,
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(user.delete("/cards/" + id).status()).isEqualTo(204);
        assertThat(photos.head(readKey)).as("the image Rekognition read goes with the card").isEmpty();
    }

    @Test
    void aPhotoStoredUpsideDownReachesRekognitionUprightAndGoesWithItsOwner() throws Exception {
        ApiClient user = api(UUID.randomUUID().toString());
        RenderedCard photo = CardRenderer.builder().frame(2000, 1500).cardShare(0.45).render();
        String key = Uploads.upload(user, ExifJpeg.encode(TestPhotos.halfTurned(photo.photo()), 92, 3));

        valued(user, key);

        BufferedImage read = jpeg(imageRead(key));
        BufferedImage card = photo.normalisedCard(12);
        double upright = difference(read, card);
        double upsideDown = difference(read, TestPhotos.halfTurned(card));
        System.out.printf("image read vs the drawn card: %.1f upright, %.1f upside down (mean grey difference)%n",
                upright, upsideDown);
        assertThat(upright).as("closer to the card upright than upside down").isLessThan(upsideDown / 2);
        assertThat(user.delete("/me").status()).isEqualTo(202);
        assertThat(photos.head(imageRead(key))).as("the image Rekognition read goes with its owner").isEmpty();
    }

    private String valued(ApiClient user, String key) throws InterruptedException {
        try (SqsClient sqs = SqsClient.create()) {
            sqs.sendMessage(b -> b.queueUrl(workQueueUrl)
                    .messageBody(Uploads.eventBridgeObjectCreated(AwsMode.BUCKET, key, "etag-" + UUID.randomUUID())));
        }
        String id = Uploads.awaitCardFor(user, key);
        JsonNode card = Uploads.awaitFinished(user, id, Duration.ofSeconds(90));
        assertThat(card.get("status").asText()).as(card.toString()).isEqualTo("VALUED");
        assertThat(card.get("identity").get("name").asText()).isEqualTo("Charizard");
        return id;
    }

    /** The one image DetectText was asked to read for the photo. */
    private static String imageRead(String key) {
        List<String> names = WireMockStandIn.get().server().findAll(postRequestedFor(urlEqualTo("/"))
                        .withHeader("X-Amz-Target", equalTo(AwsAnswers.DETECT_TEXT))
                        .withRequestBody(matchingJsonPath("$.Image.S3Object.Name", containing(PhotoKeys.derivedFolderOf(key)))))
                .stream().map(request -> ApiClient.json(request.getBodyAsString()).at("/Image/S3Object/Name").asText())
                .distinct().toList();
        assertThat(names).singleElement().asString().endsWith(".jpg");
        return names.get(0);
    }

    private BufferedImage jpeg(String key) throws IOException {
        byte[] bytes = photos.read(key, ReadingImages.MAX_BYTES).orElseThrow();
        assertThat(bytes).startsWith(0xFF, 0xD8, 0xFF);
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** Mean absolute grey difference of the two images, both shrunk to 63 × 88. */
    private static double difference(BufferedImage a, BufferedImage b) {
        BufferedImage small = shrunk(a);
        BufferedImage other = shrunk(b);
        double sum = 0;
        for (int y = 0; y < small.getHeight(); y++) {
            for (int x = 0; x < small.getWidth(); x++) {
                sum += Math.abs((small.getRGB(x, y) & 0xFF) - (other.getRGB(x, y) & 0xFF));
            }
        }
        return sum / (small.getWidth() * small.getHeight());
    }

    private static BufferedImage shrunk(BufferedImage image) {
        BufferedImage grey = new BufferedImage(63, 88, BufferedImage.TYPE_BYTE_GRAY);
        var g = grey.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, 63, 88, null);
        g.dispose();
        return grey;
    }
}
