package com.collectiq.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.ApiClient.Response;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.TestPhotos;
import com.collectiq.testsupport.Uploads;
import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.Scene;
import com.collectiq.testsupport.slabs.LabelKind;
import com.collectiq.testsupport.slabs.SlabCase;
import com.collectiq.testsupport.slabs.SlabPhoto;
import com.collectiq.testsupport.slabs.SlabSampler;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The whole flow in {@code local} mode, as a user meets it: a photo uploaded through its signed URL
 * becomes a valued card with no {@code POST /cards} at all, and its event reaches the event log.
 */
@LocalMode
class LocalPipelineTest extends ServiceTest {

    private static final long SLAB_SEED = 20261205L;

    @Test
    void anUploadedPhotoBecomesAValuedCardWithNoOtherCall() throws Exception {
        String sub = "collector-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient user = api(sub);
        byte[] photo = CardRenderer.builder().name("Charizard").hp(120).number("4").printedTotal("102")
                .frame(2400, 1800).cardShare(0.45).render().jpeg(0.9f);

        Response presign = user.post("/upload/presign", "{\"contentType\":\"image/jpeg\",\"sizeBytes\":"
                + photo.length + "}");
        assertThat(presign.status()).isEqualTo(200);
        Map<String, String> headers = new HashMap<>();
        presign.json().get("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
        Instant uploaded = Instant.now();
        assertThat(ApiClient.put(URI.create(presign.json().get("uploadUrl").asText()), photo, headers).status())
                .isEqualTo(200);

        JsonNode card = awaitValued(user, Duration.ofSeconds(60));
        Duration took = Duration.between(uploaded, Instant.now());
        System.out.println("local pipeline: upload to VALUED in " + took.toMillis() + " ms");

        assertThat(card.get("key").asText()).isEqualTo(presign.json().get("key").asText());
        assertThat(card.get("identity").get("name").asText()).isEqualTo("Charizard");
        assertThat(card.get("valuation").get("sources")).isNotEmpty();
        assertThat(card.get("authenticity").get("verdict").asText()).isNotBlank();
        assertThat(card.get("failure").isNull()).isTrue();

        String id = card.get("id").asText();
        Response history = user.get("/cards/" + id + "/history");
        assertThat(history.json().get("entries")).hasSize(1);

        JsonNode completed = awaitEvent(id, "ValuationCompleted", Duration.ofSeconds(20));
        assertThat(completed.get("detail").asText()).contains("\"schemaVersion\":1");
    }

    @Test
    void cardValueChangedFiresOnlyWhenARevaluationMovesTheValuePastTheThreshold() throws Exception {
        ApiClient user = api("collector-" + UUID.randomUUID().toString().substring(0, 8));
        Uploads.upload(user, CardRenderer.builder().frame(2000, 1500).cardShare(0.45).render().jpeg(0.9f));
        JsonNode first = awaitValued(user, Duration.ofSeconds(60));
        String id = first.get("id").asText();

        // the same photo and prices again: the value does not move, so no CardValueChanged
        assertThat(user.post("/cards/" + id + "/revalue", "").status()).isEqualTo(202);
        JsonNode second = awaitRun(user, id, 2);
        assertThat(second.get("valuation").get("fair").decimalValue()).isEqualByComparingTo(
                first.get("valuation").get("fair").decimalValue());

        List<String> runsBefore = runIds(user, id);
        // the owner says it is damaged (0.30 x Near Mint): far past the 10 % threshold
        assertThat(user.patch("/cards/" + id, "{\"condition\":\"Damaged\"}").status()).isEqualTo(200);
        JsonNode third = awaitRun(user, id, 3);
        JsonNode changed = ApiClient.json(awaitEvent(id, "CardValueChanged", Duration.ofSeconds(20)).get("detail").asText());
        assertThat(changed.get("previousFair").decimalValue()).isEqualByComparingTo(
                second.get("valuation").get("fair").decimalValue());
        assertThat(changed.get("fair").decimalValue()).isEqualByComparingTo(third.get("valuation").get("fair").decimalValue());
        List<String> thirdRun = new ArrayList<>(runIds(user, id));
        thirdRun.removeAll(runsBefore);
        assertThat(thirdRun).containsExactly(changed.get("runId").asText());
        assertThat(eventsOf(id, "CardValueChanged")).as("only the run that moved the value says so").hasSize(1);
        assertThat(eventsOf(id, "ValuationCompleted")).hasSize(3);
    }

    /** Waits for the card's n-th history entry and for the card to be VALUED again. */
    private JsonNode awaitRun(ApiClient user, String id, int runs) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (user.get("/cards/" + id + "/history").json().get("entries").size() < runs && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        JsonNode card = Uploads.awaitFinished(user, id, Duration.ofSeconds(60));
        assertThat(card.get("status").asText()).as(card.toString()).isEqualTo("VALUED");
        assertThat(user.get("/cards/" + id + "/history").json().get("entries")).hasSize(runs);
        return card;
    }

    private static List<String> runIds(ApiClient user, String id) {
        List<String> runIds = new ArrayList<>();
        user.get("/cards/" + id + "/history").json().get("entries").forEach(entry -> runIds.add(entry.get("runId").asText()));
        return runIds;
    }

    @ParameterizedTest
    @CsvSource({"sample-card-lossy.webp, image/webp", "sample-card-sideways-exif.webp, image/webp",
        "sample-card-cmyk.jpg, image/jpeg", "sample-card-grid.heic, image/heic"})
    void aPhoneOrScannerFormatBecomesAValuedCard(String fixture, String contentType) throws Exception {
        ApiClient user = api("formats-" + UUID.randomUUID().toString().substring(0, 8));

        Uploads.upload(user, TestPhotos.fixture(fixture), contentType);

        JsonNode card = awaitValued(user, Duration.ofSeconds(60));
        assertThat(card.get("valuation").get("sources")).isNotEmpty();
    }

    @Test
    void aGradedCardsSlabIsReadAndTheCardValuedAtItsGrade() throws Exception {
        ApiClient user = api("slabs-" + UUID.randomUUID().toString().substring(0, 8));
        SlabCase slab = SlabSampler.sample(EraCatalog.bundled(), SLAB_SEED, 12).stream()
                .filter(candidate -> candidate.label().grader().name().equals("PSA")
                        && candidate.label().kind() == LabelKind.GRADED)
                .findFirst().orElseThrow();
        // a clear photo: what is tested here is the flow; reading badly taken slabs is SlabPhotoReadingTest's
        SlabPhoto photo = slab.withScene(Scene.plain(slab.scene().seed()).withFrame(4000, 3000).withFill(0.8)).render();

        Uploads.upload(user, photo.jpeg(), "image/jpeg");

        JsonNode card = awaitValued(user, Duration.ofSeconds(60));
        JsonNode grading = card.get("identity").get("grading");
        assertThat(grading.get("grader").asText()).as(card.toString()).isEqualTo("PSA");
        assertThat(grading.get("grade").asText()).isEqualTo(photo.truth().label().grade());
        assertThat(grading.get("certNumber").asText()).isEqualTo(photo.truth().label().certNumber());
        assertThat(grading.get("certLookup").asText()).endsWith(photo.truth().label().certNumber());
        assertThat(grading.get("evidence").get("grade").get("rationale").asText()).isEqualTo("read on the label");
        assertThat(card.get("identity").get("name").asText()).as("the card inside the case is read, not the case")
                .isEqualTo(photo.truth().card().printedName());
    }

    private JsonNode awaitValued(ApiClient user, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            JsonNode items = user.get("/cards").json().get("items");
            if (items.size() == 1) {
                last = items.get(0);
                String status = last.get("status").asText();
                if (status.equals("VALUED") || status.equals("FAILED")) {
                    assertThat(status).as(last.toString()).isEqualTo("VALUED");
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no valued card within " + timeout + "; last seen: " + last);
    }
}
