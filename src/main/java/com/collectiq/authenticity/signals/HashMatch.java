package com.collectiq.authenticity.signals;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.collectiq.authenticity.AuthenticityProperties;
import com.collectiq.authenticity.references.ReferenceHash;
import com.collectiq.vision.CardHashes;

/**
 * The closest reference to a photo by perceptual-hash distance, and what that distance is worth: a
 * re-photographed genuine card stays within a few bits of its reference (docs/vision.md measures
 * ≤ 6 across rescaling, recompression and a small turn), a different picture is 16 or more away.
 *
 * @param distance pHash Hamming distance to the closest reference, 0..64
 * @param value    1 at or below {@code match-distance}, 0 at or above {@code mismatch-distance}, linear between
 */
record HashMatch(ReferenceHash closest, int distance, double value) {

    static Optional<HashMatch> closest(CardHashes photo, List<ReferenceHash> references, AuthenticityProperties properties) {
        return references.stream()
                .min(Comparator.comparingInt(reference -> photo.perceptualDistance(reference.hashes())))
                .map(reference -> {
                    int distance = photo.perceptualDistance(reference.hashes());
                    double span = properties.mismatchDistance() - properties.matchDistance();
                    double value = 1 - Math.max(0, Math.min(1, (distance - properties.matchDistance()) / span));
                    return new HashMatch(reference, distance, value);
                });
    }
}
