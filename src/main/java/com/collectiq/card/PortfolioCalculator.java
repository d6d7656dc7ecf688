package com.collectiq.card;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import com.collectiq.card.CardStore.CardPage;

/**
 * Sums an owner's cards page by page (a Query per page, never a scan). The change since the
 * previous day compares each card's latest fair value with the last one recorded a day or more ago;
 * a card valued for the first time today counts from zero.
 */
@Component
public class PortfolioCalculator {

    private static final int PAGE = 100;
    private static final Duration DAY = Duration.ofDays(1);

    private final CardStore store;
    private final Clock clock;

    public PortfolioCalculator(CardStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Portfolio of(String owner) {
        Instant now = clock.instant();
        Instant dayAgo = now.minus(DAY);
        Map<String, BigDecimal> total = new TreeMap<>();
        Map<String, BigDecimal> change = new TreeMap<>();
        Map<String, SetAccumulator> sets = new TreeMap<>();
        int count = 0;
        int valued = 0;
        String cursor = null;
        do {
            CardPage page = store.list(owner, null, PAGE, cursor);
            for (Card card : page.items()) {
                count++;
                SetAccumulator set = sets.computeIfAbsent(setOf(card), SetAccumulator::new);
                set.cards++;
                Valuation valuation = card.valuation();
                if (valuation == null || valuation.fair() == null) {
                    continue;
                }
                valued++;
                total.merge(valuation.currency(), valuation.fair(), BigDecimal::add);
                set.total.merge(valuation.currency(), valuation.fair(), BigDecimal::add);
                BigDecimal before = fairAsOf(owner, card.id(), dayAgo, valuation.currency()).orElse(BigDecimal.ZERO);
                change.merge(valuation.currency(), valuation.fair().subtract(before), BigDecimal::add);
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        List<Portfolio.SetTotal> bySet = new ArrayList<>();
        sets.values().forEach(s -> bySet.add(new Portfolio.SetTotal(s.name, s.cards, Map.copyOf(s.total))));
        return new Portfolio(count, valued, total, bySet, change, now);
    }

    private Optional<BigDecimal> fairAsOf(String owner, String cardId, Instant when, String currency) {
        return store.history(owner, cardId).stream()
                .filter(entry -> !entry.recordedAt().isAfter(when) && currency.equals(entry.currency()))
                .max(Comparator.comparing(PriceHistoryEntry::recordedAt))
                .map(PriceHistoryEntry::fair);
    }

    private static String setOf(Card card) {
        if (card.identity() != null && card.identity().set() != null) {
            return card.identity().set();
        }
        return card.hints() != null && card.hints().set() != null ? card.hints().set() : "unidentified";
    }

    private static final class SetAccumulator {
        private final String name;
        private final Map<String, BigDecimal> total = new TreeMap<>();
        private int cards;

        private SetAccumulator(String name) {
            this.name = name;
        }
    }
}
