package com.collectiq.card.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.collectiq.card.Card;
import com.collectiq.card.CardStatus;
import com.collectiq.card.CardStore;
import com.collectiq.card.Hints;
import com.collectiq.card.Repricing;
import com.collectiq.platform.keys.ServiceSecrets;
import com.collectiq.repricing.DueCards;
import com.collectiq.repricing.RepriceRequest;
import com.collectiq.repricing.RepricingProperties;
import com.collectiq.testsupport.DynamoTestTable;
import com.collectiq.testsupport.TestJson;
import com.collectiq.testsupport.TickingClock;

/**
 * Two service instances run a repricing pass at the same moment on one DynamoDB table (dynalite):
 * between them every due card is queued, and none twice, because a pass claims a card with an
 * optimistic write before it queues it; the card's claim then keeps it out of both passes' next pages.
 */
class RepricingAcrossInstancesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
    private static final int CARDS = 40;

    private final DynamoTestTable table = DynamoTestTable.create();
    private final TickingClock clock = new TickingClock(NOW);
    private final ServiceSecrets secrets = CardStoreContract.secret("repricing-cursor-secret-0123456789abcdef");

    @AfterEach
    void close() {
        table.close();
    }

    @Test
    void twoInstancesPassingAtOnceQueueEachDueCardOnce() throws Exception {
        Set<String> due = new HashSet<>();
        CardStore setup = store();
        for (int i = 0; i < CARDS; i++) {
            String owner = "owner-" + (i % 3);
            Card card = setup.create(owner, "uploads/" + owner + "/photo-" + i + ".jpg", null, Hints.NONE).card();
            due.add(setup.update(card.withStatus(CardStatus.VALUED)
                    .withRepricing(new Repricing(NOW.minusSeconds(60 + i), "NM", null))).id());
        }
        Card notDue = setup.create("owner-0", "uploads/owner-0/later.jpg", null, Hints.NONE).card();
        setup.update(notDue.withStatus(CardStatus.VALUED).withRepricing(new Repricing(NOW.plusSeconds(60), "NM", null)));

        List<RepriceRequest> queued = Collections.synchronizedList(new ArrayList<>());
        RepricingProperties properties = new RepricingProperties(Duration.ofDays(1), Duration.ofMinutes(15), 7, 10_000,
                new BigDecimal("0.01"));
        DueCards first = new DueCards(store(), queued::add, properties, clock);
        DueCards second = new DueCards(store(), queued::add, properties, clock);

        ExecutorService instances = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<Integer> a = instances.submit(() -> {
                start.await();
                return first.queueDue();
            });
            Future<Integer> b = instances.submit(() -> {
                start.await();
                return second.queueDue();
            });
            start.countDown();
            int total = a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);

            assertThat(total).isEqualTo(CARDS);
        } finally {
            instances.shutdownNow();
        }
        List<String> cardIds = queued.stream().map(RepriceRequest::cardId).toList();
        assertThat(cardIds).doesNotHaveDuplicates();
        assertThat(new HashSet<>(cardIds)).isEqualTo(due);
        assertThat(store().findDueForRepricing(NOW, 100)).as("every claim holds the card out of the due list").isEmpty();
        assertThat(first.queueDue() + second.queueDue()).as("a pass right after finds nothing").isZero();
    }

    private CardStore store() {
        return new DynamoCardStore(table.client(), table.properties(), TestJson.mapper(), new CursorCodec(secrets), clock);
    }
}
