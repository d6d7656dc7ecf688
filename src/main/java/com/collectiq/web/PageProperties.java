package com.collectiq.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.page.*}: what the web page's Content-Security-Policy lets it reach besides its own
 * origin. In {@code local} mode photos are served and uploaded by the service itself, so nothing; in
 * {@code aws} mode the photo store's origin (presigned S3 URLs are read with {@code <img>} and written
 * with {@code PUT}), which the S3 store derives from its bucket, region and endpoint when
 * {@code photo-origins} is not set (see {@link #orPhotoStoreOrigin}).
 */
@ConfigurationProperties("collectiq.page")
public record PageProperties(@DefaultValue List<String> photoOrigins) {

    public PageProperties {
        photoOrigins = List.copyOf(photoOrigins);
        for (String origin : photoOrigins) {
            if (!origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
                throw new IllegalArgumentException("collectiq.page.photo-origins takes origins (scheme://host[:port]), not "
                        + origin);
            }
        }
    }

    /** These, or when none are configured the photo store's own origin (none in {@code local} mode). */
    PageProperties orPhotoStoreOrigin(Optional<URI> photoStoreOrigin) {
        return photoOrigins.isEmpty() ? new PageProperties(photoStoreOrigin.map(URI::toString).stream().toList()) : this;
    }
}
