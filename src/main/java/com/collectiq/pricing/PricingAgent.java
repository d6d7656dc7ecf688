package com.collectiq.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.collectiq.card.Identity;
import com.collectiq.card.Valuation;
import com.collectiq.narrative.Briefing;
import com.collectiq.narrative.Narrative;
import com.collectiq.narrative.Narrator;
import com.collectiq.platform.observability.LogContext;
import com.collectiq.pricing.ComparableNormaliser.Candidate;
import com.collectiq.pricing.OutlierFilter.Fences;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The pricing agent: asks every source about an identified card at once (outside ones only when
 * online; the bundled samples only when nothing live priced it), puts the quotes on one scale, drops
 * outliers, and turns the rest into low / fair / high with a confidence and the reasons for both,
 * which the narrator turns into the summary. The route {@code direct:price-card} calls {@link #value}.
 */
@Component("pricingAgent")
public class PricingAgent implements DisposableBean {

    /** Identification's own doubt about the printing below which the variant counts as uncertain. */
    static final double VARIANT_EVIDENCE_DOUBT = 0.5;

    /** Sample prices must never pass for market data, whoever writes the summary. */
    static final String SAMPLE_LABEL = "SAMPLE DATA";

    private static final Logger log = LoggerFactory.getLogger(PricingAgent.class);

    private final List<PriceSource> sources;
    private final PricingProperties properties;
    private final CurrencyRates rates;
    private final Clock clock;
    private final boolean offline;
    private final Narrator narrator;
    private final ExecutorService pool;
    private final MeterRegistry meters;

    public PricingAgent(List<PriceSource> sources, PricingProperties properties, Clock clock,
            @Value("${collectiq.offline:false}") boolean offline, Narrator narrator, MeterRegistry meters) {
        // live sources first: the fallback is consulted only after all of them answered
        this.sources = sources.stream().sorted(Comparator.comparing(PriceSource::fallback)).toList();
        this.properties = properties;
        this.rates = properties.currencyRates();
        this.clock = clock;
        this.offline = offline;
        this.narrator = narrator;
        this.pool = sourcePool(properties.parallelism());
        this.meters = meters;
    }

    /**
     * At most {@code parallelism} source calls at once across all valuations; more wait in the
     * queue, and past it the caller's thread makes the call itself, which slows intake instead of
     * dropping work. Idle threads end, so an idle service (or a test's agent) keeps none.
     */
    private static ExecutorService sourcePool(int parallelism) {
        AtomicInteger threads = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(parallelism, parallelism, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(parallelism * 16), task -> {
                    Thread thread = new Thread(task, "price-source-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }

    /** One source's answer and how long it took (null when it was not called). */
    record Consulted(PriceSource source, SourceAnswer answer, Long latencyMillis) {
    }

    public Valuation value(PricingRequest request) {
        Instant now = clock.instant();
        ConditionTarget target = ConditionTarget.of(request.hints(), request.conditionEstimate());
        List<Consulted> consulted = consult(new PriceQuery(request.identity(), target, request.prefetched()));
        consulted.forEach(this::count);

        ComparableNormaliser.Result normalised = new ComparableNormaliser(rates, properties.recencyHalfLife(),
                LocalDate.ofInstant(now, ZoneOffset.UTC)).normalise(quotes(consulted), target);
        Optional<Fences> fences = OutlierFilter.fences(normalised.eligible().stream().map(Candidate::price).toList());
        List<Candidate> used = normalised.eligible().stream()
                .filter(c -> fences.map(f -> f.admits(c.price())).orElse(true))
                .sorted(Comparator.comparing(Candidate::price)).toList();
        List<Valuation.Comparable> comparables = new ArrayList<>();
        used.forEach(c -> comparables.add(comparable(c, true, null)));
        normalised.eligible().stream().filter(c -> !used.contains(c))
                .forEach(c -> comparables.add(comparable(c, false, outlierReason(c, fences.orElseThrow()))));
        normalised.rejected().forEach(c -> comparables.add(comparable(c, false, c.rejection())));
        consulted.forEach(c -> c.answer().setAside().forEach(s -> comparables.add(
                new Valuation.Comparable(c.source().name(), s.price().description(), s.price().amount(),
                        s.price().currency(), false, s.reason(), null, null, null, null, null,
                        s.price().observedOn()))));
        List<Valuation.Source> sourceList = consulted.stream().map(c -> new Valuation.Source(c.source().name(),
                c.answer().outcome().word(), c.answer().detail(), c.answer().sample(), c.latencyMillis())).toList();

        Valuation valuation;
        if (used.isEmpty()) {
            Narrative narrative = narrator.narrate(new Briefing(subject(request.identity()),
                    ValuationSummary.unpriced(consulted, normalised, target), Map.of(), rates.currency(), List.of()));
            valuation = new Valuation(null, null, null, rates.currency(), 0, now, narrative.text(), sourceList,
                    comparables, narrative.attribution());
        } else {
            PriceRange range = PriceRange.of(used.stream().map(Candidate::observation).toList(), rates.minorDigits());
            boolean variantUncertain = variantUncertain(request.identity(), consulted, used);
            Confidence confidence = Confidence.of(new Confidence.Inputs(used.size(), range.relativeSpread(),
                    weightedMeanAge(used), properties.staleHalfLife().toSeconds() / 86_400.0,
                    request.identity().confidence(), variantUncertain,
                    (int) consulted.stream().filter(c -> c.answer().outcome() == SourceAnswer.Outcome.FAILED).count(),
                    used.stream().anyMatch(c -> c.quote().sample()), target.basis() == ConditionTarget.Basis.ASSUMED,
                    normalised.gradedFromRaw()));
            List<String> facts = new ValuationSummary(range, rates, confidence, target, consulted, used,
                    comparables.size() - used.size(), ratesUsed(used), request.history(), variantUncertain).sentences();
            Narrative narrative = narrator.narrate(new Briefing(subject(request.identity()), facts,
                    figures(range, confidence), rates.currency(), used.stream().anyMatch(c -> c.quote().sample())
                            ? List.of(SAMPLE_LABEL) : List.of()));
            valuation = new Valuation(range.low(), range.fair(), range.high(), rates.currency(), confidence.value(),
                    now, narrative.text(), sourceList, comparables, narrative.attribution());
        }
        log.info("priced {}: fair {} {} from {} of {} comparables, confidence {}", request.identity().catalogId(),
                valuation.fair(), valuation.currency(), used.size(), comparables.size(), valuation.confidence());
        return valuation;
    }

    /**
     * Every live source at once, each on the bounded pool and given the source timeout; then, only
     * if none of them priced the card, the fallback. The order of the answers is the sources' order.
     */
    private List<Consulted> consult(PriceQuery query) {
        long deadline = System.nanoTime() + properties.sourceTimeout().toNanos();
        Map<PriceSource, Future<Consulted>> calls = new LinkedHashMap<>();
        for (PriceSource source : sources) {
            if (!source.fallback() && !(offline && source.online())) {
                calls.put(source, pool.submit(LogContext.carried(() -> timed(source, query))));
            }
        }
        List<Consulted> consulted = new ArrayList<>();
        boolean livePrices = false;
        for (PriceSource source : sources) {
            Consulted answer;
            if (offline && source.online()) {
                answer = new Consulted(source, SourceAnswer.skipped("offline (collectiq.offline=true)"), null);
            } else if (source.fallback()) {
                answer = livePrices ? new Consulted(source, SourceAnswer.skipped("live prices found"), null)
                        : timed(source, query);
            } else {
                answer = awaited(source, calls.get(source), deadline);
                livePrices |= !answer.answer().prices().isEmpty();
            }
            consulted.add(answer);
        }
        return consulted;
    }

    /** A source still working when the valuation's time for sources is up is stopped and counted as failed. */
    private Consulted awaited(PriceSource source, Future<Consulted> call, long deadline) {
        try {
            return call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            log.warn("price source {} gave no answer within {}", source.name(), properties.sourceTimeout());
            return new Consulted(source, SourceAnswer.failed("no answer within the source timeout of "
                    + properties.sourceTimeout().toMillis() + " ms"), properties.sourceTimeout().toMillis());
        } catch (ExecutionException e) {
            // timed() catches what lookup throws; this is the pool failing, which only degrades too
            return new Consulted(source, SourceAnswer.failed("error: " + e.getCause().getClass().getSimpleName()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            return new Consulted(source, SourceAnswer.failed("interrupted"), null);
        }
    }

    /** {@code collectiq.pricing.source.calls}: each called source's latency, by source and outcome. */
    private void count(Consulted consulted) {
        if (consulted.latencyMillis() != null) {
            Timer.builder("collectiq.pricing.source.calls").description("price source calls, by source and outcome")
                    .tag("source", consulted.source().name()).tag("outcome", consulted.answer().outcome().word())
                    .register(meters).record(Duration.ofMillis(consulted.latencyMillis()));
        }
    }

    /** A source that throws despite its contract still only degrades the valuation. */
    private static Consulted timed(PriceSource source, PriceQuery query) {
        long start = System.nanoTime();
        SourceAnswer answer;
        try {
            answer = source.lookup(query);
        } catch (RuntimeException e) {
            log.warn("price source {} failed", source.name(), e);
            answer = SourceAnswer.failed("error: " + e.getClass().getSimpleName());
        }
        return new Consulted(source, answer, (System.nanoTime() - start) / 1_000_000);
    }

    /** {@code Charizard, Base 4/102}: what the narrative is about, from the identity's own fields. */
    private static String subject(Identity identity) {
        StringBuilder subject = new StringBuilder(identity.name() == null ? "an unnamed card" : identity.name());
        if (identity.set() != null) {
            subject.append(", ").append(identity.set());
        }
        if (identity.number() != null) {
            subject.append(' ').append(identity.number())
                    .append(identity.printedTotal() == null ? "" : "/" + identity.printedTotal());
        }
        return subject.toString();
    }

    private static Map<String, BigDecimal> figures(PriceRange range, Confidence confidence) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("low", range.low());
        figures.put("fair", range.fair());
        figures.put("high", range.high());
        figures.put("confidence", BigDecimal.valueOf(confidence.value()));
        return figures;
    }

    private static List<Quote> quotes(List<Consulted> consulted) {
        return consulted.stream().flatMap(c -> c.answer().prices().stream()
                .map(p -> new Quote(c.source().name(), c.answer().sample(), p))).toList();
    }

    private static boolean variantUncertain(Identity identity, List<Consulted> consulted, List<Candidate> used) {
        boolean doubtedByIdentification = identity.evidence() != null && identity.evidence().get("variant") != null
                && identity.evidence().get("variant").confidence() < VARIANT_EVIDENCE_DOUBT;
        boolean guessedBySource = consulted.stream().filter(c -> c.answer().variantUncertain())
                .anyMatch(c -> used.stream().anyMatch(u -> u.quote().source().equals(c.source().name())));
        return doubtedByIdentification || guessedBySource;
    }

    private static double weightedMeanAge(List<Candidate> used) {
        double weights = used.stream().mapToDouble(Candidate::weight).sum();
        return used.stream().mapToDouble(c -> c.ageDays() * c.weight()).sum() / weights;
    }

    private static TreeSet<String> ratesUsed(List<Candidate> used) {
        TreeSet<String> currencies = new TreeSet<>();
        used.forEach(c -> currencies.add(c.quote().point().currency().toUpperCase(Locale.ROOT)));
        return currencies;
    }

    private static String outlierReason(Candidate candidate, Fences fences) {
        return candidate.price().compareTo(fences.lower()) < 0
                ? "outlier: below the lower fence " + fences.lower().stripTrailingZeros().toPlainString()
                        + " (Q1 - 1.5 IQR)"
                : "outlier: above the upper fence " + fences.upper().stripTrailingZeros().toPlainString()
                        + " (Q3 + 1.5 IQR)";
    }

    private Valuation.Comparable comparable(Candidate c, boolean used, String reason) {
        PricePoint point = c.quote().point();
        BigDecimal price = c.price() == null ? point.amount()
                : c.price().setScale(rates.minorDigits(), RoundingMode.HALF_UP);
        String currency = c.price() == null ? point.currency() : rates.currency();
        return new Valuation.Comparable(c.quote().source(), point.description(), price, currency, used, reason,
                point.amount(), point.currency(), c.rate(), c.conditionFactor(),
                c.price() == null ? null : Math.round(c.weight() * 10_000) / 10_000.0, point.observedOn());
    }
}
