package com.collectiq.valuehistory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import com.collectiq.card.Card;
import com.collectiq.card.CardStore;
import com.collectiq.card.CardStore.CardPage;
import com.collectiq.card.Valuation;
import com.collectiq.currency.ExchangeRates;
import com.collectiq.platform.web.ApiProblem;
import com.collectiq.settings.DisplayCurrency;
import com.collectiq.valuehistory.ValueSnapshot.Totals;

/**
 * The collection's value over time: one snapshot per owner and day (UTC), recorded when a valuation
 * or a reprice sets a card's value (at most once per {@code refresh-after}) and when the history is
 * read, and answered in the owner's currency ({@code /me/settings}) at today's reference rates. A day on which nothing was valued,
 * repriced or read has no point; with daily repricing every collection gets one a day.
 */
@Service
public class ValueHistory {

    /** One day of the history (pinned: GET /portfolio/history). */
    public record Point(LocalDate date, int cardCount, BigDecimal low, BigDecimal fair, BigDecimal high) {
    }

    /** The history in one currency (pinned: GET /portfolio/history). */
    public record PortfolioHistory(String currency, List<Point> points) {
    }

    private static final int PAGE = 100;
    private static final int DEFAULT_DAYS = 90;

    private final CardStore cards;
    private final ValueSnapshotStore snapshots;
    private final ValueHistoryProperties properties;
    private final DisplayCurrency display;
    private final Clock clock;

    public ValueHistory(CardStore cards, ValueSnapshotStore snapshots, ValueHistoryProperties properties,
            DisplayCurrency display, Clock clock) {
        this.cards = cards;
        this.snapshots = snapshots;
        this.properties = properties;
        this.display = display;
        this.clock = clock;
    }

    /** A card of the owner's took a new value: today's snapshot is recorded again unless it is fresh. */
    public void valueChanged(String owner) {
        Instant now = clock.instant();
        Optional<ValueSnapshot> today = snapshots.get(owner, day(now));
        if (today.isEmpty() || today.get().recordedAt().isBefore(now.minus(properties.refreshAfter()))) {
            record(owner, now);
        }
    }

    /**
     * The owner's points from {@code from} to {@code to} (default: the last 90 days), today's recorded
     * afresh; a bad or reversed range, or one longer than {@code max-days}, is a 400.
     */
    public PortfolioHistory between(String owner, String from, String to) {
        Instant now = clock.instant();
        LocalDate today = day(now);
        LocalDate last = date("to", to).orElse(today);
        LocalDate first = date("from", from).orElse(last.minusDays(DEFAULT_DAYS - 1L));
        if (first.isAfter(last)) {
            throw ApiProblem.badRequest("from (" + first + ") is after to (" + last + ").");
        }
        if (ChronoUnit.DAYS.between(first, last) >= properties.maxDays()) {
            throw ApiProblem.badRequest("A history spans at most " + properties.maxDays() + " days.");
        }
        if (!today.isBefore(first) && !today.isAfter(last)) {
            record(owner, now);
        }
        String currency = display.of(owner);
        ExchangeRates rates = display.rates();
        List<Point> points = new ArrayList<>();
        for (ValueSnapshot snapshot : snapshots.between(owner, first, last)) {
            Totals sum = Totals.ZERO;
            for (Map.Entry<String, Totals> entry : snapshot.totals().entrySet()) {
                sum = sum.plus(in(entry.getValue(), entry.getKey(), currency, rates));
            }
            points.add(new Point(snapshot.day(), snapshot.cardCount(), sum.low(), sum.fair(), sum.high()));
        }
        return new PortfolioHistory(currency, points);
    }

    /** Sums the owner's cards a page at a time (a query per page, never a scan) into today's snapshot. */
    ValueSnapshot record(String owner, Instant now) {
        Map<String, Totals> totals = new TreeMap<>();
        int count = 0;
        String cursor = null;
        do {
            CardPage page = cards.list(owner, null, PAGE, cursor);
            for (Card card : page.items()) {
                count++;
                Valuation valuation = card.valuation();
                if (valuation != null && valuation.fair() != null) {
                    totals.merge(valuation.currency(), new Totals(or(valuation.low(), valuation.fair()),
                            valuation.fair(), or(valuation.high(), valuation.fair())), Totals::plus);
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        ValueSnapshot snapshot = new ValueSnapshot(owner, day(now), count, totals, now);
        snapshots.put(snapshot);
        return snapshot;
    }

    /** Totals in another currency; a currency without a rate counts as nothing, rather than as the wrong amount. */
    private static Totals in(Totals totals, String from, String to, ExchangeRates rates) {
        if (from.equals(to)) {
            return totals;
        }
        return new Totals(converted(totals.low(), from, to, rates), converted(totals.fair(), from, to, rates),
                converted(totals.high(), from, to, rates));
    }

    private static BigDecimal converted(BigDecimal amount, String from, String to, ExchangeRates rates) {
        return rates.convert(amount, from, to).map(ExchangeRates.Converted::amount).orElse(BigDecimal.ZERO);
    }

    private static Optional<LocalDate> date(String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            throw ApiProblem.badRequest(name + " is a date, YYYY-MM-DD.");
        }
    }

    private static BigDecimal or(BigDecimal value, BigDecimal otherwise) {
        return value == null ? otherwise : value;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
