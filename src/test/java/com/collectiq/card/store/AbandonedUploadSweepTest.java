package com.collectiq.card.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import com.collectiq.card.AbandonedUploadSweep;
import com.collectiq.card.CardStore;
import com.collectiq.card.Hints;
import com.collectiq.testsupport.H2TestDatabase;
import com.collectiq.testsupport.TestJson;
import com.collectiq.upload.AbandonedUploads;
import com.collectiq.upload.UploadProperties;

/** The sweep asks the card store whether a front is referenced, and keeps every back. */
class AbandonedUploadSweepTest {

    @TempDir
    Path dataDir;

    @Test
    void onlyUnreferencedFrontsAreOfferedForRemovalAndTheCutoffIsTheConfiguredAge() {
        Instant now = Instant.parse("2026-11-24T12:00:00Z");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        H2TestDatabase database = H2TestDatabase.open(dataDir);
        CardStore cards = new JdbcCardStore(database.jdbc(), TestJson.mapper(),
                new CursorCodec(purpose -> new byte[32]), clock);
        String kept = "uploads/alice/0b1c2d3e-4f50-4a6b-8c7d-8e9fa0b1c2d3.jpg";
        String abandoned = "uploads/alice/1b1c2d3e-4f50-4a6b-8c7d-8e9fa0b1c2d3.jpg";
        String back = "backs/alice/2b1c2d3e-4f50-4a6b-8c7d-8e9fa0b1c2d3.jpg";
        cards.create("alice", kept, null, Hints.NONE);
        List<String> removed = new ArrayList<>();
        Instant[] cutoff = new Instant[1];
        AbandonedUploads store = (before, isReferenced) -> {
            cutoff[0] = before;
            for (String key : List.of(kept, abandoned, back)) {
                if (!isReferenced.test(key)) {
                    removed.add(key);
                }
            }
            return removed.size();
        };
        UploadProperties properties = new UploadProperties(Duration.ofMinutes(5), Duration.ofHours(24),
                DataSize.ofMegabytes(12), List.of("image/jpeg"));

        int count = new AbandonedUploadSweep(Optional.of(store), cards, properties, clock).sweep();
        database.close();

        assertThat(removed).containsExactly(abandoned);
        assertThat(count).isEqualTo(1);
        assertThat(cutoff[0]).isEqualTo(now.minus(Duration.ofHours(24)));
    }
}
