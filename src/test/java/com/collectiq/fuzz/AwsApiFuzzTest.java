package com.collectiq.fuzz;

import com.collectiq.testsupport.AwsMode;

/** {@link HostileTraffic} against the service in {@code aws} mode, on the loopback stand-ins. */
@AwsMode
class AwsApiFuzzTest extends HostileTraffic {

    @Override
    int ciRequests() {
        return 500;
    }
}
