package com.collectiq.card.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.collectiq.card.Card;
import com.collectiq.card.CardStore;
import com.collectiq.card.CardStore.CardPage;
import com.collectiq.card.Hints;
import com.collectiq.platform.keys.ServiceSecrets;
import com.collectiq.testsupport.H2TestDatabase;
import com.collectiq.testsupport.TestJson;

/** The card store contract against {@code local} mode's H2 database on disk. */
class JdbcCardStoreTest extends CardStoreContract {

    @TempDir
    Path dataDir;

    H2TestDatabase database;

    @Override
    void openBackend() {
        database = H2TestDatabase.open(dataDir);
    }

    @Override
    CardStore newStore(ServiceSecrets secrets) {
        return new JdbcCardStore(database.jdbc(), TestJson.mapper(), new CursorCodec(secrets), clock);
    }

    @Override
    void closeBackend() {
        database.close();
    }

    @Test
    void cardsHistoryAndCursorsSurviveARestart() {
        Card card = store.create(alice, key(alice, "a"), null, Hints.NONE).card();
        store.create(alice, key(alice, "b"), null, Hints.NONE);
        store.create(alice, key(alice, "c"), null, Hints.NONE);
        store.appendHistory(alice, card.id(), entry("run-1", START, "395"));
        CardPage first = store.list(alice, null, 2, null);

        database.close();
        database = H2TestDatabase.open(dataDir);
        CardStore restarted = newStore(secrets);

        assertThat(restarted.get(alice, card.id())).contains(card);
        assertThat(restarted.history(alice, card.id())).containsExactly(entry("run-1", START, "395"));
        assertThat(restarted.list(alice, null, 2, first.nextCursor()).items()).containsExactly(card);
        assertThat(restarted.create(alice, key(alice, "a"), null, Hints.NONE).created()).isFalse();
    }
}
