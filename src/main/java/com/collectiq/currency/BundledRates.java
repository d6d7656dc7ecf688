package com.collectiq.currency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The rates shipped in the jar ({@code currency/eurofxref-fallback.xml}, the ECB's format, dated):
 * what the service shows until the live feed has answered once, and for good when
 * {@code collectiq.offline=true}. Every converted amount says {@code BUNDLED} beside them.
 */
final class BundledRates {

    static final String RESOURCE = "currency/eurofxref-fallback.xml";

    private BundledRates() {
    }

    static ExchangeRates load() {
        try (InputStream xml = BundledRates.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (xml == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return EcbRatesXml.read(xml, ExchangeRates.RateSource.BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
