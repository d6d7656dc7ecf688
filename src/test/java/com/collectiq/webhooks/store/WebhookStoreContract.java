package com.collectiq.webhooks.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.collectiq.platform.ids.Ids;
import com.collectiq.testsupport.TickingClock;
import com.collectiq.webhooks.Webhook;
import com.collectiq.webhooks.WebhookDelivery;
import com.collectiq.webhooks.WebhookStore;

/** The {@link WebhookStore} contract, run against every implementation on a fresh store. */
abstract class WebhookStoreContract {

    final TickingClock clock = new TickingClock(Instant.parse("2026-03-01T10:00:00Z"));
    WebhookStore store;

    abstract WebhookStore openStore();

    abstract void closeBackend();

    @BeforeEach
    void open() {
        store = openStore();
    }

    @AfterEach
    void close() {
        closeBackend();
    }

    @Test
    void aRegistrationIsReadBackAndReplacedByTheNextOne() {
        Webhook first = new Webhook("alice", URI.create("https://hooks.example.com/a"), "s".repeat(16), clock.instant());
        Webhook second = new Webhook("alice", URI.create("https://other.example.org/b?x=1"), "t".repeat(40),
                clock.instant());
        store.put(first);
        assertThat(store.find("alice")).contains(first);

        store.put(second);

        assertThat(store.find("alice")).contains(second);
        assertThat(store.find("bob")).isEmpty();
    }

    @Test
    void removingAWebhookTakesItsDeliveriesAndNoOneElses() {
        store.put(new Webhook("alice", URI.create("https://hooks.example.com/a"), "s".repeat(16), clock.instant()));
        store.put(new Webhook("bob", URI.create("https://hooks.example.com/b"), "s".repeat(16), clock.instant()));
        WebhookDelivery alices = delivery("alice", clock.instant());
        WebhookDelivery bobs = delivery("bob", clock.instant());
        store.add(alices);
        store.add(bobs);

        assertThat(store.remove("alice")).isTrue();
        assertThat(store.remove("alice")).isFalse();

        assertThat(store.find("alice")).isEmpty();
        assertThat(store.find("bob")).isPresent();
        assertThat(store.due(clock.instant(), 10)).containsExactly(bobs);
    }

    @Test
    void dueDeliveriesComeOutOldestEventFirstUpToTheLimitAndOnlyWhenDue() {
        Instant now = clock.instant();
        WebhookDelivery first = delivery("alice", now);
        WebhookDelivery later = delivery("alice", now.plusSeconds(30));
        WebhookDelivery second = delivery("bob", now.minusMillis(500));
        store.add(later);
        store.add(second);
        store.add(first);

        assertThat(store.due(now, 10)).containsExactly(first, second);
        assertThat(store.due(now, 1)).containsExactly(first);
        // "…:30Z" and "…:29.5Z": an instant's text is not in time order unless it is fixed-width
        assertThat(store.due(now.plusMillis(29_500), 10)).containsExactly(first, second);
        assertThat(store.due(now.plusSeconds(30), 10)).containsExactly(first, later, second);
    }

    @Test
    void recordingADeliveryAgainKeepsTheFirst() {
        WebhookDelivery delivery = delivery("alice", clock.instant());
        store.add(delivery);
        store.add(new WebhookDelivery(delivery.id(), "alice", "Other", "{}", clock.instant(), 3, clock.instant(), "x"));

        assertThat(store.due(clock.instant(), 10)).containsExactly(delivery);
    }

    @Test
    void aFailedAttemptIsRescheduledAndADoneDeliveryStaysGone() {
        WebhookDelivery delivery = delivery("alice", clock.instant());
        store.add(delivery);
        WebhookDelivery retry = delivery.failed("HTTP 500", clock.instant().plus(Duration.ofSeconds(10)));

        store.update(retry);

        assertThat(store.due(clock.instant(), 10)).isEmpty();
        assertThat(store.due(clock.instant().plusSeconds(10), 10)).containsExactly(retry);
        store.done(delivery.id());
        store.done(delivery.id());
        store.update(retry.failed("HTTP 500", clock.instant()));
        assertThat(store.due(clock.instant().plusSeconds(60), 10)).isEmpty();
    }

    @Test
    void aDueDeliveryIsClaimedByOnePassOnlyAndHiddenUntilTheClaimEnds() {
        WebhookDelivery delivery = delivery("alice", clock.instant());
        store.add(delivery);
        Instant until = clock.instant().plusSeconds(30);

        assertThat(store.claim(delivery, until)).isTrue();
        assertThat(store.claim(delivery, until)).isFalse();

        assertThat(store.due(until.minusMillis(1), 10)).isEmpty();
        assertThat(store.due(until, 10)).extracting(WebhookDelivery::id).containsExactly(delivery.id());
        store.done(delivery.id());
        assertThat(store.claim(delivery, until)).isFalse();
    }

    private WebhookDelivery delivery(String owner, Instant due) {
        return new WebhookDelivery(Ids.newId(clock), owner, "ValuationCompleted",
                "{\"owner\":\"" + owner + "\",\"text\":\"caf\u00e9 \\\"quoted\\\"\"}", clock.instant(), 0, due, null);
    }
}
