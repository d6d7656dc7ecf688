package com.collectiq.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.collectiq.identification.catalog.InMemoryPriceCache;
import com.collectiq.identification.catalog.OnlineAnswer;
import com.collectiq.identification.catalog.OnlineAnswer.Outcome;
import com.collectiq.identification.catalog.OnlineCard;
import com.collectiq.identification.catalog.PokemonTcgApi;
import com.collectiq.pricing.sources.PokemonTcgProperties;
import com.collectiq.testsupport.eras.EraCatalog;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The bench's search stand-in answers the queries the identifier sends as the documented API would, read by the real client. */
class PokemonTcgSearchStandInTest {

    private static PokemonTcgSearchStandIn standIn;
    private static PokemonTcgApi api;

    @BeforeAll
    static void start() {
        standIn = new PokemonTcgSearchStandIn(EraCatalog.bundled());
        api = new PokemonTcgApi(new PokemonTcgProperties(URI.create(standIn.baseUrl()), null, Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofHours(1), Duration.ofSeconds(60)), new InMemoryPriceCache(),
                new ObjectMapper(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    @Test
    void findsCardsByNameAndNumberAcrossSets() {
        OnlineAnswer answer = api.search("name:\"Charizard\" number:4");
        assertThat(answer.outcome()).isEqualTo(Outcome.ANSWERED);
        // "Dark Charizard" holds the word too, as the API's name search finds it
        assertThat(answer.cards()).extracting(card -> card.card().id())
                .containsExactlyInAnyOrder("base1-4", "base4-4", "base5-4");
        OnlineCard base = answer.cards().stream().filter(card -> card.card().id().equals("base1-4")).findFirst().orElseThrow();
        assertThat(base.set().printedTotal()).isEqualTo(102);
        assertThat(base.card().hp()).isEqualTo(120);
    }

    @Test
    void findsByIdBySetByWildcardAndMatchesNamesWordByWord() {
        assertThat(api.search("id:\"sv1-63\"").cards()).extracting(card -> card.card().name()).containsExactly("Magnemite");
        assertThat(api.search("name:charizard set.id:base1").cards()).extracting(card -> card.card().id()).containsExactly("base1-4");
        assertThat(api.search("name:pikach* set.id:base1").cards()).extracting(card -> card.card().id()).containsExactly("base1-58");
        assertThat(api.search("name:\"Boss's Orders\" set.id:sv2").cards()).isNotEmpty();
        assertThat(api.search("name:\"Charizard\" -set.id:base1 -set.id:base5 number:4").cards())
                .extracting(card -> card.card().id()).containsExactly("base4-4");
        assertThat(api.search("name:\"Nosuchcard\"").cards()).isEmpty();
    }

    @Test
    void refusesWhatItCannotParse() {
        assertThat(api.search("(name:charizard OR name:pikachu)").outcome()).isEqualTo(Outcome.UNAVAILABLE);
    }
}
