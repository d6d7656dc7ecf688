package com.collectiq.platform.web;

/**
 * The RFC 9457 problem document every error response carries: never a stack trace, class name or
 * query, only what the client can act on.
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ApiProblem problem, String instance) {
        return new Problem("/problems/" + problem.slug(), problem.title(), problem.status(), problem.getMessage(),
                instance);
    }
}
