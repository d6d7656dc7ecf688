package com.collectiq.pricing.sources;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import com.collectiq.card.Identity;
import com.collectiq.platform.secrets.Secret;
import com.collectiq.platform.secrets.Secrets;
import com.collectiq.pricing.PriceCache;
import com.collectiq.pricing.PriceQuery;
import com.collectiq.pricing.PriceSource;
import com.collectiq.pricing.PricingProperties;
import com.collectiq.pricing.SourceAnswer;
import com.collectiq.pricing.SourceCalls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Prices from PriceCharting's API: {@code GET /api/products?q=} finds the card's product (its name
 * {@code Charizard #4}, its "console" the set, {@code Pokemon Base Set}), {@code GET /api/product?id=}
 * gives its prices. The product found is cached per card identity. No key: the source is off.
 */
@Component
class PriceChartingPriceSource implements PriceSource {

    static final String NAME = "pricecharting";

    private final RestClient http;
    private final Secret apiKey;
    private final SourceCalls calls;
    private final DatedCache cache;

    PriceChartingPriceSource(PriceChartingProperties api, PricingProperties pricing, Secrets secrets, PriceCache cache,
            ObjectMapper json, Clock clock) {
        this.http = SourceHttp.client(api.baseUrl(), api.connectTimeout(), api.readTimeout()).build();
        this.apiKey = secrets.secret("PriceCharting API key (the " + NAME + " price source is off without it)",
                api.apiKey(), api.apiKeySecret());
        this.calls = new SourceCalls(NAME, pricing);
        this.cache = new DatedCache(cache, json, clock, pricing.cacheTtl());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean online() {
        return true;
    }

    @Override
    public SourceAnswer lookup(PriceQuery query) {
        Identity card = query.identity();
        if (card.name() == null || card.name().isBlank()) {
            return SourceAnswer.skipped("no card name to search for");
        }
        Optional<String> key = apiKey.value();
        if (key.isEmpty()) {
            return SourceAnswer.skipped("off: no API key");
        }
        String cacheKey = NAME + ":product:" + Stream.of(card.name(), card.set(), card.number())
                .map(part -> part == null ? "" : part.trim().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"));
        Optional<DatedCache.Dated> cached = cache.get(cacheKey);
        DatedCache.Dated product;
        if (cached.isPresent()) {
            product = cached.get();
        } else {
            Optional<JsonNode> found;
            try {
                found = calls.call(() -> find(card, key.get()));
            } catch (SourceCalls.Failed e) {
                return SourceAnswer.failed(e.getMessage());
            }
            if (found.isEmpty()) {
                return SourceAnswer.empty("no PriceCharting product is " + searchText(card));
            }
            product = cache.put(cacheKey, found.get());
        }
        PriceChartingPrices prices = PriceChartingPrices.of(product.body(), product.fetchedOn(), query.condition());
        String name = product.body().path("product-name").asText() + " (" + product.body().path("console-name").asText()
                + ")";
        if (prices.prices().isEmpty()) {
            return SourceAnswer.empty(name + " has no prices");
        }
        return new SourceAnswer(SourceAnswer.Outcome.OK, name + ": " + prices.prices().size() + " prices in pennies"
                + (cached.isPresent() ? " (cached)" : ""), prices.prices(), List.of(), false, false);
    }

    /** The product that is this card, with its prices; empty when the search has none. */
    private Optional<JsonNode> find(Identity card, String key) {
        // values through template variables, so a brace or an ampersand in them is only text
        JsonNode search = answer(http.get().uri(uri -> uri.path("/api/products").queryParam("t", "{t}")
                .queryParam("q", "{q}").build(Map.of("t", key, "q", searchText(card)))).retrieve().body(JsonNode.class));
        Optional<String> id = best(card, search.path("products"));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(answer(http.get().uri(uri -> uri.path("/api/product").queryParam("t", "{t}")
                .queryParam("id", "{id}").build(Map.of("t", key, "id", id.get()))).retrieve().body(JsonNode.class)));
    }

    /** A product named {@code <name> #<number>} whose console names the set; the first when several are. */
    private static Optional<String> best(Identity card, JsonNode products) {
        String name = card.name().toLowerCase(Locale.ROOT);
        for (JsonNode product : products) {
            String productName = product.path("product-name").asText("").toLowerCase(Locale.ROOT);
            String console = product.path("console-name").asText("").toLowerCase(Locale.ROOT);
            boolean number = card.number() == null || productName.matches(".*#0*" + Pattern.quote(card.number().toLowerCase(Locale.ROOT)) + "\\b.*");
            boolean set = card.set() == null || console.contains(card.set().toLowerCase(Locale.ROOT));
            if (productName.contains(name) && number && set && product.hasNonNull("id")) {
                return Optional.of(product.get("id").asText());
            }
        }
        return Optional.empty();
    }

    /** PriceCharting answers errors as {@code {"status": "error", "error-message": ...}}, sometimes with 200. */
    private static JsonNode answer(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new SourceCalls.Failed("unreadable answer: not a JSON object");
        }
        if (!"success".equals(body.path("status").asText())) {
            throw new SourceCalls.Failed("PriceCharting error: " + body.path("error-message").asText("(no message)"));
        }
        return body;
    }

    private static String searchText(Identity card) {
        return Stream.of(card.name(), card.number() == null ? null : "#" + card.number(), card.set())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
    }
}
