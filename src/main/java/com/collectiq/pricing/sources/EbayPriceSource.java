package com.collectiq.pricing.sources;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import com.collectiq.card.Identity;
import com.collectiq.platform.secrets.Secret;
import com.collectiq.platform.secrets.Secrets;
import com.collectiq.pricing.ConditionTarget;
import com.collectiq.pricing.PriceCache;
import com.collectiq.pricing.PriceQuery;
import com.collectiq.pricing.PriceSource;
import com.collectiq.pricing.PricingProperties;
import com.collectiq.pricing.SourceAnswer;
import com.collectiq.pricing.SourceCalls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Asking prices from eBay's Browse API ({@code GET /buy/browse/v1/item_summary/search}): Buy It Now
 * listings in the trading-card category, ungraded ({@code conditionIds:{4000}}) for a raw card and
 * graded ({@code conditionIds:{2750}}, the grader and grade in the keywords) for a slab, read by
 * {@link EbayListings}. An application token is fetched with the client credentials and kept until
 * it expires; a token eBay refuses is replaced once. Without credentials the source is off.
 */
@Component
class EbayPriceSource implements PriceSource {

    static final String NAME = "ebay";

    private final RestClient http;
    private final EbayProperties api;
    private final Secret clientId;
    private final Secret clientSecret;
    private final EbayAppToken token;
    private final SourceCalls calls;
    private final DatedCache cache;

    EbayPriceSource(EbayProperties api, PricingProperties pricing, Secrets secrets, PriceCache cache, ObjectMapper json,
            Clock clock) {
        this.http = SourceHttp.client(api.baseUrl(), api.connectTimeout(), api.readTimeout()).build();
        this.api = api;
        this.clientId = secrets.secret("eBay OAuth client id (the " + NAME + " price source is off without it)",
                api.clientId(), api.clientIdSecret());
        this.clientSecret = secrets.secret("eBay OAuth client secret (the " + NAME
                + " price source is off without it)", api.clientSecret(), api.clientSecretSecret());
        this.token = new EbayAppToken(http, api.scope(), clock);
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
        Optional<String> id = clientId.value();
        Optional<String> secret = clientSecret.value();
        if (id.isEmpty() || secret.isEmpty()) {
            return SourceAnswer.skipped("off: no OAuth client credentials");
        }
        String keywords = keywords(card, query.condition());
        String filter = "buyingOptions:{FIXED_PRICE},conditionIds:{"
                + (query.condition().graded() ? EbayListings.GRADED : EbayListings.UNGRADED) + "}";
        String cacheKey = NAME + ":search:" + filter + ":" + keywords.toLowerCase(Locale.ROOT);
        Optional<DatedCache.Dated> cached = cache.get(cacheKey);
        DatedCache.Dated search;
        if (cached.isPresent()) {
            search = cached.get();
        } else {
            try {
                search = cache.put(cacheKey, calls.call(() -> search(keywords, filter, id.get(), secret.get())));
            } catch (SourceCalls.Failed e) {
                return SourceAnswer.failed(e.getMessage());
            }
        }
        SourceAnswer answer = EbayListings.answer(search.body(), card, query.condition(), search.fetchedOn());
        return cached.isEmpty() ? answer : new SourceAnswer(answer.outcome(), answer.detail() + " (cached)",
                answer.prices(), answer.setAside(), false, false);
    }

    /** One search; a token refused as expired or revoked is replaced and the search made once more. */
    private JsonNode search(String keywords, String filter, String id, String secret) {
        String current = token.current(id, secret);
        try {
            return searchWith(current, keywords, filter);
        } catch (HttpClientErrorException.Unauthorized refused) {
            token.refused(current);
            return searchWith(token.current(id, secret), keywords, filter);
        }
    }

    private JsonNode searchWith(String bearer, String keywords, String filter) {
        // values through template variables: eBay's filter syntax has braces, which a URI template would read
        JsonNode body = http.get().uri(uri -> uri.path("/buy/browse/v1/item_summary/search")
                .queryParam("q", "{q}").queryParam("category_ids", "{category}")
                .queryParam("filter", "{filter}").queryParam("limit", api.limit())
                .build(Map.of("q", keywords, "category", api.categoryId(), "filter", filter)))
                .header("Authorization", "Bearer " + bearer)
                .header("X-EBAY-C-MARKETPLACE-ID", api.marketplace())
                .retrieve().body(JsonNode.class);
        if (body == null || !body.isObject()) {
            throw new SourceCalls.Failed("unreadable answer: not a JSON object");
        }
        return body;
    }

    /** {@code Charizard 4/102 Base} and, for a slab, {@code PSA 9}. */
    private static String keywords(Identity card, ConditionTarget target) {
        String number = card.number() == null ? null
                : card.number() + (card.printedTotal() == null ? "" : "/" + card.printedTotal());
        return Stream.of(card.name(), number, card.set(), target.graded() ? target.describe() : null)
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
    }
}
