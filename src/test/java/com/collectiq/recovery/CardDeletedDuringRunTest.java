package com.collectiq.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import com.collectiq.card.ValuationRequests.ValuationRequest;
import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.Uploads;

/**
 * A collector deletes a card while it is being valued: the run has nothing left to write. It ends
 * there (routes/valuation-errors.yaml): no dead letter about a card that is gone (the pipeline's
 * retry policy would end in one after its retries), and the card stays deleted. The delete is made to
 * land between pricing and the final write, the widest window a real delete can hit, and before the
 * photo is read, which the delete took with it.
 */
@LocalMode
@DirtiesContext // the advice below changes the pipeline of the context it runs in
class CardDeletedDuringRunTest extends ServiceTest {

    @Autowired
    CamelContext camel;

    @Test
    void theRunEndsQuietlyWithoutRetriesOrADeadLetter() throws Exception {
        deletedBefore("complete-run");
    }

    /** The delete also removed the photo: reading it fails, and that failure is not the card's. */
    @Test
    void aRunWhosePhotoWentWithTheCardEndsWithoutADeadLetter() throws Exception {
        deletedBefore("check-photos");
    }

    private void deletedBefore(String step) throws Exception {
        String owner = "deleted-during-run-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient user = api(owner);
        CountDownLatch deleted = new CountDownLatch(1);
        // The card id comes from the run: polling the collection for it races the delete, which can
        // land before the first poll when the step is early.
        AtomicReference<String> deletedCard = new AtomicReference<>();
        AdviceWith.adviceWith(camel, "value-card", route -> route.weaveById(step).before().process(exchange -> {
            ValuationRequest request = exchange.getProperty("collectiqValuationRequest", ValuationRequest.class);
            if (owner.equals(request.owner())) {
                assertThat(user.delete("/cards/" + request.cardId()).status()).isEqualTo(204);
                deletedCard.set(request.cardId());
                deleted.countDown();
            }
        }));

        Uploads.upload(user, CardRenderer.builder().frame(1600, 1200).cardShare(0.45).render().jpeg(0.9f));
        assertThat(deleted.await(60, TimeUnit.SECONDS)).as("the run reached " + step).isTrue();
        String cardId = deletedCard.get();
        awaitNoRunInFlight();

        assertThat(user.get("/cards/" + cardId).status()).isEqualTo(404);
        assertThat(new DeadLetterDesk(admin("operator")).about(cardId)).as("dead letters about the deleted card").isEmpty();
    }

    private void awaitNoRunInFlight() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (camel.getInflightRepository().size("value-card") > 0) {
            assertThat(Instant.now()).as("the run still in flight").isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
