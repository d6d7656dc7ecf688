package com.collectiq.valuehistory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.collectiq.valuehistory.ValueSnapshot;
import com.collectiq.valuehistory.ValueSnapshot.Totals;
import com.collectiq.valuehistory.ValueSnapshotStore;

/** The {@link ValueSnapshotStore} contract, run against every implementation on a fresh, empty backend. */
abstract class ValueSnapshotStoreContract {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    final String alice = "alice-" + UUID.randomUUID();
    final String bob = "bob-" + UUID.randomUUID();

    ValueSnapshotStore store;

    abstract void openBackend();

    abstract ValueSnapshotStore newStore();

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
    void aDayHoldsOneSnapshotTheLastWritten() {
        store.put(snapshot(alice, DAY, 2, "10.00", "09:00"));
        ValueSnapshot later = snapshot(alice, DAY, 3, "12.50", "17:30");
        store.put(later);

        assertThat(store.get(alice, DAY)).contains(later);
        assertThat(store.get(bob, DAY)).isEmpty();
        assertThat(store.get(alice, DAY.plusDays(1))).isEmpty();
    }

    @Test
    void aRangeIsInclusiveOldestFirstAndOnlyTheOwners() {
        ValueSnapshot first = snapshot(alice, DAY, 1, "1.00", "10:00");
        ValueSnapshot second = snapshot(alice, DAY.plusDays(1), 2, "2.00", "10:00");
        ValueSnapshot third = snapshot(alice, DAY.plusDays(3), 3, "3.00", "10:00");
        store.put(third);
        store.put(first);
        store.put(second);
        store.put(snapshot(bob, DAY.plusDays(1), 9, "9.00", "10:00"));

        assertThat(store.between(alice, DAY, DAY.plusDays(3))).containsExactly(first, second, third);
        assertThat(store.between(alice, DAY.plusDays(1), DAY.plusDays(2))).containsExactly(second);
        assertThat(store.between(alice, DAY.minusDays(9), DAY.minusDays(1))).isEmpty();
    }

    @Test
    void deleteOwnerRemovesOnlyThatOwnersHistory() {
        ValueSnapshot bobs = snapshot(bob, DAY, 1, "1.00", "10:00");
        store.put(snapshot(alice, DAY, 1, "1.00", "10:00"));
        store.put(snapshot(alice, DAY.plusDays(400), 1, "1.00", "10:00"));
        store.put(bobs);

        store.deleteOwner(alice);
        store.deleteOwner(alice);

        assertThat(store.between(alice, DAY, DAY.plusDays(400))).isEmpty();
        assertThat(store.between(bob, DAY, DAY)).containsExactly(bobs);
    }

    private static ValueSnapshot snapshot(String owner, LocalDate day, int cards, String fair, String time) {
        BigDecimal amount = new BigDecimal(fair);
        return new ValueSnapshot(owner, day, cards, Map.of("USD", new Totals(amount, amount, amount.add(BigDecimal.ONE)),
                "EUR", new Totals(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN)),
                Instant.parse(day + "T" + time + ":00Z"));
    }
}
