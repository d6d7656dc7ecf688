package com.collectiq.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.PrintedCard;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The Pokémon TCG API's card search ({@code GET /v2/cards?q=...&pageSize=...}) on WireMock, answering
 * from every card of the bundled data in the API's documented shape: it knows the sets the bench
 * removes from the identifier's catalog, as the real API does. Queries are the documented syntax's
 * AND of {@code field:value} terms (nested fields with dots, quoted phrases, {@code *} wildcards,
 * {@code -} negation); anything else is a 400, as the API refuses what it cannot parse.
 */
public final class PokemonTcgSearchStandIn implements AutoCloseable {

    private static final Pattern TERM = Pattern.compile("(-?)([A-Za-z][\\w.]*):(\"([^\"]*)\"|(\\S+))");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;

    public PokemonTcgSearchStandIn(EraCatalog data) {
        List<ObjectNode> cards = data.cards().stream().map(PokemonTcgSearchStandIn::card).toList();
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(new Search(cards)));
        server.start();
        server.stubFor(get(urlPathEqualTo("/v2/cards")).willReturn(aResponse().withTransformers(Search.NAME)));
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** How many searches were answered: the bench prints it beside the online figures. */
    int searches() {
        return server.getAllServeEvents().size();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** A card object as the API documents it (the fields the identifier reads and a few beside them). */
    private static ObjectNode card(PrintedCard printed) {
        ObjectNode card = JSON.createObjectNode();
        card.put("id", printed.catalogId());
        card.put("name", printed.name());
        card.put("supertype", printed.supertype());
        ArrayNode subtypes = card.putArray("subtypes");
        printed.subtypes().forEach(subtypes::add);
        printed.hp().ifPresent(hp -> card.put("hp", String.valueOf(hp)));
        card.put("number", printed.number());
        card.put("artist", printed.artist());
        card.put("rarity", printed.rarity());
        ObjectNode set = card.putObject("set");
        set.put("id", printed.set().id());
        set.put("name", printed.set().name());
        set.put("series", printed.set().series());
        set.put("printedTotal", printed.set().printedTotal());
        set.put("total", printed.set().total());
        if (!printed.set().ptcgoCode().isEmpty()) {
            set.put("ptcgoCode", printed.set().ptcgoCode());
        }
        set.put("releaseDate", printed.set().releaseDate());
        return card;
    }

    private static final class Search implements ResponseDefinitionTransformerV2 {

        static final String NAME = "pokemontcg-search";

        private final List<ObjectNode> cards;

        Search(List<ObjectNode> cards) {
            this.cards = cards;
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            QueryParameter q = event.getRequest().queryParameter("q");
            QueryParameter size = event.getRequest().queryParameter("pageSize");
            int pageSize = size.isPresent() ? Integer.parseInt(size.firstValue()) : 250;
            String query = q.isPresent() ? q.firstValue().trim() : "";
            Matcher terms = TERM.matcher(query);
            List<Term> parsed = new ArrayList<>();
            int end = 0;
            while (terms.find()) {
                if (!query.substring(end, terms.start()).isBlank()) {
                    return refused(query);
                }
                String value = terms.group(4) != null ? terms.group(4) : terms.group(5);
                parsed.add(new Term(!terms.group(1).isEmpty(), terms.group(2), value));
                end = terms.end();
            }
            if (!query.substring(end).isBlank()) {
                return refused(query);
            }
            List<ObjectNode> found = cards.stream().filter(card -> parsed.stream().allMatch(term -> term.matches(card))).toList();
            ObjectNode answer = JSON.createObjectNode();
            ArrayNode data = answer.putArray("data");
            found.stream().limit(pageSize).forEach(data::add);
            answer.put("page", 1);
            answer.put("pageSize", pageSize);
            answer.put("count", data.size());
            answer.put("totalCount", found.size());
            return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(answer.toString()).build();
        }

        private static ResponseDefinition refused(String query) {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":{\"message\":\"Bad Request. Your request is either malformed, or is missing "
                            + "one or more required fields.\",\"code\":400}}")
                    .build();
        }
    }

    /** One {@code field:value} term; text fields match a quoted phrase word by word, as the API's search does. */
    private record Term(boolean negated, String field, String value) {

        boolean matches(JsonNode card) {
            JsonNode node = card;
            for (String step : field.split("\\.")) {
                node = node == null ? null : node.get(step);
            }
            boolean matched = node != null && (node.isArray() ? anyOf(node) : matchesValue(node.asText()));
            return matched != negated;
        }

        private boolean anyOf(JsonNode array) {
            for (JsonNode item : array) {
                if (matchesValue(item.asText())) {
                    return true;
                }
            }
            return false;
        }

        private boolean matchesValue(String actual) {
            String wanted = value.toLowerCase(Locale.ROOT);
            String have = actual.toLowerCase(Locale.ROOT);
            if (wanted.contains("*")) {
                return have.matches(Arrays.stream(wanted.split("\\*", -1)).map(Pattern::quote)
                        .reduce((a, b) -> a + ".*" + b).orElse(""));
            }
            if (!field.equals("name")) {
                return have.equals(wanted);
            }
            List<String> words = words(have);
            List<String> sought = words(wanted);
            return !sought.isEmpty() && Collections.indexOfSubList(words, sought) >= 0;
        }

        private static List<String> words(String text) {
            return Arrays.stream(text.split("[^\\p{L}\\p{N}'.-]+")).filter(word -> !word.isEmpty()).toList();
        }
    }
}
