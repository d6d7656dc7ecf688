package com.collectiq.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.collectiq.alerts.PriceAlert.Kind;

/** An alert fires on a crossing, once, and re-arms only when the value crosses back. */
class PriceAlertTest {

    private static final Instant SET = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void anAboveAlertFiresOnceOnTheWayUpAndAgainOnlyAfterComingBack() {
        assertThat(firings(alert(Kind.ABOVE, "500", null), "400", "520", "600", "510", "480", "505"))
                .containsExactly(false, true, false, false, false, true);
    }

    @Test
    void aBelowAlertFiresBelowItsThresholdNotAtIt() {
        assertThat(firings(alert(Kind.BELOW, "100", null), "100", "99.99", "80", "100", "101", "99"))
                .containsExactly(false, true, false, false, false, true);
    }

    @Test
    void aChangeAlertCountsFromTheValueWhenItWasSetEitherWay() {
        PriceAlert change = alert(Kind.CHANGE_PERCENT, "15", "200");

        assertThat(change.holds(new BigDecimal("229.99"))).isFalse();
        assertThat(change.holds(new BigDecimal("230"))).isTrue();
        assertThat(change.holds(new BigDecimal("170"))).isTrue();
        assertThat(firings(change, "210", "160", "150", "205", "240")).containsExactly(false, true, false, false, true);
    }

    @Test
    void firingDisarmsAndStampsTheTimeRearmingKeepsIt() {
        Instant fired = SET.plusSeconds(60);
        PriceAlert.Transition up = alert(Kind.ABOVE, "10", null).next(new BigDecimal("11"), fired);
        PriceAlert.Transition back = up.alert().next(new BigDecimal("9"), SET.plusSeconds(120));

        assertThat(up.alert().armed()).isFalse();
        assertThat(up.alert().lastTriggeredAt()).isEqualTo(fired);
        assertThat(back.fired()).isFalse();
        assertThat(back.alert().armed()).isTrue();
        assertThat(back.alert().lastTriggeredAt()).isEqualTo(fired);
    }

    private static List<Boolean> firings(PriceAlert alert, String... fairs) {
        List<Boolean> fired = new ArrayList<>();
        PriceAlert current = alert;
        for (String fair : fairs) {
            PriceAlert.Transition transition = current.next(new BigDecimal(fair), SET);
            fired.add(transition.fired());
            current = transition.alert();
        }
        return fired;
    }

    private static PriceAlert alert(Kind kind, String threshold, String baseFair) {
        return new PriceAlert("a1", "alice", "c1", kind, new BigDecimal(threshold), "USD",
                baseFair == null ? null : new BigDecimal(baseFair), true, SET, null);
    }
}
