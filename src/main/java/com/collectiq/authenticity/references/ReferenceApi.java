package com.collectiq.authenticity.references;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.apache.camel.Exchange;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import com.collectiq.auth.Callers;
import com.collectiq.platform.web.ApiJson;
import com.collectiq.platform.web.ApiProblem;
import com.collectiq.vision.ImageProperties;
import com.collectiq.vision.PhotoRejectedException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code POST /admin/references} with {@code {"catalogId": "base1-4", "image": "<base64 of a JPEG or
 * PNG>"}}, and {@code GET /admin/references/{catalogId}}: what is stored. JSON with base64 rather
 * than a raw image body because Camel's platform-http consumer reads request bodies as text, which
 * would corrupt raw image bytes. The image's type is taken from its bytes, never from a claim.
 * Operators only (the security chain guards {@code /admin/**}).
 */
@Component("referenceApi")
public class ReferenceApi {

    /** The body of {@code POST /admin/references}. */
    public record AddReference(String catalogId, String image) {
    }

    /** A stored reference as the API shows it; hashes as hex. */
    public record ReferenceView(String catalogId, String key, String perceptualHash, String differenceHash,
            Instant addedAt, List<String> notes) {

        static ReferenceView of(ReferenceHash reference, List<String> notes) {
            return new ReferenceView(reference.catalogId(), reference.photoKey(), reference.hashes().perceptualHex(),
                    reference.hashes().differenceHex(), reference.addedAt(), notes);
        }
    }

    /** Every reference of one catalog id. */
    public record References(String catalogId, List<ReferenceView> references) {
    }

    /** Room for the JSON around the base64 image. */
    private static final int ENVELOPE = 1024;

    private final ReferenceLibrary library;
    private final ApiJson json;
    private final ObjectMapper reader;
    private final long maxImageBytes;
    private final long maxBodyChars;

    public ReferenceApi(ReferenceLibrary library, ImageProperties images, ApiJson json, ObjectMapper mapper) {
        this.library = library;
        this.json = json;
        this.maxImageBytes = images.maxBytes().toBytes();
        // base64 writes 3 bytes as 4 characters
        this.maxBodyChars = (maxImageBytes + 2) / 3 * 4 + ENVELOPE;
        this.reader = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // the image is one long string: ApiJson's 16 KiB string cap is for ordinary requests
        reader.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBodyChars)).build());
    }

    public void add(Exchange exchange) {
        Callers.of(exchange); // the route is guarded; this fails loudly if it ever is not
        Long length = exchange.getIn().getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (length != null && length > maxBodyChars) {
            throw tooLarge();
        }
        AddReference request = read(exchange);
        String catalogId = catalogId(request.catalogId());
        byte[] image = image(request.image());
        ReferenceLibrary.Added added;
        try {
            added = library.add(catalogId, image, null);
        } catch (PhotoRejectedException rejected) {
            throw refusal(rejected);
        } catch (ReferenceLibrary.NoCardInReferenceException noCard) {
            throw new ApiProblem(422, "no-card-in-reference", "No card in the reference image",
                    "No card outline was found: photograph the whole card against a contrasting background.");
        }
        json.reply(exchange, 201, ReferenceView.of(added.reference(), added.notes()));
        exchange.getMessage().setHeader("Location", "/admin/references/" + catalogId);
    }

    public void list(Exchange exchange) {
        Callers.of(exchange);
        String catalogId = catalogId(exchange.getIn().getHeader("catalogId", String.class));
        List<ReferenceView> views = library.of(catalogId).stream().map(ref -> ReferenceView.of(ref, List.of())).toList();
        json.reply(exchange, 200, new References(catalogId, views));
    }

    private AddReference read(Exchange exchange) {
        String contentType = exchange.getIn().getHeader(Exchange.CONTENT_TYPE, String.class);
        if (contentType == null || !MediaType.APPLICATION_JSON.isCompatibleWith(parse(contentType))) {
            throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
                    "Send {\"catalogId\", \"image\"} as application/json, the image in base64.");
        }
        String body = exchange.getIn().getBody(String.class);
        if (body == null || body.length() > maxBodyChars) {
            throw body == null ? ApiProblem.badRequest("A JSON body is required.") : tooLarge();
        }
        try {
            AddReference request = reader.readValue(body, AddReference.class);
            if (request == null) {
                throw ApiProblem.badRequest("A JSON object is required.");
            }
            return request;
        } catch (JsonProcessingException malformed) {
            throw ApiProblem.badRequest("The body is {\"catalogId\": string, \"image\": base64 string} and nothing else.");
        }
    }

    private static MediaType parse(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException unreadable) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private byte[] image(String base64) {
        if (base64 == null || base64.isEmpty()) {
            throw ApiProblem.badRequest("image is the reference image (JPEG or PNG) in base64.");
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw ApiProblem.badRequest("image is not valid base64 (RFC 4648, no line breaks).");
        }
    }

    private static String catalogId(String catalogId) {
        if (!ReferenceLibrary.isWellFormedCatalogId(catalogId)) {
            throw ApiProblem.badRequest("catalogId is a catalog card id such as base1-4 (or "
                    + ReferenceLibrary.POKEMON_BACK + " for the card back).");
        }
        return catalogId;
    }

    private ApiProblem refusal(PhotoRejectedException rejected) {
        return switch (rejected.reason()) {
            case TOO_MANY_BYTES -> tooLarge();
            case UNSUPPORTED_FORMAT -> new ApiProblem(415, "unsupported-photo-type", "Unsupported photo type",
                    rejected.getMessage());
            default -> new ApiProblem(422, "unusable-photo", "The image cannot be used", rejected.getMessage());
        };
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(413, "photo-too-large", "The photo is too large",
                "A reference image may be at most " + maxImageBytes + " bytes (before base64).");
    }
}
