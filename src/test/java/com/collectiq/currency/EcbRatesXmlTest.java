package com.collectiq.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.EcbRatesFile;

/** The ECB's documented file shape is read; anything else is refused, never half-read. */
class EcbRatesXmlTest {

    static final String DAILY = EcbRatesFile.daily("2026-12-04", "USD", "1.0512", "JPY", "158.93", "GBP", "0.83245");

    static ExchangeRates read(String xml) {
        return EcbRatesXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), ExchangeRates.RateSource.ECB);
    }

    @Test
    void theDailyFileGivesItsDayAndEveryRateWithTheEuroAsOne() {
        ExchangeRates rates = read(DAILY);

        assertThat(rates.date()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(rates.source()).isEqualTo(ExchangeRates.RateSource.ECB);
        assertThat(rates.perEuro()).containsOnlyKeys("EUR", "USD", "JPY", "GBP");
        assertThat(rates.perEuro().get("USD")).isEqualByComparingTo("1.0512");
        assertThat(rates.perEuro().get("GBP")).isEqualByComparingTo("0.83245");
        assertThat(rates.perEuro().get("EUR")).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void ofTheNinetyDayFileOnlyTheNewestDayIsRead() {
        String history = """
                <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
                <Cube>
                <Cube time="2026-12-04"><Cube currency="USD" rate="1.0512"/></Cube>
                <Cube time="2026-12-03"><Cube currency="USD" rate="1.0400"/><Cube currency="CHF" rate="0.9301"/></Cube>
                </Cube>
                </gesmes:Envelope>
                """;

        ExchangeRates rates = read(history);

        assertThat(rates.date()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(rates.perEuro()).containsOnlyKeys("EUR", "USD");
        assertThat(rates.perEuro().get("USD")).isEqualByComparingTo("1.0512");
    }

    @Test
    void filesThatAreNotRatesAreRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> read("<html><body>Service Unavailable</body></html>"))
                .isInstanceOf(UnreadableRatesException.class).hasMessageContaining("no <Cube time");
        assertThatThrownBy(() -> read(DAILY.substring(0, DAILY.length() / 2)))
                .isInstanceOf(UnreadableRatesException.class).hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> read("<Cube><Cube time='2026-12-04'></Cube></Cube>"))
                .isInstanceOf(UnreadableRatesException.class).hasMessageContaining("lists no rates");
        assertThatThrownBy(() -> read("<Cube><Cube time='04/12/2026'><Cube currency='USD' rate='1.05'/></Cube></Cube>"))
                .isInstanceOf(UnreadableRatesException.class).hasMessageContaining("not a date");
        assertThatThrownBy(() -> read(DAILY.replace("'USD'", "'usd'")))
                .isInstanceOf(UnreadableRatesException.class).hasMessageContaining("'usd' is not an ISO 4217");
        assertThatThrownBy(() -> read(DAILY.replace("'USD'", "'ZZQ'")))
                .isInstanceOf(UnreadableRatesException.class).hasMessageContaining("'ZZQ' is not an ISO 4217");
        assertThatThrownBy(() -> read(DAILY.replace("'1.0512'", "'-1.0512'")))
                .isInstanceOf(UnreadableRatesException.class).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> read(DAILY.replace("'1.0512'", "'n/a'")))
                .isInstanceOf(UnreadableRatesException.class).hasMessageContaining("is not a number");
        assertThatThrownBy(() -> read(DAILY.replace("'JPY'", "'USD'")))
                .isInstanceOf(UnreadableRatesException.class).hasMessageContaining("USD is listed twice");
        assertThatThrownBy(() -> read(DAILY.replace("'JPY'", "'EUR'")))
                .isInstanceOf(UnreadableRatesException.class).hasMessageContaining("the euro is the base");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverExpanded() {
        String entity = """
                <?xml version="1.0"?>
                <!DOCTYPE Cube [<!ENTITY rate SYSTEM "file:///etc/hostname">]>
                <Cube><Cube time='2026-12-04'><Cube currency='USD' rate='&rate;'/></Cube></Cube>
                """;

        assertThatThrownBy(() -> read(entity)).isInstanceOf(UnreadableRatesException.class);
    }

    @Test
    void theBundledFallbackIsLabelledAndDated() {
        ExchangeRates bundled = BundledRates.load();

        assertThat(bundled.source()).isEqualTo(ExchangeRates.RateSource.BUNDLED);
        assertThat(bundled.date()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(bundled.currencies()).contains("EUR", "USD", "GBP", "JPY", "CHF", "CAD", "AUD")
                .doesNotContain("BGN").hasSize(30);
    }
}
