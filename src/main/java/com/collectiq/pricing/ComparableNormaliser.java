package com.collectiq.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings quotes onto one scale: the valuation currency (configured rates), the card's condition
 * (raw: the {@link ConditionScale} multiplier of a Near Mint quote; graded: the quotes of that
 * grader and grade when there are any, else raw Near Mint quotes, flagged) and one weight each:
 * the quote's reliability halved for every {@code recencyHalfLife} of age.
 */
public final class ComparableNormaliser {

    private final CurrencyRates rates;
    private final double recencyHalfLifeDays;
    private final LocalDate today;

    public ComparableNormaliser(CurrencyRates rates, Duration recencyHalfLife, LocalDate today) {
        this.rates = rates;
        this.recencyHalfLifeDays = recencyHalfLife.toSeconds() / 86_400.0;
        this.today = today;
    }

    /**
     * A quote on the common scale ({@code rejection} null) or the reason it could not be put there.
     * {@code price} is exact; it is rounded to the currency's minor unit only to be shown.
     */
    public record Candidate(Quote quote, BigDecimal price, BigDecimal rate, BigDecimal conditionFactor, double weight,
            double ageDays, String rejection) {

        public Observation observation() {
            return new Observation(price, weight);
        }
    }

    /** The candidates fit to compare, those rejected, and whether a graded card fell back to raw prices. */
    public record Result(List<Candidate> eligible, List<Candidate> rejected, boolean gradedFromRaw) {
    }

    public Result normalise(List<Quote> quotes, ConditionTarget target) {
        boolean gradedMatchesExist = target.graded() && quotes.stream().anyMatch(q -> target.matches(q.point()));
        boolean gradedFromRaw = target.graded() && !gradedMatchesExist;
        List<Candidate> eligible = new ArrayList<>();
        List<Candidate> rejected = new ArrayList<>();
        for (Quote quote : quotes) {
            String unfit = unfit(quote.point(), target, gradedMatchesExist);
            Candidate candidate = unfit != null ? rejected(quote, unfit) : scaled(quote, target);
            (candidate.rejection() == null ? eligible : rejected).add(candidate);
        }
        return new Result(List.copyOf(eligible), List.copyOf(rejected), gradedFromRaw);
    }

    private static String unfit(PricePoint point, ConditionTarget target, boolean gradedMatchesExist) {
        if (!target.graded()) {
            return point.graded() ? "graded (" + point.grader() + " " + point.grade() + "); this card is raw" : null;
        }
        if (point.graded()) {
            return target.matches(point) ? null
                    : point.grader() + " " + point.grade() + ", not " + target.describe();
        }
        return gradedMatchesExist ? "raw price; " + target.describe() + " comparables exist" : null;
    }

    private Candidate scaled(Quote quote, ConditionTarget target) {
        PricePoint point = quote.point();
        BigDecimal rate = rates.rate(point.currency()).orElse(null);
        if (rate == null) {
            return rejected(quote, "no configured rate for " + point.currency());
        }
        BigDecimal factor = target.graded() ? BigDecimal.ONE : target.condition().multiplier();
        // exact: rounding each comparable would let rounding, not the market, move a price across a fence
        BigDecimal price = point.amount().multiply(rate).multiply(factor);
        if (price.setScale(rates.minorDigits(), RoundingMode.HALF_UP).signum() <= 0) {
            return rejected(quote, "below the currency's smallest unit");
        }
        double age = Math.max(0, ChronoUnit.DAYS.between(point.observedOn(), today));
        double weight = point.reliability() * Math.pow(0.5, age / recencyHalfLifeDays);
        if (weight <= 0) {
            return rejected(quote, "too old to count");
        }
        boolean converted = !point.currency().equalsIgnoreCase(rates.currency());
        return new Candidate(quote, price, converted ? rate : null, factor, weight, age, null);
    }

    private static Candidate rejected(Quote quote, String reason) {
        return new Candidate(quote, null, null, null, 0, 0, reason);
    }
}
