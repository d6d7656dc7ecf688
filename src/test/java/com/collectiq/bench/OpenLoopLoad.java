package com.collectiq.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * An open-loop load generator: requests leave at a fixed rate whatever the service does, and each
 * latency is measured from when the request was due, not from when it was sent, so a stall is
 * charged to every request it delayed (no coordinated omission). Requests go out asynchronously
 * over the JDK's HTTP client; latencies go into an HdrHistogram.
 */
final class OpenLoopLoad {

    /** What a run measured. */
    record Result(double ratePerSecond, long sent, long failed, Histogram latencyMicros) {
        double percentileMillis(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }

        @Override
        public String toString() {
            return String.format("%.0f req/s offered, %d sent, %d failed; latency p50 %.2f ms, p90 %.2f ms, "
                    + "p99 %.2f ms, p99.9 %.2f ms, max %.2f ms", ratePerSecond, sent, failed, percentileMillis(50),
                    percentileMillis(90), percentileMillis(99), percentileMillis(99.9),
                    latencyMicros.getMaxValue() / 1000.0);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Result run(URI uri, String token, double ratePerSecond, Duration duration) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
        Recorder recorder = new Recorder(TimeUnit.SECONDS.toMicros(60), 3);
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<CompletableFuture<?>> inFlight = new ConcurrentLinkedQueue<>();
        long interval = (long) (1e9 / ratePerSecond);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long sent = 0;
        for (long due = start; due < end; due += interval) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long intended = due;
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, e) -> {
                recorder.recordValue(Math.max(1, (System.nanoTime() - intended) / 1000));
                if (e != null || response.statusCode() != 200) {
                    failed.incrementAndGet();
                }
            }));
            sent++;
            inFlight.removeIf(CompletableFuture::isDone);
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
        return new Result(ratePerSecond, sent, failed.get(), recorder.getIntervalHistogram());
    }
}
