package com.collectiq.pricing.sources;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import com.collectiq.card.Identity;
import com.collectiq.pricing.PriceCache;
import com.collectiq.pricing.PriceQuery;
import com.collectiq.pricing.PriceSource;
import com.collectiq.pricing.PricingProperties;
import com.collectiq.pricing.SourceAnswer;
import com.collectiq.pricing.SourceCalls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Prices from the Pokémon TCG API's card object ({@code GET /v2/cards/{id}}): its TCGplayer and
 * Cardmarket blocks. Uses blocks identification already fetched when it hands them over, else a
 * cached answer, else calls the API ({@link SourceCalls}: rate limit, retries, circuit breaker). A
 * card the API does not know is {@code empty}; an error, a timeout or an open circuit is {@code failed}.
 */
@Component
class PokemonTcgPriceSource implements PriceSource {

    static final String NAME = "pokemontcg";

    private final RestClient http;
    private final SourceCalls calls;
    private final PriceCache cache;
    private final PricingProperties pricing;
    private final ObjectMapper json;
    private final Clock clock;

    PokemonTcgPriceSource(PokemonTcgProperties api, PricingProperties pricing, PriceCache cache, ObjectMapper json,
            Clock clock) {
        RestClient.Builder builder = SourceHttp.client(api.baseUrl(), api.connectTimeout(), api.readTimeout());
        if (api.apiKey() != null && !api.apiKey().isBlank()) {
            builder.defaultHeader("X-Api-Key", api.apiKey());
        }
        this.http = builder.build();
        this.calls = new SourceCalls(NAME, pricing);
        this.cache = cache;
        this.pricing = pricing;
        this.json = json;
        this.clock = clock;
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
        Identity identity = query.identity();
        String id = identity.catalogId();
        String handedOver = query.prefetched().get(NAME);
        if (handedOver != null) {
            return priced(handedOver, identity, "from identification's search");
        }
        if (id == null || id.isBlank()) {
            return SourceAnswer.skipped("no catalog id to look up");
        }
        Instant now = clock.instant();
        Optional<String> cached = cache.get(cacheKey(id), now);
        if (cached.isPresent()) {
            return priced(cached.get(), identity, "cached");
        }
        Optional<String> card;
        try {
            card = calls.call(() -> fetch(id));
        } catch (SourceCalls.Failed e) {
            return SourceAnswer.failed(e.getMessage());
        }
        if (card.isEmpty()) {
            return SourceAnswer.empty("the API has no card " + id);
        }
        cache.put(cacheKey(id), card.get(), now.plus(pricing.cacheTtl()));
        return priced(card.get(), identity, null);
    }

    /** The card object under {@code data}; empty for a 404, which is an answer, not a failure. */
    private Optional<String> fetch(String id) {
        JsonNode body;
        try {
            body = http.get().uri("/v2/cards/{id}", id).retrieve().body(JsonNode.class);
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
        JsonNode card = body == null ? null : body.get("data");
        if (card == null || !card.isObject()) {
            throw new IllegalStateException("no data object");
        }
        return Optional.of(card.toString());
    }

    private SourceAnswer priced(String card, Identity identity, String provenance) {
        SourceAnswer answer;
        try {
            answer = PokemonTcgPrices.of(json.readTree(card), identity).answer(identity.variant());
        } catch (JsonProcessingException e) {
            return SourceAnswer.failed("unreadable card object");
        }
        return provenance == null ? answer : new SourceAnswer(answer.outcome(), answer.detail() + " (" + provenance + ")",
                answer.prices(), answer.setAside(), answer.sample(), answer.variantUncertain());
    }

    private static String cacheKey(String id) {
        return NAME + ":card:" + id;
    }
}
