package com.collectiq.authenticity.references;

import java.time.Instant;

import com.collectiq.vision.CardHashes;

/**
 * The hashes of one reference image, kept beside it so matching a photo never decodes a reference.
 *
 * @param catalogId the catalog card it shows (or a fixed id such as {@link ReferenceLibrary#POKEMON_BACK})
 * @param photoKey  where the image itself is, under {@code references/{catalogId}/}
 */
public record ReferenceHash(String catalogId, String photoKey, CardHashes hashes, Instant addedAt) {
}
