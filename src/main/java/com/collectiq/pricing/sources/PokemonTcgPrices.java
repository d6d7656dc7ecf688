package com.collectiq.pricing.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.collectiq.card.Identity;
import com.collectiq.pricing.PricePoint;
import com.collectiq.pricing.SourceAnswer;
import com.collectiq.pricing.SourceAnswer.SetAside;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The price blocks of one card object of the Pokémon TCG API ({@code tcgplayer.prices.<printing>}
 * in USD, {@code cardmarket.prices} in EUR) and the choice of the block that matches the card's
 * printing. Either block, and any field, may be missing: both are common.
 */
public record PokemonTcgPrices(String catalogId, String rarity, Map<String, Map<String, BigDecimal>> tcgplayer,
        LocalDate tcgplayerUpdated, Map<String, BigDecimal> cardmarket, LocalDate cardmarketUpdated) {

    /** TCGplayer's printings, in the order tried when the card's own printing is unknown. */
    static final List<String> PRINTINGS = List.of("holofoil", "unlimitedHolofoil", "normal", "reverseHolofoil",
            "1stEditionHolofoil", "1stEditionNormal");

    /** TCGplayer fields and their worth as evidence: market is from sales, high is the dearest listing. */
    static final Map<String, Double> TCGPLAYER_FIELDS = ordered("market", 1.0, "mid", 0.7, "low", 0.5, "high", 0.3);

    /** Cardmarket fields: the trend and the average sale price are from sales, the low is a listing. */
    static final Map<String, Double> CARDMARKET_FIELDS = ordered("trendPrice", 1.0, "averageSellPrice", 0.9,
            "avg30", 0.8, "avg7", 0.7, "lowPrice", 0.5, "avg1", 0.4);

    /** Cardmarket's reverse-holo fields, worth what their plain counterparts are worth. */
    static final Map<String, Double> CARDMARKET_REVERSE_FIELDS = ordered("reverseHoloTrend", 1.0,
            "reverseHoloSell", 0.9, "reverseHoloAvg30", 0.8, "reverseHoloAvg7", 0.7, "reverseHoloLow", 0.5,
            "reverseHoloAvg1", 0.4);

    private static final DateTimeFormatter API_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    /**
     * Reads the blocks of a card object (one {@code data} item of {@code /v2/cards}). A handed-over
     * object may hold only the blocks: then the card's id and rarity come from the identity.
     */
    public static PokemonTcgPrices of(JsonNode card, Identity identity) {
        Map<String, Map<String, BigDecimal>> tcgplayer = new LinkedHashMap<>();
        JsonNode tcgPrices = card.path("tcgplayer").path("prices");
        tcgPrices.fieldNames().forEachRemaining(printing -> {
            Map<String, BigDecimal> fields = amounts(tcgPrices.get(printing), TCGPLAYER_FIELDS);
            if (!fields.isEmpty()) {
                tcgplayer.put(printing, fields);
            }
        });
        Map<String, BigDecimal> cardmarket = new LinkedHashMap<>();
        JsonNode cmPrices = card.path("cardmarket").path("prices");
        cardmarket.putAll(amounts(cmPrices, CARDMARKET_FIELDS));
        cardmarket.putAll(amounts(cmPrices, CARDMARKET_REVERSE_FIELDS));
        return new PokemonTcgPrices(card.path("id").asText(identity.catalogId()),
                card.path("rarity").asText(identity.rarity()),
                Collections.unmodifiableMap(tcgplayer), date(card.path("tcgplayer").path("updatedAt")),
                Collections.unmodifiableMap(cardmarket),
                date(card.path("cardmarket").path("updatedAt")));
    }

    /** The prices for the card's printing ({@code variant}, TCGplayer's word; null when unknown). */
    public SourceAnswer answer(String variant) {
        Choice choice = choose(variant);
        List<PricePoint> prices = new ArrayList<>();
        List<SetAside> setAside = new ArrayList<>();
        tcgplayer.forEach((printing, fields) -> fields.forEach((field, amount) -> {
            PricePoint point = PricePoint.raw("tcgplayer", "TCGplayer " + printing + " " + field, amount, "USD",
                    tcgplayerUpdated, TCGPLAYER_FIELDS.get(field));
            if (!printing.equals(choice.printing())) {
                setAside.add(new SetAside(point, "another printing than " + choice.printing()));
            } else if (tcgplayerUpdated == null) {
                setAside.add(new SetAside(point, "TCGplayer block has no date"));
            } else {
                prices.add(point);
            }
        }));
        boolean reverse = "reverseHolofoil".equals(choice.printing());
        boolean firstEdition = choice.printing() != null && choice.printing().startsWith("1stEdition");
        cardmarket.forEach((field, amount) -> {
            boolean reverseField = CARDMARKET_REVERSE_FIELDS.containsKey(field);
            double reliability = reverseField ? CARDMARKET_REVERSE_FIELDS.get(field) : CARDMARKET_FIELDS.get(field);
            PricePoint point = PricePoint.raw("cardmarket", "Cardmarket " + field, amount, "EUR", cardmarketUpdated,
                    reliability);
            if (firstEdition) {
                setAside.add(new SetAside(point, "Cardmarket does not price 1st Edition apart"));
            } else if (reverseField != reverse) {
                setAside.add(new SetAside(point, reverseField ? "reverse holo price" : "not the reverse holo price"));
            } else if (cardmarketUpdated == null) {
                setAside.add(new SetAside(point, "Cardmarket block has no date"));
            } else {
                prices.add(point);
            }
        });
        String detail = describe(prices, choice);
        return new SourceAnswer(prices.isEmpty() ? SourceAnswer.Outcome.EMPTY : SourceAnswer.Outcome.OK, detail,
                prices, setAside, false, choice.uncertain());
    }

    /** The printing priced, whether it was a guess, and the note that says so. */
    record Choice(String printing, boolean uncertain, String note) {
    }

    Choice choose(String variant) {
        Optional<String> wanted = canonical(variant);
        if (tcgplayer.isEmpty()) {
            boolean guessed = wanted.isEmpty() && cardmarket.keySet().stream()
                    .anyMatch(CARDMARKET_REVERSE_FIELDS::containsKey);
            return new Choice(wanted.orElse(null), guessed,
                    guessed ? "printing unknown: Cardmarket's plain (not reverse holo) prices used" : null);
        }
        if (wanted.isPresent()) {
            for (String printing : samePrinting(wanted.get())) {
                if (tcgplayer.containsKey(printing)) {
                    return new Choice(printing, false, null);
                }
            }
        }
        if (wanted.isEmpty() && tcgplayer.size() == 1) {
            return new Choice(tcgplayer.keySet().iterator().next(), false, null);
        }
        String guess = preferred(wanted.isEmpty() && !looksHolo());
        return new Choice(guess, true, wanted.map(w -> "no TCGplayer " + w + " prices; ").orElse("printing unknown; ")
                + "TCGplayer lists " + String.join(", ", tcgplayer.keySet()) + ", used " + guess);
    }

    private boolean looksHolo() {
        return rarity != null && rarity.toLowerCase(Locale.ROOT).contains("holo");
    }

    /** The first printing present, plain ones first for a card whose rarity is not a holo. */
    private String preferred(boolean plainFirst) {
        if (plainFirst && tcgplayer.containsKey("normal")) {
            return "normal";
        }
        return PRINTINGS.stream().filter(tcgplayer::containsKey).findFirst()
                .orElse(tcgplayer.keySet().iterator().next());
    }

    /** The API calls an unlimited holo {@code holofoil} in most sets and {@code unlimitedHolofoil} in a few. */
    private static List<String> samePrinting(String printing) {
        return switch (printing) {
            case "holofoil", "unlimitedHolofoil" -> List.of(printing, printing.equals("holofoil")
                    ? "unlimitedHolofoil" : "holofoil");
            default -> List.of(printing);
        };
    }

    private static Optional<String> canonical(String variant) {
        if (variant == null || variant.isBlank()) {
            return Optional.empty();
        }
        String key = variant.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
        return PRINTINGS.stream().filter(p -> p.toLowerCase(Locale.ROOT).equals(key)).findFirst()
                .or(() -> Optional.of(variant));
    }

    private String describe(List<PricePoint> prices, Choice choice) {
        long tcg = prices.stream().filter(p -> p.market().equals("tcgplayer")).count();
        long cm = prices.size() - tcg;
        List<String> parts = new ArrayList<>();
        if (tcg > 0) {
            parts.add("TCGplayer " + choice.printing() + " (" + tcg + " prices)");
        }
        if (cm > 0) {
            parts.add("Cardmarket (" + cm + " prices)");
        }
        if (parts.isEmpty()) {
            parts.add("no TCGplayer or Cardmarket prices for " + catalogId
                    + (choice.printing() == null ? "" : " " + choice.printing()));
        }
        if (choice.note() != null) {
            parts.add(choice.note());
        }
        return String.join("; ", parts);
    }

    private static Map<String, BigDecimal> amounts(JsonNode block, Map<String, Double> fields) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (String field : fields.keySet()) {
            JsonNode value = block.path(field);
            // the API writes 0 or null for "no sales": neither is a price
            if (value.isNumber() && value.decimalValue().signum() > 0) {
                amounts.put(field, value.decimalValue());
            }
        }
        return amounts;
    }

    private static LocalDate date(JsonNode text) {
        try {
            return text.isTextual() ? LocalDate.parse(text.asText(), API_DATE) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, Double> ordered(Object... pairs) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
