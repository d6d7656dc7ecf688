package com.collectiq.pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.collectiq.card.PriceHistoryEntry;
import com.collectiq.card.PriceTrend;
import com.collectiq.pricing.ComparableNormaliser.Candidate;
import com.collectiq.pricing.PricingAgent.Consulted;

/**
 * The valuation's summary: the range and where it came from, then every caveat a reader needs
 * (sample data first, because it is not market data), the rates used, the trend and what lowered
 * the confidence. Deterministic: these are the facts the narrator is briefed with, and the local
 * explainer's text is exactly them.
 */
record ValuationSummary(PriceRange range, CurrencyRates rates, Confidence confidence, ConditionTarget target,
        List<Consulted> consulted, List<Candidate> used, int dropped, Set<String> currencies,
        List<PriceHistoryEntry> history, boolean variantUncertain) {

    /** The sentences, in order: the figures first, then every caveat, then the confidence. */
    List<String> sentences() {
        List<String> sentences = new ArrayList<>();
        String currency = rates.currency();
        sentences.add("Fair value " + range.fair().toPlainString() + " " + currency + " (low "
                + range.low().toPlainString() + ", high " + range.high().toPlainString() + ") from " + used.size()
                + " comparable" + (used.size() == 1 ? "" : "s") + (dropped > 0 ? ", " + dropped + " set aside" : "")
                + ".");
        if (used.stream().anyMatch(c -> c.quote().sample())) {
            sentences.add("SAMPLE DATA: the bundled sample prices of "
                    + used.stream().filter(c -> c.quote().sample()).map(c -> c.quote().point().observedOn())
                            .distinct().sorted().map(Object::toString).collect(Collectors.joining(", "))
                    + " were used, a demonstration aid, not market data.");
        }
        sentences.add(condition());
        if (variantUncertain) {
            sentences.add("The printing (variant) is uncertain: " + consulted.stream()
                    .filter(c -> c.answer().variantUncertain()).map(c -> c.source().name() + ": " + c.answer().detail())
                    .findFirst().orElse("identification doubts it") + ".");
        }
        consulted.stream().filter(c -> c.answer().outcome() == SourceAnswer.Outcome.FAILED)
                .forEach(c -> sentences.add(c.source().name() + " failed (" + c.answer().detail() + ")."));
        String rateText = rates.describe(currencies);
        if (!rateText.isEmpty()) {
            sentences.add("Rates: " + rateText + ".");
        }
        trend().ifPresent(sentences::add);
        sentences.add(confidenceText());
        return List.copyOf(sentences);
    }

    /** Why there is no number: every source's outcome and every rejection. */
    static List<String> unpriced(List<Consulted> consulted, ComparableNormaliser.Result normalised, ConditionTarget target) {
        String sources = consulted.stream()
                .map(c -> c.source().name() + " " + c.answer().outcome().word() + " (" + c.answer().detail() + ")")
                .collect(Collectors.joining("; "));
        String rejected = normalised.rejected().isEmpty() ? ""
                : " " + normalised.rejected().size() + " price" + (normalised.rejected().size() == 1 ? " was" : "s were")
                        + " unusable for a " + target.describe() + " card.";
        return List.of("No fair value: no usable comparable.", "Sources: " + sources + "." + rejected);
    }

    private String condition() {
        return switch (target.basis()) {
            case GRADED -> target.matches(used.get(0).quote().point())
                    ? "Graded " + target.describe() + ": valued from " + target.describe() + " sales only."
                    : "Graded " + target.describe() + ", but no " + target.describe()
                            + " comparable was found: valued from raw Near Mint prices, without a grading premium.";
            case HINT -> conditionScaled("as the owner stated");
            case ESTIMATE -> conditionScaled("as estimated from the photo");
            case ASSUMED -> "Condition unknown: priced as Near Mint.";
        };
    }

    private String conditionScaled(String how) {
        return "Priced as " + target.condition().label() + " (" + how + "), "
                + target.condition().multiplier().toPlainString() + " x the Near Mint price.";
    }

    private Optional<String> trend() {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        List<PriceHistoryEntry> withThisRun = new ArrayList<>(history);
        withThisRun.add(new PriceHistoryEntry("this run", null, range.low(), range.fair(), range.high(),
                rates.currency(), confidence.value()));
        PriceTrend trend = PriceTrend.of(withThisRun);
        if (trend.changePercent() == null) {
            return Optional.empty();
        }
        return Optional.of("Trend: " + trend.direction() + " " + trend.changePercent().abs().toPlainString()
                + "% since the first valuation (" + trend.first().toPlainString() + " " + trend.currency() + ").");
    }

    private String confidenceText() {
        String lowered = confidence.factors().stream().filter(f -> f.value() < 1)
                .map(f -> f.reason() + String.format(Locale.ROOT, " (x%.2f)", f.value()))
                .collect(Collectors.joining("; "));
        return String.format(Locale.ROOT, "Confidence %.2f", confidence.value())
                + (lowered.isEmpty() ? "." : ": " + lowered + ".");
    }
}
