package com.collectiq.events.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import com.collectiq.events.EventOutbox;
import com.collectiq.testsupport.H2TestDatabase;

class JdbcEventOutboxTest extends EventOutboxContract {

    @TempDir
    Path dataDir;

    H2TestDatabase database;

    @Override
    EventOutbox openOutbox() {
        database = H2TestDatabase.open(dataDir);
        return new JdbcEventOutbox(database.jdbc());
    }

    @Override
    void closeBackend() {
        database.close();
    }
}
