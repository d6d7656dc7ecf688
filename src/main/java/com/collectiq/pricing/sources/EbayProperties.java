package com.collectiq.pricing.sources;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.pricing.ebay.*}: where eBay's APIs are, the application's OAuth client
 * ({@code local}: {@code clientId} and {@code clientSecret}; {@code aws}: the Secrets Manager secrets
 * {@code clientIdSecret} and {@code clientSecretSecret}, each {@code id} or {@code id#field}), the
 * marketplace searched, the category (CCG Individual Cards, 183454, where eBay's trading-card
 * conditions apply), how many listings to read and how long to wait. Without credentials the source is off.
 */
@ConfigurationProperties("collectiq.pricing.ebay")
public record EbayProperties(
        @DefaultValue("https://api.ebay.com") URI baseUrl,
        String clientId,
        String clientSecret,
        String clientIdSecret,
        String clientSecretSecret,
        @DefaultValue("https://api.ebay.com/oauth/api_scope") String scope,
        @DefaultValue("EBAY_US") String marketplace,
        @DefaultValue("183454") String categoryId,
        @DefaultValue("50") int limit,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("4s") Duration readTimeout) {

    /** Never prints the client secret or id. */
    @Override
    public String toString() {
        return "EbayProperties[baseUrl=" + baseUrl + ", client=" + (clientSecret == null || clientSecret.isBlank()
                ? "(none)" : "(set)") + ", clientIdSecret=" + clientIdSecret + ", clientSecretSecret="
                + clientSecretSecret + ", marketplace=" + marketplace + ", categoryId=" + categoryId + ", limit=" + limit
                + "]";
    }
}
