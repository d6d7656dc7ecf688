package com.collectiq.valuehistory.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import com.collectiq.testsupport.H2TestDatabase;
import com.collectiq.testsupport.TestJson;
import com.collectiq.valuehistory.ValueSnapshotStore;

/** The value history store contract against {@code local} mode's H2 database on disk. */
class JdbcValueSnapshotStoreTest extends ValueSnapshotStoreContract {

    @TempDir
    Path dataDir;

    H2TestDatabase database;

    @Override
    void openBackend() {
        database = H2TestDatabase.open(dataDir);
    }

    @Override
    ValueSnapshotStore newStore() {
        return new JdbcValueSnapshotStore(database.jdbc(), TestJson.mapper());
    }

    @Override
    void closeBackend() {
        database.close();
    }
}
