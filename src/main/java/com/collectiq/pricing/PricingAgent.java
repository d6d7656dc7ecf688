package com.collectiq.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.collectiq.card.Identity;
import com.collectiq.card.Valuation;
import com.collectiq.pricing.ComparableNormaliser.Candidate;
import com.collectiq.pricing.OutlierFilter.Fences;

/**
 * The pricing agent: asks every source about an identified card (outside ones only when online;
 * the bundled samples only when nothing live priced it), puts the quotes on one scale, drops
 * outliers, and turns the rest into low / fair / high with a confidence and the reasons for both.
 * The route {@code direct:price-card} calls {@link #value}.
 */
@Component("pricingAgent")
public class PricingAgent {

    /** Identification's own doubt about the printing below which the variant counts as uncertain. */
    static final double VARIANT_EVIDENCE_DOUBT = 0.5;

    private static final Logger log = LoggerFactory.getLogger(PricingAgent.class);

    private final List<PriceSource> sources;
    private final PricingProperties properties;
    private final CurrencyRates rates;
    private final Clock clock;
    private final boolean offline;

    public PricingAgent(List<PriceSource> sources, PricingProperties properties, Clock clock,
            @Value("${collectiq.offline:false}") boolean offline) {
        // live sources first: the fallback is consulted only after all of them answered
        this.sources = sources.stream().sorted(Comparator.comparing(PriceSource::fallback)).toList();
        this.properties = properties;
        this.rates = properties.currencyRates();
        this.clock = clock;
        this.offline = offline;
    }

    /** One source's answer and how long it took (null when it was not called). */
    record Consulted(PriceSource source, SourceAnswer answer, Long latencyMillis) {
    }

    public Valuation value(PricingRequest request) {
        Instant now = clock.instant();
        PriceQuery query = new PriceQuery(request.identity(), request.prefetched());
        List<Consulted> consulted = consult(query);

        ConditionTarget target = ConditionTarget.of(request.hints(), request.conditionEstimate());
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
            valuation = new Valuation(null, null, null, rates.currency(), 0, now,
                    ValuationSummary.unpriced(consulted, normalised, target), sourceList, comparables);
        } else {
            PriceRange range = PriceRange.of(used.stream().map(Candidate::observation).toList(), rates.minorDigits());
            boolean variantUncertain = variantUncertain(request.identity(), consulted, used);
            Confidence confidence = Confidence.of(new Confidence.Inputs(used.size(), range.relativeSpread(),
                    weightedMeanAge(used), properties.staleHalfLife().toSeconds() / 86_400.0,
                    request.identity().confidence(), variantUncertain,
                    (int) consulted.stream().filter(c -> c.answer().outcome() == SourceAnswer.Outcome.FAILED).count(),
                    used.stream().anyMatch(c -> c.quote().sample()), target.basis() == ConditionTarget.Basis.ASSUMED,
                    normalised.gradedFromRaw()));
            String summary = new ValuationSummary(range, rates, confidence, target, consulted, used,
                    comparables.size() - used.size(), ratesUsed(used), request.history(), variantUncertain).text();
            valuation = new Valuation(range.low(), range.fair(), range.high(), rates.currency(), confidence.value(),
                    now, summary, sourceList, comparables);
        }
        log.info("priced {}: fair {} {} from {} of {} comparables, confidence {}", request.identity().catalogId(),
                valuation.fair(), valuation.currency(), used.size(), comparables.size(), valuation.confidence());
        return valuation;
    }

    private List<Consulted> consult(PriceQuery query) {
        List<Consulted> consulted = new ArrayList<>();
        boolean livePrices = false;
        for (PriceSource source : sources) {
            if (offline && source.online()) {
                consulted.add(new Consulted(source, SourceAnswer.skipped("offline (collectiq.offline=true)"), null));
            } else if (source.fallback() && livePrices) {
                consulted.add(new Consulted(source, SourceAnswer.skipped("live prices found"), null));
            } else {
                Consulted answer = timed(source, query);
                livePrices |= !source.fallback() && !answer.answer().prices().isEmpty();
                consulted.add(answer);
            }
        }
        return consulted;
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
