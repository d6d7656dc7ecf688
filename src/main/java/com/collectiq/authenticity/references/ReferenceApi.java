package com.collectiq.authenticity.references;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import com.collectiq.auth.Callers;
import com.collectiq.platform.web.ApiJson;
import com.collectiq.platform.web.ApiProblem;
import com.collectiq.upload.PhotoType;
import com.collectiq.vision.ImageProperties;
import com.collectiq.vision.PhotoRejectedException;

/**
 * {@code POST /admin/references?catalogId=...} with the image itself as the body
 * ({@code Content-Type: image/jpeg} or {@code image/png}): a raw body, not base64 in JSON, so a
 * reference photo costs no third more bytes and never meets the JSON body cap. And
 * {@code GET /admin/references/{catalogId}}: what is stored. Operators only (the security chain
 * guards {@code /admin/**}).
 */
@Component("referenceApi")
public class ReferenceApi {

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

    private final ReferenceLibrary library;
    private final ImageProperties images;
    private final ApiJson json;

    public ReferenceApi(ReferenceLibrary library, ImageProperties images, ApiJson json) {
        this.library = library;
        this.images = images;
        this.json = json;
    }

    public void add(Exchange exchange) {
        Callers.of(exchange); // the route is guarded; this fails loudly if it ever is not
        String catalogId = catalogId(exchange.getIn().getHeader("catalogId", String.class));
        String contentType = imageType(exchange.getIn().getHeader(Exchange.CONTENT_TYPE, String.class));
        Long length = exchange.getIn().getHeader(Exchange.CONTENT_LENGTH, Long.class);
        long maxBytes = images.maxBytes().toBytes();
        if (length == null) {
            throw new ApiProblem(411, "length-required", "Length required", "Send the image with a Content-Length.");
        }
        if (length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] image = exchange.getIn().getBody(byte[].class);
        ReferenceLibrary.Added added;
        try {
            added = library.add(catalogId, image == null ? new byte[0] : image, contentType);
        } catch (PhotoRejectedException rejected) {
            throw refusal(rejected, maxBytes);
        } catch (ReferenceLibrary.NoCardInReferenceException noCard) {
            throw new ApiProblem(422, "no-card-in-reference", "No card in the reference image",
                    "No card outline was found: photograph the whole card against a contrasting background.");
        }
        reply(exchange, 201, ReferenceView.of(added.reference(), added.notes()));
        exchange.getMessage().setHeader("Location", "/admin/references/" + catalogId);
    }

    public void list(Exchange exchange) {
        Callers.of(exchange);
        String catalogId = catalogId(exchange.getIn().getHeader("catalogId", String.class));
        List<ReferenceView> views = library.of(catalogId).stream().map(ref -> ReferenceView.of(ref, List.of())).toList();
        reply(exchange, 200, new References(catalogId, views));
    }

    private void reply(Exchange exchange, int status, Object body) {
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(json.write(body));
    }

    private static String catalogId(String catalogId) {
        if (!ReferenceLibrary.isWellFormedCatalogId(catalogId)) {
            throw ApiProblem.badRequest("catalogId is a catalog card id such as base1-4 (or "
                    + ReferenceLibrary.POKEMON_BACK + " for the card back).");
        }
        return catalogId;
    }

    private static String imageType(String contentType) {
        String bare = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return PhotoType.ofContentType(bare).filter(type -> type != PhotoType.HEIC).map(PhotoType::contentType)
                .orElseThrow(() -> new ApiProblem(415, "unsupported-photo-type", "Unsupported photo type",
                        "Send the reference image as the body, with Content-Type image/jpeg or image/png."));
    }

    private static ApiProblem refusal(PhotoRejectedException rejected, long maxBytes) {
        return switch (rejected.reason()) {
            case TOO_MANY_BYTES -> tooLarge(maxBytes);
            case UNSUPPORTED_FORMAT -> new ApiProblem(415, "unsupported-photo-type", "Unsupported photo type",
                    rejected.getMessage());
            default -> new ApiProblem(422, "unusable-photo", "The image cannot be used", rejected.getMessage());
        };
    }

    private static ApiProblem tooLarge(long maxBytes) {
        return new ApiProblem(413, "photo-too-large", "The photo is too large",
                "A reference image may be at most " + maxBytes + " bytes.");
    }
}
