package com.collectiq.repricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.collectiq.card.Valuation;

/** What counts as a move worth a history entry: at least min-change of the value, or a value appearing or going. */
class ValueMoveTest {

    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");

    @Test
    void aMoveOfAtLeastMinChangeCountsEitherWay() {
        assertThat(ValueMove.moved(fair("100.00"), fair("101.00"), ONE_PERCENT)).isTrue();
        assertThat(ValueMove.moved(fair("100.00"), fair("99.00"), ONE_PERCENT)).isTrue();
        assertThat(ValueMove.moved(fair("100.00"), fair("100.99"), ONE_PERCENT)).isFalse();
        assertThat(ValueMove.moved(fair("100.00"), fair("100.00"), BigDecimal.ZERO)).isFalse();
        assertThat(ValueMove.moved(fair("100.00"), fair("100.01"), BigDecimal.ZERO)).isTrue();
    }

    @Test
    void aValueAppearingGoingOrChangingCurrencyCounts() {
        assertThat(ValueMove.moved(fair(null), fair("5.00"), ONE_PERCENT)).isTrue();
        assertThat(ValueMove.moved(fair("5.00"), fair(null), ONE_PERCENT)).isTrue();
        assertThat(ValueMove.moved(fair(null), fair(null), ONE_PERCENT)).isFalse();
        assertThat(ValueMove.moved(fair("0"), fair("0.50"), ONE_PERCENT)).isTrue();
        assertThat(ValueMove.moved(fair("5.00"), new Valuation(null, new BigDecimal("5.00"), null, "EUR", 0.5,
                Instant.EPOCH, "", List.of(), List.of(), ""), ONE_PERCENT)).isTrue();
    }

    private static Valuation fair(String fair) {
        return new Valuation(null, fair == null ? null : new BigDecimal(fair), null, "USD", 0.5, Instant.EPOCH, "",
                List.of(), List.of(), "");
    }
}
