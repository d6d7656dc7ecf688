package com.collectiq.authenticity.references.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import com.collectiq.authenticity.references.ReferenceHashes;
import com.collectiq.testsupport.H2TestDatabase;

class JdbcReferenceHashesTest extends ReferenceHashesContract {

    @TempDir
    Path dataDir;

    H2TestDatabase database;

    @Override
    ReferenceHashes openStore() {
        database = H2TestDatabase.open(dataDir);
        return new JdbcReferenceHashes(database.jdbc());
    }

    @Override
    void closeBackend() {
        database.close();
    }
}
