package com.collectiq.pricing.store;

import com.collectiq.pricing.PriceCache;
import com.collectiq.testsupport.DynamoTestTable;

class DynamoPriceCacheTest extends PriceCacheContract {

    DynamoTestTable table;

    @Override
    PriceCache openCache() {
        table = DynamoTestTable.create();
        return new DynamoPriceCache(table.client(), table.properties());
    }

    @Override
    void closeBackend() {
        table.close();
    }
}
