package com.collectiq.pricing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;

import com.collectiq.platform.http.RetryAfter;
import com.collectiq.platform.web.TokenBuckets;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * How one outside source is called. Every attempt waits for a slot of the source's rate limit and
 * passes its circuit breaker; an attempt that failed in a way that may pass (429, 5xx, no answer in
 * time, unreachable) is tried again after a backoff with jitter, or after the source's
 * {@code Retry-After}, which is also remembered: until it has passed the source is not called at
 * all. Everything, waits included, fits in {@code collectiq.pricing.source-timeout}. Any other
 * failure (4xx, an unreadable answer) is final at once: asking again would get the same answer.
 */
public final class SourceCalls {

    /** Why a call gave no answer, in words fit for a valuation (never a secret or a body). */
    public static final class Failed extends RuntimeException {

        public Failed(String detail) {
            super(detail, null, false, false);
        }
    }

    private record Failure(String detail, boolean retryable, Optional<Duration> retryAfter) {
    }

    private final String source;
    private final CircuitBreaker breaker;
    private final TokenBuckets rateLimit;
    private final PricingProperties.RetrySettings retry;
    private final Duration timeout;
    /** {@link System#nanoTime()} before which the source asked not to be called (a 429's Retry-After). */
    private final AtomicLong quietUntilNanos = new AtomicLong(System.nanoTime());

    public SourceCalls(String source, PricingProperties properties) {
        this.source = source;
        this.breaker = SourceCircuitBreakers.forSource(source, properties.circuitBreaker());
        // waits are real time whatever clock valuations are dated with
        this.rateLimit = new TokenBuckets(properties.rateLimit().burst(), properties.rateLimit().perMinute(),
                Clock.systemUTC());
        this.retry = properties.retry();
        this.timeout = properties.sourceTimeout();
    }

    /** The attempt's result, or {@link Failed} with why there is none. */
    public <T> T call(Supplier<T> attempt) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int tries = 1;; tries++) {
            int n = tries;
            long quiet = quietUntilNanos.get();
            if (quiet - System.nanoTime() > 0) {
                throw new Failed("not called: the source asked for a pause (Retry-After) of "
                        + seconds(quiet - System.nanoTime()) + " more");
            }
            awaitSlot(deadline);
            Failure failure;
            try {
                return breaker.executeSupplier(attempt);
            } catch (CallNotPermittedException e) {
                throw new Failed("not called: circuit open after repeated failures");
            } catch (RuntimeException e) {
                failure = classify(e);
            }
            String tried = n == 1 ? "" : " after " + n + " attempts";
            if (!failure.retryable() || n >= retry.maxAttempts()) {
                throw new Failed(failure.detail() + tried);
            }
            Duration wait = failure.retryAfter().orElseGet(() -> backoff(n));
            failure.retryAfter().ifPresent(pause -> quietUntilNanos.accumulateAndGet(System.nanoTime()
                    + pause.toNanos(), (a, b) -> b - a > 0 ? b : a));
            if (System.nanoTime() + wait.toNanos() - deadline > 0) {
                throw new Failed(failure.detail() + tried + "; a retry in " + seconds(wait.toNanos())
                        + " would pass the source timeout of " + seconds(timeout.toNanos()));
            }
            sleep(wait);
        }
    }

    public CircuitBreaker.State circuitState() {
        return breaker.getState();
    }

    private void awaitSlot(long deadline) {
        for (Duration wait = rateLimit.tryTake(source); !wait.isZero(); wait = rateLimit.tryTake(source)) {
            if (System.nanoTime() + wait.toNanos() - deadline > 0) {
                throw new Failed("not called: its rate limit leaves no slot within the source timeout");
            }
            sleep(wait);
        }
    }

    private static Failure classify(RuntimeException e) {
        if (e instanceof RestClientResponseException response) {
            int status = response.getStatusCode().value();
            Optional<Duration> retryAfter = status == 429 && response.getResponseHeaders() != null
                    ? RetryAfter.parse(response.getResponseHeaders().getFirst("Retry-After"), Instant.now())
                    : Optional.empty();
            return new Failure("HTTP " + status, status == 429 || status >= 500, retryAfter);
        }
        if (e instanceof ResourceAccessException access) {
            return new Failure("unreachable or too slow: " + access.getMostSpecificCause().getClass().getSimpleName(),
                    true, Optional.empty());
        }
        if (e instanceof Failed failed) {
            return new Failure(failed.getMessage(), false, Optional.empty());
        }
        return new Failure("unreadable answer: " + e.getClass().getSimpleName(), false, Optional.empty());
    }

    /** Exponential, capped, with "equal jitter": between half and all of it, so callers do not retry in step. */
    private Duration backoff(int attempt) {
        long full = Math.min(retry.maxBackoff().toNanos(),
                retry.initialBackoff().toNanos() << Math.min(attempt - 1, 20));
        return Duration.ofNanos(full / 2 + ThreadLocalRandom.current().nextLong(full / 2 + 1));
    }

    private static void sleep(Duration wait) {
        try {
            TimeUnit.NANOSECONDS.sleep(wait.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted: the valuation stopped waiting for the source");
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
