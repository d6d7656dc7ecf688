package com.collectiq.auth;

import java.util.List;

import org.springframework.security.oauth2.jwt.Jwt;

/** The authenticated user of a request: the token's {@code sub}, and whether they operate the service. */
public record Caller(String sub, boolean admin) {

    /** The request attribute under which {@link CallerFilter} leaves the caller for routes and beans. */
    public static final String REQUEST_ATTRIBUTE = Caller.class.getName();
    static final String GROUPS_CLAIM = "cognito:groups";
    static final String ADMIN_GROUP = "admin";

    static Caller of(Jwt jwt) {
        List<String> groups = jwt.getClaimAsStringList(GROUPS_CLAIM);
        return new Caller(jwt.getSubject(), groups != null && groups.contains(ADMIN_GROUP));
    }
}
