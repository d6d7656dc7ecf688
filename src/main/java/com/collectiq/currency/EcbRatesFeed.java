package com.collectiq.currency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * The adapter to the European Central Bank's daily reference rates: one {@code GET} of
 * {@code collectiq.currency.rates-url}, read as {@link EcbRatesXml}. Any failure (an unreachable
 * host, a timeout, a status other than 200, a body too large or unreadable) is an exception, so the
 * caller keeps the rates it has.
 */
@Component
class EcbRatesFeed {

    /** The daily file is under 2 KB and the 90-day one under 40 KB; more is not a rates file. */
    static final int MAX_BODY_BYTES = 256 * 1024;

    private final HttpClient http;
    private final URI url;
    private final Duration readTimeout;

    EcbRatesFeed(CurrencyProperties properties) {
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.url = properties.ratesUrl();
        this.readTimeout = properties.readTimeout();
    }

    URI url() {
        return url;
    }

    ExchangeRates fetch() {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(readTimeout)
                .header("Accept", "application/xml, text/xml").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
                if (bytes.length > MAX_BODY_BYTES) {
                    throw new UnreadableRatesException("the body is larger than " + MAX_BODY_BYTES + " bytes");
                }
                return EcbRatesXml.read(new ByteArrayInputStream(bytes), ExchangeRates.RateSource.ECB);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the rates", e);
        }
    }
}
