package com.collectiq.platform.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.springframework.web.filter.OncePerRequestFilter;

import com.collectiq.auth.Caller;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The edge's budgets, applied after authentication: a body larger than the cap is refused with 413
 * before it is read (a chunked one, whose size is not known before, with 411), and each user's write requests (POST, PATCH, PUT, DELETE, presign included)
 * draw from their own token bucket, so one client cannot flood the pipeline or the bill.
 */
public class RequestLimitsFilter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final long maxBodyBytes;
    private final TokenBuckets writes;
    private final ProblemWriter problems;
    private final Set<String> exemptPrefixes;

    public RequestLimitsFilter(WebProperties web, Clock clock, ProblemWriter problems, Set<String> exemptPrefixes) {
        this.maxBodyBytes = web.maxBodySize().toBytes();
        this.writes = new TokenBuckets(web.writeBurst(), web.writesPerMinute(), clock);
        this.problems = problems;
        this.exemptPrefixes = Set.copyOf(exemptPrefixes);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the local photo endpoint checks the exact signed length itself, and its bodies are photos
        return exemptPrefixes.stream().anyMatch(request.getRequestURI()::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            // a chunked body's size is known only once read: HTTP's answer to that refusal is 411
            problems.write(request, response, new ApiProblem(411, "length-required", "Content-Length required",
                    "Send the body with a Content-Length of at most " + maxBodyBytes + " bytes, not chunked."));
            return;
        }
        if (length > maxBodyBytes) {
            problems.write(request, response, new ApiProblem(413, "payload-too-large", "The body is too large",
                    "The body may be at most " + maxBodyBytes + " bytes."));
            return;
        }
        Caller caller = (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        if (caller != null && WRITES.contains(request.getMethod())) {
            Duration wait = writes.tryTake(caller.sub());
            if (!wait.isZero()) {
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                problems.write(request, response, new ApiProblem(429, "too-many-requests", "Too many requests",
                        "Slow down: try again in " + seconds + " s.", Map.of("Retry-After", String.valueOf(seconds))));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
