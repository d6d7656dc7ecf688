package com.collectiq.platform.web;

import java.io.IOException;
import java.util.Collections;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.RequestPath;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, first of all, what would otherwise blow up deep inside the stack as a 500: a path whose
 * percent-encoding Spring cannot decode ({@code /cards;%zz}), and a header holding control
 * characters, which Spring Security's firewall refuses only when someone reads that header — in
 * the middle of a Camel route.
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
        chain.doFilter(request, response);
    }

    private static String refusal(HttpServletRequest request) {
        try {
            RequestPath.parse(request.getRequestURI(), request.getContextPath());
        } catch (IllegalArgumentException undecodable) {
            return "The path is not validly percent-encoded.";
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
