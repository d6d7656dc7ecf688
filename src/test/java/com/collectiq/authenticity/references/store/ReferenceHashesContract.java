package com.collectiq.authenticity.references.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.collectiq.authenticity.references.ReferenceHash;
import com.collectiq.authenticity.references.ReferenceHashes;
import com.collectiq.vision.CardHashes;

/** What every reference-hash store does, run against H2 and against DynamoDB (dynalite). */
abstract class ReferenceHashesContract {

    private static final Instant FIRST = Instant.parse("2026-11-24T10:15:30.123456Z");

    ReferenceHashes hashes;

    abstract ReferenceHashes openStore();

    abstract void closeBackend();

    @BeforeEach
    void open() {
        hashes = openStore();
    }

    @AfterEach
    void close() {
        closeBackend();
    }

    @Test
    void keepsEveryReferenceOfACatalogIdOldestFirstWithAll64BitsOfItsHashes() {
        // hashes with the top bit set: a signed long in H2, text in DynamoDB, both must round-trip
        ReferenceHash older = reference("base1-4", "references/base1-4/b.png", 0x8000_0000_0000_0001L, -2L, FIRST);
        ReferenceHash newer = reference("base1-4", "references/base1-4/a.jpg", 0x0123_4567_89ab_cdefL,
                0xfedc_ba98_7654_3210L, FIRST.plusSeconds(60));
        hashes.add(newer);
        hashes.add(older);
        hashes.add(reference("base1-2", "references/base1-2/c.png", 7, 7, FIRST));

        assertThat(hashes.of("base1-4")).containsExactly(older, newer);
        assertThat(hashes.of("base1-40")).isEmpty();
    }

    @Test
    void addingTheSameImageAgainReplacesItsHashes() {
        hashes.add(reference("back-pokemon", "references/back-pokemon/x.png", 1, 2, FIRST));
        ReferenceHash again = reference("back-pokemon", "references/back-pokemon/x.png", 3, 4, FIRST.plusSeconds(1));

        hashes.add(again);

        assertThat(hashes.of("back-pokemon")).containsExactly(again);
    }

    private static ReferenceHash reference(String catalogId, String key, long perceptual, long difference, Instant at) {
        return new ReferenceHash(catalogId, key, new CardHashes(perceptual, difference), at);
    }
}
