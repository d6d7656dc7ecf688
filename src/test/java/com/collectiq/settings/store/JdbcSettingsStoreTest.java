package com.collectiq.settings.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import com.collectiq.settings.SettingsStore;
import com.collectiq.testsupport.H2TestDatabase;

class JdbcSettingsStoreTest extends SettingsStoreContract {

    @TempDir
    Path dataDir;

    H2TestDatabase database;

    @Override
    SettingsStore openStore() {
        database = H2TestDatabase.open(dataDir);
        return new JdbcSettingsStore(database.jdbc(), clock);
    }

    @Override
    void closeBackend() {
        database.close();
    }
}
