package com.collectiq.alerts.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import com.collectiq.alerts.PriceAlertStore;
import com.collectiq.platform.ids.Ids;
import com.collectiq.testsupport.H2TestDatabase;

/** The price alert store contract against {@code local} mode's H2 database on disk. */
class JdbcPriceAlertStoreTest extends PriceAlertStoreContract {

    @TempDir
    Path dataDir;

    H2TestDatabase database;

    @Override
    void openBackend() {
        database = H2TestDatabase.open(dataDir);
    }

    @Override
    PriceAlertStore newStore() {
        return new JdbcPriceAlertStore(database.jdbc());
    }

    @Override
    String cardOf(String owner) {
        // alerts reference their card (ON DELETE CASCADE): a row is enough, its body is not read here
        String id = Ids.newId(clock);
        database.jdbc().update("INSERT INTO cards (id, owner_id, photo_key, status, version, body)"
                + " VALUES (?, ?, ?, 'VALUED', 1, '{}')", id, owner, "uploads/" + owner + "/" + id + ".jpg");
        return id;
    }

    @Override
    void closeBackend() {
        database.close();
    }
}
