package com.collectiq.webhooks.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import com.collectiq.testsupport.H2TestDatabase;
import com.collectiq.webhooks.WebhookStore;

class JdbcWebhookStoreTest extends WebhookStoreContract {

    @TempDir
    Path dataDir;

    H2TestDatabase database;

    @Override
    WebhookStore openStore() {
        database = H2TestDatabase.open(dataDir);
        return new JdbcWebhookStore(database.jdbc());
    }

    @Override
    void closeBackend() {
        database.close();
    }
}
