package com.collectiq.pricing.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.collectiq.card.Identity;
import com.collectiq.pricing.ConditionTarget;
import com.collectiq.pricing.PricePoint;
import com.collectiq.pricing.SourceAnswer;
import com.collectiq.pricing.SourceAnswer.SetAside;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The listings of one eBay Browse search ({@code itemSummaries}) as prices. They are asking prices
 * of active listings, not sales: each weighs {@value #ASKING_PRICE} at most, and all of them together
 * {@value #ALL_LISTINGS}, so a page of listings cannot outvote a few sale-based prices. A listing is
 * set aside, with why, when its title says it is not one single genuine card of this number (a
 * lot, a proxy, a custom or reprinted card, a digital code), when it is a graded slab and the card is
 * raw, or raw (or another grader's slab) when the card is graded.
 */
final class EbayListings {

    static final double ASKING_PRICE = 0.3;
    static final double ALL_LISTINGS = 1.5;
    static final String MARKET = "ebay";

    /** eBay's trading-card conditions in the CCG categories: graded and ungraded. */
    static final String GRADED = "2750";
    static final String UNGRADED = "4000";

    private static final Map<Pattern, String> NOT_A_SINGLE_CARD = unwanted(
            "\\b(lot|lots|bundle|bulk|set of|collection)\\b", "a lot or bundle, not a single card",
            "\\b(proxy|proxies)\\b", "a proxy, not a genuine card",
            "\\bcustom\\b", "a custom card",
            "\\b(reprint|replica|re-print)\\b", "a reprint",
            "\\b(digital|online code|code card|tcg live|ptcgo)\\b", "digital, not a printed card");

    private static final Pattern SLAB = Pattern.compile(
            "\\b(PSA|BGS|CGC|SGC|Beckett|ACE|TAG)\\s*(?:gem\\s*mint\\s*|mint\\s*|nm-mt\\s*)?(10|[1-9](?:\\.5)?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\b0*(\\d+)\\s*/\\s*\\d+\\b");

    private EbayListings() {
    }

    static SourceAnswer answer(JsonNode search, Identity card, ConditionTarget target, LocalDate observedOn) {
        List<PricePoint> kept = new ArrayList<>();
        List<SetAside> setAside = new ArrayList<>();
        for (JsonNode item : search.path("itemSummaries")) {
            String title = item.path("title").asText("");
            JsonNode price = item.path("price");
            if (!price.path("value").isTextual() || !price.path("currency").isTextual()) {
                continue;
            }
            BigDecimal amount = new BigDecimal(price.get("value").asText());
            String description = "eBay listing: " + (title.length() > 80 ? title.substring(0, 80) + "…" : title);
            Matcher slab = SLAB.matcher(title);
            boolean slabbed = slab.find();
            boolean graded = slabbed || GRADED.equals(item.path("conditionId").asText());
            PricePoint point = slabbed
                    ? new PricePoint(MARKET, description, amount, price.get("currency").asText(), observedOn,
                            ASKING_PRICE, slab.group(1).toUpperCase(Locale.ROOT).replace("BECKETT", "BGS"),
                            slab.group(2))
                    : PricePoint.raw(MARKET, description, amount, price.get("currency").asText(), observedOn,
                            ASKING_PRICE);
            String reason = unfit(title, graded, point, card, target);
            if (reason != null) {
                setAside.add(new SetAside(point, reason));
            } else {
                kept.add(point);
            }
        }
        double weight = kept.isEmpty() ? ASKING_PRICE : Math.min(ASKING_PRICE, ALL_LISTINGS / kept.size());
        List<PricePoint> prices = kept.stream().map(p -> new PricePoint(p.market(), p.description(), p.amount(),
                p.currency(), p.observedOn(), weight, p.grader(), p.grade())).toList();
        String detail = prices.size() + " asking price" + (prices.size() == 1 ? "" : "s")
                + " of active listings (not sales, weighted lower: " + String.format(Locale.ROOT, "%.2f", weight)
                + " each)" + (setAside.isEmpty() ? "" : ", " + setAside.size() + " listings set aside");
        return new SourceAnswer(prices.isEmpty() ? SourceAnswer.Outcome.EMPTY : SourceAnswer.Outcome.OK,
                prices.isEmpty() && setAside.isEmpty() ? "no listings found" : detail, prices, setAside, false, false);
    }

    private static String unfit(String title, boolean graded, PricePoint point, Identity card, ConditionTarget target) {
        String lower = title.toLowerCase(Locale.ROOT);
        for (Map.Entry<Pattern, String> unwanted : NOT_A_SINGLE_CARD.entrySet()) {
            if (unwanted.getKey().matcher(lower).find()) {
                return unwanted.getValue();
            }
        }
        if (card.name() != null && !lower.contains(card.name().toLowerCase(Locale.ROOT))) {
            return "does not name " + card.name();
        }
        Matcher number = NUMBER.matcher(title);
        if (card.number() != null && number.find() && !number.group(1).equals(card.number().replaceFirst("^0+", ""))) {
            return "card number " + number.group(1) + ", not " + card.number();
        }
        if (!target.graded()) {
            return graded ? "a graded slab; this card is raw" : null;
        }
        if (!point.graded()) {
            return graded ? "graded, but the title names no grader and grade"
                    : "not a graded slab; this card is " + target.describe();
        }
        return point.grader().equalsIgnoreCase(target.grader()) ? null
                : "a " + point.grader() + " slab, not " + target.grader();
    }

    private static Map<Pattern, String> unwanted(String... patternsAndReasons) {
        Map<Pattern, String> map = new LinkedHashMap<>();
        for (int i = 0; i < patternsAndReasons.length; i += 2) {
            map.put(Pattern.compile(patternsAndReasons[i]), patternsAndReasons[i + 1]);
        }
        return map;
    }
}
