package com.collectiq.fuzz;

import com.collectiq.testsupport.LocalMode;

/** {@link HostileTraffic} against the service in {@code local} mode. */
@LocalMode
class ApiFuzzTest extends HostileTraffic {

    @Override
    int ciRequests() {
        return 1000;
    }
}
