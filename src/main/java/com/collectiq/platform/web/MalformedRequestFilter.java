package com.collectiq.platform.web;

import java.io.IOException;
import java.util.Collections;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.RequestPath;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, first of all, what would otherwise blow up deep inside the stack as a 500: a path whose
 * percent-encoding Spring cannot decode ({@code /cards;%zz}), an Accept header that is no list of
 * media types, a header holding control characters
 * (Spring Security's firewall refuses those only when someone reads that header, in the middle of
 * a Camel route), and a body declared as a wildcard (any type or subtype) or unparsable media type, which
 * Spring MVC cannot even represent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequestFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    MalformedRequestFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refusal = refusal(request);
        if (refusal != null) {
            problems.write(request, response, ApiProblem.badRequest(refusal));
            return;
        }
        if (!isConcrete(request.getContentType())) {
            problems.write(request, response, new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
                    "Content-Type must name one media type, such as application/json."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isConcrete(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException unparsable) {
            return false;
        }
    }

    private static String refusal(HttpServletRequest request) {
        try {
            RequestPath.parse(request.getRequestURI(), request.getContextPath());
        } catch (IllegalArgumentException undecodable) {
            return "The path is not validly percent-encoded.";
        }
        try {
            MediaType.parseMediaTypes(request.getHeader("Accept"));
        } catch (InvalidMediaTypeException unparsable) {
            // Spring MVC would answer 406 after a route has already written its answer: two bodies in one
            return "The Accept header is not a list of media types.";
        }
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                if (hasControlCharacter(value)) {
                    return "A header holds characters that are not allowed.";
                }
            }
        }
        return null;
    }

    private static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(c -> c != '\t' && Character.isISOControl(c));
    }
}
