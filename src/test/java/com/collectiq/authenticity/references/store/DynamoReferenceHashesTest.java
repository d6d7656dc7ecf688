package com.collectiq.authenticity.references.store;

import com.collectiq.authenticity.references.ReferenceHashes;
import com.collectiq.testsupport.DynamoTestTable;

class DynamoReferenceHashesTest extends ReferenceHashesContract {

    DynamoTestTable table;

    @Override
    ReferenceHashes openStore() {
        table = DynamoTestTable.create();
        return new DynamoReferenceHashes(table.client(), table.properties());
    }

    @Override
    void closeBackend() {
        table.close();
    }
}
