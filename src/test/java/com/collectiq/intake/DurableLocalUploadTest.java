package com.collectiq.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.collectiq.card.Card;
import com.collectiq.card.CardStatus;
import com.collectiq.card.CardStore;
import com.collectiq.card.ValuationRun;
import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.Uploads;

/**
 * A local upload answered 200 has its card and QUEUED run in the store already, before the
 * in-process queue has run anything: with the intake route stopped (a queue that never delivers,
 * as after a kill), the card is there, and the recovery sweep can resume it from the store. When
 * the queue runs again the card is valued once.
 */
@LocalMode
class DurableLocalUploadTest extends ServiceTest {

    private static final byte[] PHOTO = CardRenderer.builder().frame(1600, 1200).cardShare(0.45).render().jpeg(0.9f);

    @Autowired
    private CamelContext camel;

    @Autowired
    private CardStore cards;

    @Test
    void theCardAndItsQueuedRunAreStoredBeforeTheUploadIsAnswered() throws Exception {
        ApiClient user = api("durable-" + UUID.randomUUID());
        String key;
        camel.getRouteController().stopRoute("intake");
        try {
            key = Uploads.upload(user, PHOTO);

            Card card = cards.findByKey(key).orElseThrow(() -> new AssertionError("no card stored for the upload"));
            assertThat(card.status()).isEqualTo(CardStatus.PENDING);
            assertThat(card.run()).isNotNull();
            assertThat(card.run().state()).isEqualTo(ValuationRun.State.QUEUED);
        } finally {
            camel.getRouteController().startRoute("intake");
        }

        String id = Uploads.awaitCardFor(user, key);
        assertThat(Uploads.awaitFinished(user, id, Duration.ofSeconds(60)).path("status").asText()).isEqualTo("VALUED");
        assertThat(user.get("/cards/" + id + "/history").json().get("entries").size()).isEqualTo(1);
    }
}
