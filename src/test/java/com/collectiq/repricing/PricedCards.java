package com.collectiq.repricing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.collectiq.card.Card;
import com.collectiq.card.CardStatus;
import com.collectiq.card.CardStore;
import com.collectiq.card.Hints;
import com.collectiq.card.Identity;
import com.collectiq.card.Repricing;
import com.collectiq.card.Valuation;
import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Valued cards as a valuation run leaves them, priced by the Pokémon TCG API, and that API's answers
 * (WireMock, the card object of {@code GET /v2/cards/{id}} in its documented shape). Each card has a
 * catalog id of its own, so no other test's stubs or cached prices touch it.
 */
public final class PricedCards {

    private PricedCards() {
    }

    public static String newCatalogId() {
        return "vt-" + UUID.randomUUID();
    }

    /** A valued card of the owner's at {@code fair} USD, next repriced at {@code due}. */
    public static Card valued(CardStore cards, String owner, String catalogId, BigDecimal fair, Instant due) {
        Card card = cards.create(owner, "uploads/" + owner + "/" + UUID.randomUUID() + ".jpg", null, Hints.NONE).card();
        Identity identity = new Identity("Charizard", "Base", "4", "102", catalogId, "Rare Holo", "holofoil", 0.95,
                Map.of(), List.of());
        Valuation valuation = new Valuation(fair, fair, fair, "USD", 0.8, Instant.now(), "priced",
                List.of(new Valuation.Source("pokemontcg", "ok", "TCGplayer holofoil", false, 10L)), List.of(),
                "local explainer");
        return cards.update(card.withResult(identity, valuation, null).withStatus(CardStatus.VALUED)
                .withRepricing(new Repricing(due, "NM", null)));
    }

    /** The API's card object with one TCGplayer holofoil block around {@code price}, updated today. */
    public static void servePrices(WireMockServer api, String catalogId, int price) {
        String today = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        api.stubFor(get(urlPathEqualTo("/v2/cards/" + catalogId)).willReturn(okJson("""
                {"data": {"id": "%s", "name": "Charizard", "supertype": "Pokémon", "number": "4",
                  "set": {"id": "base1", "name": "Base", "printedTotal": 102, "total": 102, "releaseDate": "1999/01/09"},
                  "rarity": "Rare Holo",
                  "tcgplayer": {"updatedAt": "%s", "prices": {"holofoil":
                    {"low": %d, "mid": %d, "high": %d, "market": %d}}}}}
                """.formatted(catalogId, today, price - 5, price, price + 5, price))));
    }

    /** Waits up to 30 s for the card to satisfy {@code done}, and returns it. */
    public static Card await(CardStore cards, String owner, String id, Predicate<Card> done) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        Card card = cards.get(owner, id).orElseThrow();
        while (!done.test(card) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            card = cards.get(owner, id).orElseThrow();
        }
        assertThat(done.test(card)).as("reprice finished: " + card).isTrue();
        return card;
    }
}
