package com.collectiq.testsupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * A test of the whole service over HTTP. The concrete class picks the mode with {@link LocalMode}
 * or {@link AwsMode}; users get tokens the way that mode's users do.
 */
public abstract class ServiceTest {

    @LocalServerPort
    protected int port;

    @Autowired
    private Environment environment;

    protected ApiClient api(String sub) {
        return new ApiClient(baseUrl(), tokenFor(sub, false));
    }

    protected ApiClient admin(String sub) {
        return new ApiClient(baseUrl(), tokenFor(sub, true));
    }

    protected ApiClient anonymous() {
        return new ApiClient(baseUrl(), null);
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    protected boolean awsMode() {
        return environment.acceptsProfiles(Profiles.of("aws"));
    }

    /** A Cognito-shaped access token in {@code aws}, one from {@code POST /local/token} otherwise. */
    protected String tokenFor(String sub, boolean admin) {
        return ApiClient.tokenFor(baseUrl(), awsMode(), sub, admin);
    }
}
