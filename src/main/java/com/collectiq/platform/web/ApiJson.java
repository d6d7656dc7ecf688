package com.collectiq.platform.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Reads request bodies strictly and writes responses with the service's one JSON style. Every way a
 * body can be wrong becomes a 400 problem that names the field, never the Java type behind it.
 */
@Component
public class ApiJson {

    private static final int MAX_NESTING = 16;
    private static final int MAX_STRING = 16 * 1024;

    private final ObjectMapper writer;
    private final ObjectMapper strictReader;
    private final Validator validator;

    public ApiJson(ObjectMapper json, Validator validator) {
        this.writer = json;
        this.validator = validator;
        this.strictReader = json.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strictReader.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING).build());
    }

    /** The body as {@code type}, checked against its Bean Validation constraints. */
    public <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw ApiProblem.badRequest("A JSON body is required.");
        }
        T value;
        try {
            value = strictReader.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest(describe(e));
        }
        if (value == null) {
            throw ApiProblem.badRequest("A JSON object is required.");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw ApiProblem.badRequest(violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; ")));
        }
        return value;
    }

    public String write(Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response", e);
        }
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'.";
        }
        if (e instanceof StreamConstraintsException) {
            return "The body is nested too deeply or holds a string that is too long.";
        }
        if (e instanceof JsonParseException) {
            return "The body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ").";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return "Field '" + field + "' has the wrong type or shape.";
        }
        return "The body does not have the expected shape (a JSON object).";
    }
}
