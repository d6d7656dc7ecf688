package com.collectiq.pricing.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.collectiq.pricing.PricePoint;
import com.collectiq.pricing.PriceQuery;
import com.collectiq.pricing.PriceSource;
import com.collectiq.pricing.SourceAnswer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bundled sample prices ({@code pricing/sample-prices.json}): a demonstration aid for running
 * without a network, consulted only when no live source priced the card, and always answered as
 * sample data. The file is checked when it loads: an entry not marked sample, or undated, is refused.
 */
@Component
class SamplePriceSource implements PriceSource {

    static final String NAME = "sample";
    static final String FILE = "pricing/sample-prices.json";

    /** The same evidence weights as TCGplayer's fields, whose shape the sample entries copy. */
    private static final Map<String, Double> FIELDS = PokemonTcgPrices.TCGPLAYER_FIELDS;

    private final Map<String, JsonNode> entries;

    @Autowired
    SamplePriceSource(ObjectMapper json) {
        this(json, FILE);
    }

    SamplePriceSource(ObjectMapper json, String resource) {
        this.entries = load(json, resource);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean online() {
        return false;
    }

    @Override
    public boolean fallback() {
        return true;
    }

    @Override
    public SourceAnswer lookup(PriceQuery query) {
        String id = query.identity().catalogId();
        JsonNode entry = id == null ? null : entries.get(id.toLowerCase(Locale.ROOT));
        if (entry == null) {
            return new SourceAnswer(SourceAnswer.Outcome.EMPTY, "no sample price for " + id, List.of(), List.of(),
                    true, false);
        }
        LocalDate asOf = LocalDate.parse(entry.get("asOf").asText());
        String currency = entry.get("currency").asText();
        List<PricePoint> prices = new ArrayList<>();
        FIELDS.forEach((field, reliability) -> {
            JsonNode amount = entry.path("prices").path(field);
            if (amount.isNumber()) {
                prices.add(PricePoint.raw(NAME, "sample " + field, amount.decimalValue(), currency, asOf, reliability));
            }
        });
        for (JsonNode graded : entry.path("graded")) {
            prices.add(new PricePoint(NAME, "sample " + graded.get("grader").asText() + " " + graded.get("grade").asText(),
                    graded.get("price").decimalValue(), currency, asOf, 1.0, graded.get("grader").asText(),
                    graded.get("grade").asText()));
        }
        String printing = entry.path("variant").asText(null);
        String wanted = query.identity().variant();
        boolean otherPrinting = wanted != null && printing != null && !printing.equalsIgnoreCase(wanted);
        String detail = "sample prices of " + asOf + ", not market data"
                + (otherPrinting ? "; the sample is for the " + printing + " printing, not " + wanted : "");
        return new SourceAnswer(SourceAnswer.Outcome.OK, detail, prices, List.of(), true, otherPrinting);
    }

    private static Map<String, JsonNode> load(ObjectMapper json, String resource) {
        JsonNode root;
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            root = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode entry : root.path("cards")) {
            String id = entry.path("catalogId").asText();
            if (!entry.path("sample").asBoolean(false) || !entry.path("asOf").isTextual()
                    || !entry.path("currency").isTextual()) {
                throw new IllegalStateException(resource + ": " + id + " must be marked sample, dated and in a currency");
            }
            LocalDate.parse(entry.get("asOf").asText());
            byId.put(id.toLowerCase(Locale.ROOT), entry);
        }
        return Map.copyOf(byId);
    }
}
