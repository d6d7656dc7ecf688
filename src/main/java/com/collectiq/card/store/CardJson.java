package com.collectiq.card.store;

import com.collectiq.card.Card;
import com.collectiq.card.PriceHistoryEntry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Cards and history entries as the JSON both stores keep as the record's body, written with the
 * service's {@link ObjectMapper} so new fields need no schema change.
 */
final class CardJson {

    private final ObjectMapper mapper;

    CardJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    Card card(String json) {
        return read(json, Card.class);
    }

    PriceHistoryEntry historyEntry(String json) {
        return read(json, PriceHistoryEntry.class);
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getSimpleName() + " is not readable", e);
        }
    }
}
