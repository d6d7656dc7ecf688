package com.collectiq.upload;

import java.time.Instant;
import java.util.Map;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import com.collectiq.auth.Callers;
import com.collectiq.platform.web.ApiJson;
import com.collectiq.platform.web.ApiProblem;
import com.collectiq.platform.web.RequestOrigins;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /upload/presign}: a signed URL for one photo upload. The key is made here, under the
 * caller's own prefix, from a fresh id and the content type: the client's filename never becomes a
 * path. Fronts go under {@code uploads/} (which starts a valuation), backs under {@code backs/}.
 */
@Component("uploadApi")
public class UploadApi {

    /** The client's description of the photo it is about to upload. */
    public record PresignRequest(
            @Size(max = 255) @Pattern(regexp = "[^\\p{Cntrl}]*") String filename,
            @NotBlank @Size(max = 100) String contentType,
            @NotNull Long sizeBytes,
            @Pattern(regexp = "front|back") String side) {
    }

    /** Where and how to PUT the photo, and the key to create the card with. */
    public record PresignResponse(String uploadUrl, String method, String key, Instant expiresAt,
            Map<String, String> headers) {
    }

    private final PhotoStore photos;
    private final UploadProperties properties;
    private final ApiJson json;

    public UploadApi(PhotoStore photos, UploadProperties properties, ApiJson json) {
        this.photos = photos;
        this.properties = properties;
        this.json = json;
    }

    public void presign(Exchange exchange) {
        PresignRequest request = json.readBody(exchange, PresignRequest.class);
        String sub = Callers.of(exchange).sub();
        PhotoType type = allowedType(request.contentType());
        long maxBytes = properties.maxBytes().toBytes();
        if (request.sizeBytes() < 1) {
            throw ApiProblem.badRequest("sizeBytes is the photo's length in bytes: 1 or more.");
        }
        if (request.sizeBytes() > maxBytes) {
            throw new ApiProblem(413, "photo-too-large", "The photo is too large",
                    "sizeBytes must be at most " + maxBytes + ".");
        }
        String key = "back".equals(request.side()) ? PhotoKeys.newBack(sub, type.contentType())
                : PhotoKeys.newFront(sub, type.contentType());
        PhotoStore.SignedUpload upload = photos.signUpload(key, type.contentType(), request.sizeBytes(),
                properties.urlTtl(), RequestOrigins.of(exchange));
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(json.write(new PresignResponse(upload.url().toString(), upload.method(), key,
                upload.expiresAt(), upload.headers())));
    }

    private PhotoType allowedType(String contentType) {
        return PhotoType.ofContentType(contentType)
                .filter(type -> properties.allowedTypes().contains(type.contentType()))
                .orElseThrow(() -> new ApiProblem(415, "unsupported-photo-type", "Unsupported photo type",
                        "contentType must be one of " + String.join(", ", properties.allowedTypes()) + "."));
    }
}
