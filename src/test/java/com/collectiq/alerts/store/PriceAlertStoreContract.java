package com.collectiq.alerts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.collectiq.alerts.PriceAlert;
import com.collectiq.alerts.PriceAlert.Kind;
import com.collectiq.alerts.PriceAlertStore;
import com.collectiq.platform.ids.Ids;
import com.collectiq.testsupport.TickingClock;

/** The {@link PriceAlertStore} contract, run against every implementation on a fresh, empty backend. */
abstract class PriceAlertStoreContract {

    static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    final TickingClock clock = new TickingClock(START);
    final String alice = "alice-" + UUID.randomUUID();
    final String bob = "bob-" + UUID.randomUUID();

    PriceAlertStore store;

    abstract void openBackend();

    abstract PriceAlertStore newStore();

    /** A card of the owner's for alerts to be about; its id. */
    abstract String cardOf(String owner);

    abstract void closeBackend();

    @BeforeEach
    void open() {
        openBackend();
        store = newStore();
    }

    @AfterEach
    void close() {
        closeBackend();
    }

    @Test
    void alertsRoundTripOldestFirstAndOnlyTheOwners() {
        String card = cardOf(alice);
        PriceAlert above = alert(alice, card, Kind.ABOVE, "500.5", null);
        PriceAlert change = alert(alice, card, Kind.CHANGE_PERCENT, "15", "200.25");
        PriceAlert bobs = alert(bob, cardOf(bob), Kind.BELOW, "3", null);

        assertThat(store.add(above, 10)).isTrue();
        assertThat(store.add(change, 10)).isTrue();
        assertThat(store.add(bobs, 10)).isTrue();

        assertThat(store.list(alice)).containsExactly(above, change);
        assertThat(store.get(alice, change.id())).contains(change);
        assertThat(store.get(bob, change.id())).isEmpty();
        assertThat(store.list(bob)).containsExactly(bobs);
    }

    @Test
    void anOwnerAtTheLimitAddsNothingOthersStillCan() {
        String card = cardOf(alice);
        assertThat(store.add(alert(alice, card, Kind.ABOVE, "1", null), 2)).isTrue();
        assertThat(store.add(alert(alice, card, Kind.ABOVE, "2", null), 2)).isTrue();

        assertThat(store.add(alert(alice, card, Kind.ABOVE, "3", null), 2)).isFalse();
        assertThat(store.list(alice)).hasSize(2);
        assertThat(store.add(alert(bob, cardOf(bob), Kind.ABOVE, "3", null), 2)).isTrue();
    }

    @Test
    void updateWritesTheStateAndNeverBringsBackADeletedAlert() {
        String card = cardOf(alice);
        PriceAlert alert = alert(alice, card, Kind.ABOVE, "10", null);
        store.add(alert, 10);
        PriceAlert fired = alert.next(new BigDecimal("11"), START.plusSeconds(5)).alert();

        store.update(fired);
        assertThat(store.get(alice, alert.id())).contains(fired);

        assertThat(store.delete(alice, alert.id())).isTrue();
        store.update(fired);
        assertThat(store.get(alice, alert.id())).isEmpty();
        assertThat(store.delete(alice, alert.id())).isFalse();
    }

    @Test
    void aCardsAlertsAreFoundAndGoWithIt() {
        String one = cardOf(alice);
        String two = cardOf(alice);
        PriceAlert onOne = alert(alice, one, Kind.ABOVE, "10", null);
        PriceAlert onTwo = alert(alice, two, Kind.BELOW, "5", null);
        store.add(onOne, 10);
        store.add(onTwo, 10);

        assertThat(store.ofCard(alice, one)).containsExactly(onOne);
        assertThat(store.ofCard(bob, one)).isEmpty();

        store.deleteCard(alice, one);
        assertThat(store.list(alice)).containsExactly(onTwo);
        store.deleteCard(alice, one);
    }

    @Test
    void deleteOwnerRemovesOnlyThatOwnersAlerts() {
        PriceAlert bobs = alert(bob, cardOf(bob), Kind.ABOVE, "1", null);
        store.add(alert(alice, cardOf(alice), Kind.ABOVE, "1", null), 10);
        store.add(bobs, 10);

        store.deleteOwner(alice);
        store.deleteOwner(alice);

        assertThat(store.list(alice)).isEmpty();
        assertThat(store.list(bob)).containsExactly(bobs);
    }

    private PriceAlert alert(String owner, String cardId, Kind kind, String threshold, String baseFair) {
        return new PriceAlert(Ids.newId(clock), owner, cardId, kind, new BigDecimal(threshold), "USD",
                baseFair == null ? null : new BigDecimal(baseFair), true, clock.instant(), null);
    }
}
