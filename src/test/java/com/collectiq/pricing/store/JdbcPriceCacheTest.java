package com.collectiq.pricing.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import com.collectiq.pricing.PriceCache;
import com.collectiq.testsupport.H2TestDatabase;

class JdbcPriceCacheTest extends PriceCacheContract {

    @TempDir
    Path dataDir;

    H2TestDatabase database;

    @Override
    PriceCache openCache() {
        database = H2TestDatabase.open(dataDir);
        return new JdbcPriceCache(database.jdbc(), clock);
    }

    @Override
    void closeBackend() {
        database.close();
    }
}
