package com.collectiq.pricing.sources;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.pricing.pricecharting.*}: where the PriceCharting API is, its key ({@code local}:
 * {@code apiKey}; {@code aws}: the Secrets Manager secret {@code apiKeySecret}, {@code id} or
 * {@code id#field}) and how long to wait. Without a key the source is off.
 */
@ConfigurationProperties("collectiq.pricing.pricecharting")
public record PriceChartingProperties(
        @DefaultValue("https://www.pricecharting.com") URI baseUrl,
        String apiKey,
        String apiKeySecret,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("4s") Duration readTimeout) {

    /** Never prints the key. */
    @Override
    public String toString() {
        return "PriceChartingProperties[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null || apiKey.isBlank()
                ? "(none)" : "(set)") + ", apiKeySecret=" + apiKeySecret + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + "]";
    }
}
