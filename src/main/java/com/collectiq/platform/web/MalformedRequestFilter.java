package com.collectiq.platform.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, first of all, what would otherwise blow up deep inside the stack as a 500: a path whose
 * percent-encoding Spring cannot decode ({@code /cards;%zz}), an Accept header that is no list of
 * media types, a body declared as a wildcard (any type or subtype) or unparsable media type, which
 * Spring MVC cannot even represent, and a form or multipart body, which Tomcat and Camel's
 * platform-http binding parse into parameters before any route runs (and fail on a bad
 * percent-escape or a field without {@code =}); no route takes either.
 *
 * <p>Spring Security's firewall checks header and parameter names and values only when someone
 * reads them: in the middle of a Camel route, whose binding reads them all, that refusal was a 500.
 * Here every header and parameter is read once through the same firewall, and a refusal gets the
 * same answer the security chain gives.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequestFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;
    private final HttpFirewall firewall;
    private final RequestRejectedHandler rejections;

    MalformedRequestFilter(ProblemWriter problems, HttpFirewall firewall, RequestRejectedHandler rejections) {
        this.problems = problems;
        this.firewall = firewall;
        this.rejections = rejections;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refusal = refusal(request);
        if (refusal != null) {
            problems.write(request, response, ApiProblem.badRequest(refusal));
            return;
        }
        String contentType = request.getContentType();
        MediaType bodyType = contentType == null ? null : concrete(contentType);
        if (contentType != null && bodyType == null) {
            problems.write(request, response, unsupported("Content-Type must name one media type, such as application/json."));
            return;
        }
        if (bodyType != null && hasBody(request) && isParsedAsParameters(bodyType)) {
            // checked before any parameter is read: reading them makes Tomcat parse a form body
            problems.write(request, response, unsupported(
                    "Bodies are JSON (a photo goes to its signed URL as image bytes): forms and multipart are not accepted."));
            return;
        }
        try {
            readEveryHeaderAndParameter(firewall.getFirewalledRequest(request));
        } catch (RequestRejectedException rejected) {
            rejections.handle(request, response, rejected);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The declared body type, or null when it is unparsable or a wildcard. */
    private static MediaType concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype() ? null : type;
        } catch (InvalidMediaTypeException unparsable) {
            return null;
        }
    }

    private static ApiProblem unsupported(String detail) {
        return new ApiProblem(415, "unsupported-media-type", "Unsupported media type", detail);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isParsedAsParameters(MediaType type) {
        return type.getType().equalsIgnoreCase("multipart")
                || MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(type);
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
        return null;
    }

    /** The firewalled request checks each name and value as it is read, and throws on the first it refuses. */
    private static void readEveryHeaderAndParameter(HttpServletRequest checked) {
        for (String name : Collections.list(checked.getHeaderNames())) {
            drain(checked.getHeaders(name));
        }
        for (String name : Collections.list(checked.getParameterNames())) {
            checked.getParameterValues(name);
        }
    }

    private static void drain(Enumeration<String> values) {
        while (values.hasMoreElements()) {
            values.nextElement();
        }
    }
}
