package com.collectiq.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.ApiClient.Response;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.ServiceTest;
import com.fasterxml.jackson.databind.JsonNode;

/** Cursor pagination over HTTP: every card once, even while cards come and go between pages. */
@LocalMode
class CardsPaginationTest extends ServiceTest {

    @Autowired
    CardStore store;

    private List<String> seed(String owner, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(store.create(owner, "uploads/" + owner + "/" + UUID.randomUUID() + ".png", null, Hints.NONE)
                    .card().id());
        }
        return ids;
    }

    private static List<String> walk(ApiClient user, Runnable betweenPages) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Response page = user.get("/cards?limit=20" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            page.json().get("items").forEach(card -> seen.add(card.get("id").asText()));
            JsonNode next = page.json().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asText();
            betweenPages.run();
        } while (cursor != null);
        return seen;
    }

    @Test
    void fortyFiveCardsByTwentyAppearOnceEachNewestFirst() {
        String owner = "pager-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = seed(owner, 45);

        List<String> seen = walk(api(owner), () -> { });

        assertThat(seen).hasSize(45).doesNotHaveDuplicates();
        List<String> newestFirst = new ArrayList<>(ids);
        Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void pagingWhileAnotherClientCreatesAndDeletesMissesNothingThatStayed() throws Exception {
        String owner = "pager-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = seed(owner, 45);
        List<String> doomed = ids.subList(0, 10);
        Set<String> stayed = new HashSet<>(ids.subList(10, 45));
        AtomicBoolean paging = new AtomicBoolean(true);
        CompletableFuture<Void> churn = CompletableFuture.runAsync(() -> {
            int next = 0;
            while (paging.get()) {
                seed(owner, 1);
                if (next < doomed.size()) {
                    store.delete(owner, doomed.get(next++));
                }
            }
        });

        List<String> seen = walk(api(owner), Thread::yield);
        paging.set(false);
        churn.get();

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(stayed);
    }
}
