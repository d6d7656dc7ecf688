package com.collectiq.card;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

import com.collectiq.auth.Callers;
import com.collectiq.card.CardStore.CardPage;
import com.collectiq.currency.ExchangeRates;
import com.collectiq.platform.ids.Ids;
import com.collectiq.platform.web.ApiJson;
import com.collectiq.platform.web.ApiProblem;
import com.collectiq.platform.web.EntityTagList;
import com.collectiq.platform.web.QueryParams;
import com.collectiq.platform.web.RequestOrigins;
import com.collectiq.settings.DisplayCurrency;
import com.collectiq.settings.Settings;
import com.collectiq.upload.PhotoKeys;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The HTTP face of {@link CardService} for the REST DSL in {@code routes/cards-api.yaml}: reads the
 * caller, path, query and body of an exchange, calls the service and shapes the response. No rules
 * live here; they live in the service.
 */
@Component("cardApi")
public class CardApi {

    private static final String JSON = "application/json";
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;
    private static final int MAX_CURSOR = 2048;
    private static final String RETRY_AFTER_SECONDS = "5";

    /** {@code PATCH} answers with the card and, when the change queued one, the revaluation. */
    public record Corrected(@JsonUnwrapped CardView card, RunRef revaluation) {
    }

    /** A queued or running valuation run of a card. */
    public record RunRef(String cardId, String runId, ValuationRun.State status) {
    }

    /** A card's valuation runs, oldest first, and their trend. */
    public record History(String cardId, List<PriceHistoryEntry> entries, PriceTrend trend) {
    }

    /** A page of cards. */
    public record Page(List<CardView> items, String nextCursor) {
    }

    /** The cards made from one photo of several (a binder page, a table spread), in slot order. */
    public record PhotoCards(String photo, List<CardView> items) {
    }

    private final CardService cards;
    private final PortfolioCalculator portfolios;
    private final ApiJson json;
    private final DisplayCurrency display;
    private final Settings settings;

    public CardApi(CardService cards, PortfolioCalculator portfolios, ApiJson json, DisplayCurrency display,
            Settings settings) {
        this.cards = cards;
        this.portfolios = portfolios;
        this.json = json;
        this.display = display;
        this.settings = settings;
    }

    public void create(Exchange exchange) {
        CardRequests.Create request = json.readBody(exchange, CardRequests.Create.class);
        CardService.Creation creation = cards.create(owner(exchange), request.key(), request.backKey(),
                request.hints());
        Shown shown = shown(exchange);
        int status = creation.created() ? 201 : 200;
        if (creation.severalCards()) {
            json.reply(exchange, status, new PhotoCards(request.key(),
                    creation.photoCards().stream().map(shown::view).toList()));
            exchange.getMessage().setHeader("Location", "/cards?photo=" + URLEncoder.encode(request.key(),
                    StandardCharsets.UTF_8));
            return;
        }
        CardView view = shown.view(creation.card());
        json.reply(exchange, status, view);
        exchange.getMessage().setHeader("Location", location(view.id()));
        exchange.getMessage().setHeader("ETag", view.etag());
    }

    public void list(Exchange exchange) {
        Message in = exchange.getIn();
        int limit = QueryParams.limit(in.getHeader("limit", String.class), DEFAULT_LIMIT, MAX_LIMIT);
        String cursor = in.getHeader("cursor", String.class);
        if (cursor != null && (cursor.isEmpty() || cursor.length() > MAX_CURSOR)) {
            throw ApiProblem.badRequest("The cursor is not one this service issued for this list.");
        }
        String photo = in.getHeader("photo", String.class);
        CardStatus status = status(in.getHeader("status", String.class));
        if (photo != null && status != null) {
            throw ApiProblem.badRequest("List by photo or by status, not both.");
        }
        CardPage page = photo == null ? cards.list(owner(exchange), status, limit, cursor)
                : cards.cardsOfPhoto(owner(exchange), photoKey(photo), limit, cursor);
        Shown shown = shown(exchange);
        json.reply(exchange, 200, new Page(page.items().stream().map(shown::view).toList(), page.nextCursor()));
    }

    public void get(Exchange exchange) {
        CardView view = shown(exchange).view(cards.get(owner(exchange), id(exchange)));
        String ifNoneMatch = exchange.getIn().getHeader("If-None-Match", String.class);
        // a header that is no list of tags is ignored: the full answer is always a right one to a GET
        boolean unchanged = ifNoneMatch != null
                && EntityTagList.parse(ifNoneMatch).map(tags -> tags.matchesWeakly(view.etag())).orElse(false);
        if (unchanged) {
            exchange.getMessage().setBody(null);
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 304);
        } else {
            json.reply(exchange, 200, view);
        }
        exchange.getMessage().setHeader("ETag", view.etag());
    }

    public void correct(Exchange exchange) {
        CardRequests.Correct request = json.readBody(exchange, CardRequests.Correct.class);
        String owner = owner(exchange);
        String id = id(exchange);
        long before = cards.get(owner, id).version();
        Shown shown = shown(exchange);
        Predicate<Card> expected = ifMatch(exchange)
                .<Predicate<Card>>map(tags -> current -> tags.matchesStrongly(shown.view(current).etag()))
                .orElse(any -> true);
        Card card = cards.correct(owner, id, expected, request::applyTo);
        RunRef revaluation = card.version() != before && card.run() != null
                ? new RunRef(card.id(), card.run().runId(), card.run().state()) : null;
        CardView view = shown.view(card);
        json.reply(exchange, 200, new Corrected(view, revaluation));
        exchange.getMessage().setHeader("ETag", view.etag());
    }

    /** A PATCH's condition: a header that is no list of tags is refused, not taken as no condition. */
    private static Optional<EntityTagList> ifMatch(Exchange exchange) {
        String header = exchange.getIn().getHeader("If-Match", String.class);
        if (header == null) {
            return Optional.empty();
        }
        return Optional.of(EntityTagList.parse(header).orElseThrow(() -> ApiProblem.badRequest(
                "If-Match is * or a list of entity tags such as \"abc\" (the card's ETag).")));
    }

    public void delete(Exchange exchange) {
        if (!cards.delete(owner(exchange), id(exchange))) {
            throw new CardNotFoundException(id(exchange));
        }
        exchange.getMessage().setBody(null);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 204);
    }

    public void revalue(Exchange exchange) {
        Card card = cards.revalue(owner(exchange), id(exchange));
        json.reply(exchange, 202, new RunRef(card.id(), card.run().runId(), card.run().state()));
        exchange.getMessage().setHeader("Location", location(card.id()));
        exchange.getMessage().setHeader("Retry-After", RETRY_AFTER_SECONDS);
    }

    /**
     * 302 to the signed URL by default; {@code Accept: application/json} gets {@code {"url","expiresAt"}}
     * instead, for a page that cannot send its bearer token with an {@code <img>}.
     */
    public void image(Exchange exchange) {
        CardService.SignedImage image = cards.image(owner(exchange), id(exchange), RequestOrigins.of(exchange));
        String accept = exchange.getIn().getHeader("Accept", String.class);
        if (accept != null && accept.contains(JSON)) {
            json.reply(exchange, 200, Map.of("url", image.url().toString(), "expiresAt", image.expiresAt()));
        } else {
            exchange.getMessage().setBody(null);
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 302);
            exchange.getMessage().setHeader("Location", image.url().toString());
        }
        exchange.getMessage().setHeader("Cache-Control", "no-store");
    }

    public void history(Exchange exchange) {
        String id = id(exchange);
        List<PriceHistoryEntry> entries = cards.history(owner(exchange), id);
        json.reply(exchange, 200, new History(id, entries, PriceTrend.of(entries)));
    }

    public void portfolio(Exchange exchange) {
        String owner = owner(exchange);
        json.reply(exchange, 200, PortfolioView.of(portfolios.of(owner), display.of(owner), display.rates()));
    }

    public void deleteMe(Exchange exchange) {
        int deleted = cards.deleteEverythingOf(owner(exchange));
        settings.deleteOf(owner(exchange));
        json.reply(exchange, 202, Map.of("deletedCards", deleted));
    }

    /** The caller's currency and one set of rates, for every card of a response. */
    private record Shown(String currency, ExchangeRates rates) {
        CardView view(Card card) {
            return CardView.of(card, currency, rates);
        }
    }

    private Shown shown(Exchange exchange) {
        return new Shown(display.of(owner(exchange)), display.rates());
    }

    private static String owner(Exchange exchange) {
        return Callers.of(exchange).sub();
    }

    private static String id(Exchange exchange) {
        String id = exchange.getIn().getHeader("id", String.class);
        if (!Ids.isWellFormed(id)) {
            throw ApiProblem.badRequest("A card id is a lower-case UUID.");
        }
        return id;
    }

    /** Any well-formed key is a fine question: another owner's photo simply has none of the caller's cards. */
    private static String photoKey(String photo) {
        if (!PhotoKeys.isFront(photo)) {
            throw ApiProblem.badRequest("photo is the key of an uploaded front, as POST /upload/presign gave it"
                    + " (URL-encoded), e.g. uploads/<you>/<id>.jpg.");
        }
        return photo;
    }

    private static String location(String id) {
        return "/cards/" + id;
    }

    private static CardStatus status(String text) {
        if (text == null) {
            return null;
        }
        for (CardStatus status : CardStatus.values()) {
            if (status.name().equals(text)) {
                return status;
            }
        }
        throw ApiProblem.badRequest("status is one of PENDING, PROCESSING, VALUED, FAILED.");
    }
}
