package com.collectiq.identification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.collectiq.card.Hints;
import com.collectiq.identification.catalog.Catalog;
import com.collectiq.identification.catalog.OnlineAnswer.Outcome;
import com.collectiq.identification.catalog.OnlineCatalog;
import com.collectiq.identification.catalog.PokemonTcgFixtures;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.WireMockStandIn;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * The identifier as the service wires it in {@code local} mode, its online catalog on WireMock: the
 * test suite's outside URLs point there, so this is the bean the pipeline gets.
 */
@LocalMode
class OnlineIdentificationTest {

    @Autowired
    CardIdentifier identifier;
    @Autowired
    Catalog catalog;
    @Autowired
    OnlineCatalog online;

    private final WireMockServer wireMock = WireMockStandIn.get().server();
    private final List<StubMapping> stubs = new ArrayList<>();

    @AfterEach
    void removeStubs() {
        stubs.forEach(wireMock::removeStub);
    }

    @Test
    void theOnlineCatalogConfirmsTheOfflineResultAndHandsOverItsPrices() {
        stub("id:\"base1-4\"", okJson(PokemonTcgFixtures.read("base1-4.json")));

        Identification result = identifier.identify(OcrCase.of("clean", "base1-4", "Charizard 120 HP",
                "Illus. Mitsuhiro Arita ©1999 Wizards. 4/102").extraction(), Hints.NONE, VisualHints.NONE);

        assertThat(result.online()).isEqualTo(Outcome.ANSWERED);
        assertThat(result.identity().catalogId()).isEqualTo("base1-4");
        assertThat(result.identity().evidence().get("catalogId").rationale()).contains("online catalog knows it");
        assertThat(result.prices().tcgplayerJson()).contains("\"holofoil\"");
        assertThat(result.prices().cardmarketJson()).contains("trendPrice");
    }

    @Test
    void aCardOfASetThatIsNotBundledIsResolvedOnline() {
        // asked by the name as printed: the catalog bundles no Pikachu VMAX
        stub("name:\"Pikachu VMAX\" number:TG12", okJson(PokemonTcgFixtures.read("swsh11tg-TG12.json")));

        Identification result = identifier.identify(OcrCase.of("gallery", null, "Pikachu VMAX HP 310",
                "Illus. Ryota Murayama", "F LOR EN TG12/TG30").extraction(), Hints.NONE, VisualHints.NONE);

        assertThat(result.identity().catalogId()).isEqualTo("swsh11tg-TG12");
        assertThat(result.identity().set()).isEqualTo("Lost Origin Trainer Gallery");
        assertThat(result.identity().printedTotal()).isEqualTo("30");
        assertThat(result.prices().tcgplayerJson()).contains("26.1");
        assertThat(result.prices().cardmarketJson()).isNull();
    }

    @Test
    void aCardWhoseNameWasNotReadIsLookedUpByItsNumberAndPrintedTotal() {
        stub("number:TG12 set.printedTotal:30", okJson(PokemonTcgFixtures.read("swsh11tg-TG12.json")));

        Identification result = identifier.identify(OcrCase.of("gallery, name over the artwork", null,
                "Illus. Ryota Murayama", "TG12/TG30").extraction(), Hints.NONE, VisualHints.NONE);

        assertThat(result.identity().catalogId()).isEqualTo("swsh11tg-TG12");
        assertThat(result.identity().evidence().get("catalogId").rationale()).contains("number, set");
    }

    @Test
    void aSearchByNameThatFindsNothingFallsBackToTheNumberAndPrintedTotal() {
        // the name is misread, unsure, as another Pokémon's: no such card of that number
        stub("name:\"Pichu\" number:TG12", okJson("{\"data\":[],\"page\":1,\"pageSize\":0,\"count\":0,\"totalCount\":0}"));
        stub("number:TG12 set.printedTotal:30", okJson(PokemonTcgFixtures.read("swsh11tg-TG12.json")));

        Identification result = identifier.identify(OcrCase.of("gallery, name misread", null, "Pichu",
                "Illus. Ryota Murayama", "F LOR EN TG12/TG30").confidence(0.3).extraction(), Hints.NONE, VisualHints.NONE);

        assertThat(result.online()).isEqualTo(Outcome.ANSWERED);
        assertThat(result.identity().catalogId()).isEqualTo("swsh11tg-TG12");
        assertThat(result.identity().confidence()).isLessThan(0.8);
    }

    @Test
    void aBundledNamesakeADigitOffTheNumberReadIsNotTakenForTheCardWithoutAskingByNameAndNumber() {
        // Expedition's cards taken out: its Kadabra 84/165 read, 151's Kadabra is 64/165, a digit off
        stub("name:\"Kadabra\" number:84", okJson(PokemonTcgFixtures.read("ecard1-84.json")));
        Catalog withoutExpedition = new Catalog(catalog.sets(),
                catalog.cards().stream().filter(card -> !card.setId().equals("ecard1")).toList());

        Identification result = new CardIdentifier(withoutExpedition, online).identify(OcrCase.of("expedition",
                "ecard1-84", "Kadabra 70 HP", "Illus. Hajime Kusajima", "84/165").extraction(), Hints.NONE, VisualHints.NONE);

        assertThat(result.online()).isEqualTo(Outcome.ANSWERED);
        assertThat(result.identity().catalogId()).isEqualTo("ecard1-84");
        assertThat(result.identity().set()).isEqualTo("Expedition Base Set");
    }

    @Test
    void anOutageLeavesTheOfflineResult() {
        stub("id:\"neo1-9\"", aResponse().withStatus(500));

        Identification result = identifier.identify(OcrCase.of("lugia", "neo1-9", "Lugia 90 HP",
                "©2000 Wizards. 9/111").extraction(), Hints.NONE, VisualHints.NONE);

        assertThat(result.online()).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(result.identity().catalogId()).isEqualTo("neo1-9");
        assertThat(result.identity().evidence().get("online").rationale()).contains("500");
        assertThat(result.prices()).isNull();
    }

    private void stub(String query, ResponseDefinitionBuilder response) {
        stubs.add(wireMock.stubFor(get(urlPathEqualTo("/v2/cards")).withQueryParam("q", equalTo(query)).willReturn(response)));
    }

}
