package com.collectiq.auth;

import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.springboot.PlatformHttpMessage;

import com.collectiq.platform.web.ApiProblem;

/** The verified caller of the HTTP request an exchange came from (left there by {@link CallerFilter}). */
public final class Callers {

    private Callers() {
    }

    public static Caller of(Exchange exchange) {
        if (exchange.getIn() instanceof PlatformHttpMessage http
                && http.getRequest().getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller caller) {
            return caller;
        }
        // the security chain guards every non-public route, so this is a wiring error, not a user's
        throw new ApiProblem(401, "unauthorized", "Authentication required", "No verified caller on this request.");
    }
}
