package com.collectiq.authenticity.references.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.collectiq.authenticity.references.ReferenceHash;
import com.collectiq.authenticity.references.ReferenceHashes;
import com.collectiq.vision.CardHashes;

/** {@code local} mode's reference hashes: the {@code reference_hashes} table of the H2 database. */
@Repository
@Profile("!aws")
class JdbcReferenceHashes implements ReferenceHashes {

    private final JdbcTemplate jdbc;

    JdbcReferenceHashes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ReferenceHash reference) {
        jdbc.update("MERGE INTO reference_hashes (catalog_id, photo_key, perceptual, difference, added_at)"
                + " KEY (catalog_id, photo_key) VALUES (?, ?, ?, ?, ?)",
                reference.catalogId(), reference.photoKey(), reference.hashes().perceptual(),
                reference.hashes().difference(), reference.addedAt().atOffset(ZoneOffset.UTC));
    }

    @Override
    public List<ReferenceHash> of(String catalogId) {
        return jdbc.query("SELECT * FROM reference_hashes WHERE catalog_id = ? ORDER BY added_at, photo_key",
                (row, n) -> new ReferenceHash(row.getString("catalog_id"), row.getString("photo_key"),
                        new CardHashes(row.getLong("perceptual"), row.getLong("difference")),
                        row.getObject("added_at", OffsetDateTime.class).toInstant()),
                catalogId);
    }
}
