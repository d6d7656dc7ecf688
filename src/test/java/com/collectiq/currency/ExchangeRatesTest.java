package com.collectiq.currency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Cross rates through the euro, rounded to the target currency's minor digits. */
class ExchangeRatesTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    final ExchangeRates rates = new ExchangeRates(DAY,
            Map.of("USD", new BigDecimal("1.25"), "JPY", new BigDecimal("160"), "GBP", new BigDecimal("0.8")),
            ExchangeRates.RateSource.ECB);

    @Test
    void aRateOfTheFeedConvertsFromTheEuro() {
        ExchangeRates.Converted converted = rates.convert(new BigDecimal("100.00"), "EUR", "USD").orElseThrow();

        assertThat(converted.amount()).isEqualTo(new BigDecimal("125.00"));
        assertThat(converted.rate()).isEqualByComparingTo("1.25");
        assertThat(converted.currency()).isEqualTo("USD");
        assertThat(converted.rateDate()).isEqualTo(DAY);
        assertThat(converted.source()).isEqualTo(ExchangeRates.RateSource.ECB);
    }

    @Test
    void otherPairsGoThroughTheEuro() {
        // 1 USD = 0.8 / 1.25 GBP = 0.64 GBP; 1 USD = 160 / 1.25 JPY = 128 JPY
        assertThat(rates.rate("USD", "GBP")).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.64"));
        assertThat(rates.convert(new BigDecimal("395"), "USD", "GBP").orElseThrow().amount())
                .isEqualTo(new BigDecimal("252.80"));
        assertThat(rates.convert(new BigDecimal("395"), "USD", "EUR").orElseThrow().amount())
                .isEqualTo(new BigDecimal("316.00"));
        // yen have no minor unit: 3.99 USD is 510.72 JPY, shown as 511
        assertThat(rates.convert(new BigDecimal("3.99"), "USD", "JPY").orElseThrow().amount())
                .isEqualTo(new BigDecimal("511"));
    }

    @Test
    void aRateThatDoesNotEndKeepsSixSignificantDigitsAndTheAmountIsComputedWithIt() {
        ExchangeRates odd = new ExchangeRates(DAY, Map.of("USD", new BigDecimal("1.0512")), ExchangeRates.RateSource.ECB);
        // 1 / 1.0512 = 0.951293759...
        ExchangeRates.Converted converted = odd.convert(new BigDecimal("395.00"), "USD", "EUR").orElseThrow();

        assertThat(converted.rate()).isEqualTo(new BigDecimal("0.951294"));
        assertThat(converted.amount()).isEqualTo(new BigDecimal("375.76"));
    }

    @Test
    void theSameCurrencyIsRateOneAndAnUncoveredOneIsNotConverted() {
        ExchangeRates.Converted same = rates.convert(new BigDecimal("10.5"), "USD", "USD").orElseThrow();

        assertThat(same.rate()).isEqualTo(BigDecimal.ONE);
        assertThat(same.amount()).isEqualTo(new BigDecimal("10.50"));
        assertThat(rates.convert(BigDecimal.TEN, "USD", "CHF")).isEmpty();
        assertThat(rates.convert(BigDecimal.TEN, "CHF", "USD")).isEmpty();
        assertThat(rates.convert(BigDecimal.TEN, null, "USD")).isEmpty();
        assertThat(rates.covers("EUR")).isTrue();
        assertThat(rates.currencies()).containsExactly("EUR", "GBP", "JPY", "USD");
    }
}
