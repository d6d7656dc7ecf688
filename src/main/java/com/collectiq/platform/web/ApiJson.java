package com.collectiq.platform.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
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
        // a number or boolean where text belongs is a client error, not something to stringify
        strictReader.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strictReader.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        // a field given twice is refused: which one a reader keeps differs between parsers
        strictReader.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strictReader.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING).build());
    }

    /**
     * The body as {@code type}, checked against its Bean Validation constraints; the content type
     * must be JSON (415 otherwise).
     */
    public <T> T read(String contentType, String body, Class<T> type) {
        if (contentType == null || !isJson(contentType)) {
            throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json.");
        }
        if (body == null || body.isBlank()) {
            throw ApiProblem.badRequest("A JSON body is required.");
        }
        T value;
        try {
            // RFC 8259 §8.1 lets a reader ignore a byte order mark, and some Windows clients send one
            value = strictReader.readValue(body.charAt(0) == '\uFEFF' ? body.substring(1) : body, type);
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

    /** The JSON body of a REST route's exchange, read as {@link #read(String, String, Class)} does. */
    public <T> T readBody(Exchange exchange, Class<T> type) {
        return read(exchange.getIn().getHeader(Exchange.CONTENT_TYPE, String.class),
                exchange.getIn().getBody(String.class), type);
    }

    /** Answers a REST route's exchange with {@code status} and {@code body} as JSON. */
    public void reply(Exchange exchange, int status, Object body) {
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(write(body));
    }

    public String write(Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response", e);
        }
    }

    private static boolean isJson(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()
                    && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'.";
        }
        if (e instanceof StreamConstraintsException) {
            return "The body is nested too deeply or holds a string that is too long.";
        }
        if (e instanceof JsonParseException && e.getOriginalMessage().startsWith("Duplicate field")) {
            return e.getOriginalMessage() + ": give each field once.";
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
