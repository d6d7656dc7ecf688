package com.collectiq.authenticity.references;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore;
import com.collectiq.vision.PhotoAnalysis;
import com.collectiq.vision.PhotoAnalyzer;

/**
 * Reference images of genuine cards: stored in the photo store under
 * {@code references/{catalogId}/}, their hashes in {@link ReferenceHashes}. The genuine back of a
 * game's cards is a reference too, under a fixed id such as {@link #POKEMON_BACK}.
 */
@Service
public class ReferenceLibrary {

    /** The catalog id under which the genuine Pokémon card back is kept (no real catalog id has this form). */
    public static final String POKEMON_BACK = "back-pokemon";

    /** Catalog ids as the Pokémon TCG API spells them ({@code base1-4}, {@code swsh12pt5-160}), or a back's id. */
    private static final Pattern CATALOG_ID = Pattern.compile("[a-z0-9][a-z0-9.]{0,63}-[A-Za-z0-9]{1,32}");

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceLibrary.class);

    /** A reference added: where its image went and its hashes. */
    public record Added(ReferenceHash reference, List<String> notes) {
    }

    private final PhotoStore photos;
    private final ReferenceHashes hashes;
    private final PhotoAnalyzer analyzer;
    private final Clock clock;

    public ReferenceLibrary(PhotoStore photos, ReferenceHashes hashes, PhotoAnalyzer analyzer, Clock clock) {
        this.photos = photos;
        this.hashes = hashes;
        this.analyzer = analyzer;
        this.clock = clock;
    }

    public static boolean isWellFormedCatalogId(String catalogId) {
        return catalogId != null && CATALOG_ID.matcher(catalogId).matches();
    }

    /**
     * Checks and analyses the image, stores it and its hashes. A photo in which no card outline is
     * found is refused ({@link NoCardInReferenceException}): its hashes would describe the table.
     */
    public Added add(String catalogId, byte[] image, String declaredType) {
        if (!isWellFormedCatalogId(catalogId)) {
            throw new IllegalArgumentException("malformed catalog id");
        }
        PhotoAnalysis analysis = analyzer.analyse(image, declaredType);
        if (analysis.features().outline().isEmpty()) {
            throw new NoCardInReferenceException();
        }
        String contentType = analysis.check().format().mediaType();
        String key = PhotoKeys.newReference(catalogId, contentType);
        photos.put(key, image, contentType);
        // the image first: hashes never point at an image that is not there
        ReferenceHash reference = new ReferenceHash(catalogId, key, analysis.features().hashes(), clock.instant());
        hashes.add(reference);
        LOG.info("reference added for {}: {} (pHash {})", catalogId, key, reference.hashes().perceptualHex());
        return new Added(reference, analysis.features().notes());
    }

    public List<ReferenceHash> of(String catalogId) {
        return hashes.of(catalogId);
    }

    /** No card outline was found in a reference image. */
    public static class NoCardInReferenceException extends RuntimeException {
        NoCardInReferenceException() {
            super("no card outline was found in the reference image");
        }
    }
}
