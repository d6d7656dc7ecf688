package com.collectiq.upload.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.collectiq.upload.InvalidPhotoKeyException;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore.PhotoHead;
import com.collectiq.upload.PhotoType;
import com.collectiq.upload.PhotoUploaded;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code local} mode's stand-in for S3's side of presigned URLs: PUT stores a photo, GET serves one,
 * each only with a URL {@link LocalUrlSigner} signed. It enforces what S3 would (signature, expiry,
 * content type, exact length) and, after an upload, raises {@link PhotoUploaded} as S3 raises its
 * object-created notification. Not part of the REST API: clients only follow URLs they were given.
 */
@RestController
@Profile("!aws")
class LocalPhotoController {

    private final PhotoDirectory directory;
    private final LocalUrlSigner signer;
    private final ApplicationEventPublisher events;

    LocalPhotoController(PhotoDirectory directory, LocalUrlSigner signer, ApplicationEventPublisher events) {
        this.directory = directory;
        this.signer = signer;
        this.events = events;
    }

    @PutMapping(LocalUrlSigner.PATH + "**")
    ResponseEntity<Void> upload(HttpServletRequest request) throws IOException {
        String key = keyOf(request);
        LocalUrlSigner.UploadTerms terms = signer.verifyUpload(key, request::getParameter);
        if (!terms.type().contentType().equals(request.getContentType())) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must be " + terms.type().contentType() + ", as signed");
        }
        long declared = request.getContentLengthLong();
        if (declared < 0) {
            // a chunked body has no length to check before reading it, so it is not read at all
            throw new ResponseStatusException(HttpStatus.LENGTH_REQUIRED, "Content-Length is required");
        }
        if (declared != terms.length()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Content-Length must be " + terms.length() + ", as signed");
        }
        PhotoHead stored;
        try (InputStream body = request.getInputStream()) {
            stored = directory.write(key, body, terms.length());
        }
        events.publishEvent(new PhotoUploaded(stored.key(), stored.sizeBytes(), stored.contentType(), stored.etag()));
        return ResponseEntity.ok().eTag(stored.etag()).build();
    }

    @GetMapping(LocalUrlSigner.PATH + "**")
    ResponseEntity<Resource> download(HttpServletRequest request) {
        String key = keyOf(request);
        signer.verifyRead(key, request::getParameter);
        Path file = directory.existingFile(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no photo at this key"));
        MediaType type = PhotoType.ofKey(key).map(t -> MediaType.parseMediaType(t.contentType()))
                .orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=60")
                .body(new FileSystemResource(file));
    }

    /**
     * The key exactly as sent: the raw, undecoded request URI, so percent-encoded and dot-segment
     * tricks reach {@link PhotoKeys} as they are and are refused there, rather
     * than being decoded or normalised into something that looks harmless.
     */
    private static String keyOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(LocalUrlSigner.PATH)) {
            throw new InvalidPhotoKeyException("malformed photo key");
        }
        return PhotoKeys.requireValid(path.substring(LocalUrlSigner.PATH.length()));
    }

    @ExceptionHandler(SignatureRefusedException.class)
    ResponseEntity<ProblemDetail> refused(SignatureRefusedException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler({InvalidPhotoKeyException.class, IncompleteUploadException.class})
    ResponseEntity<ProblemDetail> badRequest(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
        return problem(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.of(ProblemDetail.forStatusAndDetail(status, detail)).build();
    }
}
