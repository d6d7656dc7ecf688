package com.collectiq.valuehistory.store;

import com.collectiq.valuehistory.ValueSnapshot;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A snapshot as the JSON both stores keep. */
final class SnapshotJson {

    private final ObjectMapper mapper;

    SnapshotJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String write(ValueSnapshot snapshot) {
        try {
            return mapper.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a value snapshot could not be written as JSON", e);
        }
    }

    ValueSnapshot read(String body) {
        try {
            return mapper.readValue(body, ValueSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored value snapshot is not readable", e);
        }
    }
}
