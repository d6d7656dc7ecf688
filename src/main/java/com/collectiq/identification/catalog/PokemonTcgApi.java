package com.collectiq.identification.catalog;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.collectiq.identification.catalog.OnlineAnswer.Outcome;
import com.collectiq.platform.http.RetryAfter;
import com.collectiq.pricing.PriceCache;
import com.collectiq.pricing.sources.PokemonTcgProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The online catalog on the Pokémon TCG API ({@code GET /v2/cards?q=...}). Answers are cached in
 * the {@link PriceCache} (they carry prices, and the card store already keeps that cache with
 * expiry in both modes); a 429 keeps every caller away until its {@code Retry-After} has passed.
 */
public class PokemonTcgApi implements OnlineCatalog {

    private static final Logger log = LoggerFactory.getLogger(PokemonTcgApi.class);
    private static final int PAGE_SIZE = 25;

    private final PokemonTcgProperties properties;
    private final PriceCache cache;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;
    /** Until when the API asked not to be called (its last 429), shared by every caller. */
    private final AtomicReference<Instant> quietUntil = new AtomicReference<>(Instant.MIN);

    public PokemonTcgApi(PokemonTcgProperties properties, PriceCache cache, ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.cache = cache;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public OnlineAnswer search(String query) {
        String pathAndQuery = "/v2/cards?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&pageSize=" + PAGE_SIZE;
        String cacheKey = "pokemontcg:" + pathAndQuery;
        Optional<String> cached = cached(cacheKey);
        if (cached.isPresent()) {
            return parse(cached.get(), "cached answer");
        }
        Instant now = clock.instant();
        Instant quiet = quietUntil.get();
        if (now.isBefore(quiet)) {
            return OnlineAnswer.notAnswered(Outcome.RATE_LIMITED, "rate limited until " + quiet);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.baseUrl() + pathAndQuery))
                .timeout(properties.readTimeout()).header("Accept", "application/json").GET();
        if (properties.hasApiKey()) {
            request.header("X-Api-Key", properties.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.warn("Pokémon TCG API unreachable: {}", e.toString());
            return OnlineAnswer.notAnswered(Outcome.UNAVAILABLE, "unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OnlineAnswer.notAnswered(Outcome.UNAVAILABLE, "interrupted");
        }
        int status = response.statusCode();
        if (status == 429) {
            Instant until = now.plus(retryAfter(response, now));
            quietUntil.accumulateAndGet(until, (a, b) -> a.isAfter(b) ? a : b);
            log.warn("Pokémon TCG API rate limited; not calling it before {}", until);
            return OnlineAnswer.notAnswered(Outcome.RATE_LIMITED, "429, retry after " + until);
        }
        if (status != 200) {
            log.warn("Pokémon TCG API answered {}", status);
            return OnlineAnswer.notAnswered(Outcome.UNAVAILABLE, "HTTP " + status);
        }
        OnlineAnswer answer = parse(response.body(), "answered");
        if (answer.outcome() == Outcome.ANSWERED) {
            store(cacheKey, response.body(), now);
        }
        return answer;
    }

    private OnlineAnswer parse(String body, String how) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            log.warn("Pokémon TCG API sent malformed JSON");
            return OnlineAnswer.notAnswered(Outcome.MALFORMED, "malformed JSON");
        }
        if (root == null || !root.path("data").isArray()) {
            return OnlineAnswer.notAnswered(Outcome.MALFORMED, "no data array");
        }
        List<OnlineCard> cards = new ArrayList<>();
        for (JsonNode card : root.path("data")) {
            toCard(card).ifPresent(cards::add);
        }
        return OnlineAnswer.answered(cards, how + ": " + cards.size() + " card(s)");
    }

    private Optional<OnlineCard> toCard(JsonNode node) {
        JsonNode set = node.path("set");
        if (!node.hasNonNull("name") || !node.hasNonNull("number") || !set.hasNonNull("id")) {
            return Optional.empty();
        }
        List<String> subtypes = new ArrayList<>();
        node.path("subtypes").forEach(subtype -> subtypes.add(subtype.asText()));
        CatalogCard card = new CatalogCard(set.get("id").asText(), node.get("number").asText(), node.get("name").asText(),
                text(node, "supertype"), subtypes, Catalog.integer(text(node, "hp")), text(node, "rarity"),
                text(node, "artist"));
        CatalogSet catalogSet;
        try {
            catalogSet = new CatalogSet(set.get("id").asText(), text(set, "name"), text(set, "series"),
                    set.hasNonNull("printedTotal") ? set.get("printedTotal").asInt() : null, set.path("total").asInt(),
                    text(set, "ptcgoCode"), Catalog.releaseDate(text(set, "releaseDate")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        if (catalogSet.releaseDate() == null) {
            return Optional.empty();
        }
        PriceBlocks prices = new PriceBlocks(card.id(), raw(node, "tcgplayer"), raw(node, "cardmarket"));
        return Optional.of(new OnlineCard(card, catalogSet, prices));
    }

    /** Retry-After as seconds or as an HTTP date; the configured default when absent or unreadable. */
    private Duration retryAfter(HttpResponse<?> response, Instant now) {
        return RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), now)
                .orElse(properties.retryAfterDefault());
    }

    private Optional<String> cached(String key) {
        try {
            return cache.get(key, clock.instant());
        } catch (RuntimeException e) {
            // a cache that cannot answer only costs a call
            log.warn("catalog cache unavailable: {}", e.toString());
            return Optional.empty();
        }
    }

    private void store(String key, String body, Instant now) {
        try {
            cache.put(key, body, now.plus(properties.cacheTtl()));
        } catch (RuntimeException e) {
            log.warn("catalog answer not cached: {}", e.toString());
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private String raw(JsonNode node, String field) {
        JsonNode block = node.get(field);
        if (block == null || !block.isObject()) {
            return null;
        }
        try {
            return json.writeValueAsString(block);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
