package com.collectiq.currency;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.currency.*}: where the ECB's daily reference rates are read from and how long to
 * wait for them. How often they are read ({@code refresh-period}, {@code first-refresh-delay}) is the
 * timer's business, in {@code routes/currency.yaml}.
 */
@ConfigurationProperties("collectiq.currency")
public record CurrencyProperties(
        @DefaultValue("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml") URI ratesUrl,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) {
}
