package com.collectiq.currency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The rates every conversion uses, kept in memory: the bundled fallback from the start, replaced by
 * the ECB's feed each time {@link #refresh()} (the timer in {@code routes/currency.yaml}, off the
 * request path) reads it. A failed refresh (unreachable, timeout, 5xx, bad XML) keeps the last good
 * rates and says which in the log and in the metrics: {@code collectiq.currency.refreshes}
 * (tag {@code outcome}: {@code ok}, {@code failed}, {@code older}), {@code collectiq.currency.rates.live}
 * (1 when the rates in use are the feed's, 0 for the bundled ones) and
 * {@code collectiq.currency.rates.age.days}. With {@code collectiq.offline=true} the feed is never read.
 */
@Component
public class ReferenceRates {

    private static final Logger log = LoggerFactory.getLogger(ReferenceRates.class);

    private final EcbRatesFeed feed;
    private final boolean offline;
    private final MeterRegistry meters;
    private final AtomicReference<ExchangeRates> current = new AtomicReference<>(BundledRates.load());

    ReferenceRates(EcbRatesFeed feed, @Value("${collectiq.offline:false}") boolean offline, MeterRegistry meters,
            Clock clock) {
        this.feed = feed;
        this.offline = offline;
        this.meters = meters;
        Gauge.builder("collectiq.currency.rates.live", current, r -> r.get().source() == ExchangeRates.RateSource.ECB ? 1 : 0)
                .description("1 when the rates in use are the ECB feed's, 0 when they are the bundled fallback")
                .register(meters);
        Gauge.builder("collectiq.currency.rates.age.days", current,
                r -> ChronoUnit.DAYS.between(r.get().date(), LocalDate.now(clock)))
                .description("days since the date of the rates in use").register(meters);
    }

    /** The rates in use now: one consistent day, whatever a refresh does meanwhile. */
    public ExchangeRates current() {
        return current.get();
    }

    /** Reads the feed once; never throws: a failure keeps the rates in use. */
    public void refresh() {
        if (offline) {
            log.debug("collectiq.offline=true: the rates feed is not read, {}", describe(current.get()));
            return;
        }
        ExchangeRates fetched;
        try {
            fetched = feed.fetch();
        } catch (RuntimeException e) {
            meters.counter("collectiq.currency.refreshes", "outcome", "failed").increment();
            log.warn("the rates feed {} failed ({}); keeping {}", feed.url(), e.getMessage(), describe(current.get()));
            return;
        }
        ExchangeRates kept = current.get();
        if (kept.source() == ExchangeRates.RateSource.ECB && fetched.date().isBefore(kept.date())) {
            // a stale cache between us and the feed must not take the rates back in time
            meters.counter("collectiq.currency.refreshes", "outcome", "older").increment();
            log.warn("the rates feed {} answered rates of {}, older than those in use; keeping {}", feed.url(),
                    fetched.date(), describe(kept));
            return;
        }
        current.set(fetched);
        meters.counter("collectiq.currency.refreshes", "outcome", "ok").increment();
        log.info("rates refreshed from {}: {} currencies of {}", feed.url(), fetched.currencies().size(), fetched.date());
    }

    private static String describe(ExchangeRates rates) {
        return (rates.source() == ExchangeRates.RateSource.ECB ? "the ECB rates of " : "the bundled fallback rates of ")
                + rates.date();
    }
}
