package com.collectiq.platform.web;

import java.io.IOException;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Problems for what Spring MVC serves outside the REST DSL (the local stand-in endpoints) and for
 * the servlet container's error page, so no error anywhere leaves as anything but a problem.
 * Both are written straight to the response: an error is a problem whatever the client's Accept
 * header asks for (content negotiation would turn it into an empty 406).
 * Spring's own MVC exceptions are covered by {@code spring.mvc.problemdetails.enabled}.
 */
@RestControllerAdvice
@RestController
class MvcProblems implements ErrorController {

    private final ProblemWriter problems;

    MvcProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiProblem.class)
    void refused(ApiProblem problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, problem);
    }

    /**
     * The container's error page. Called directly, with no error behind it, it is just a path that
     * serves nothing: 404.
     */
    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null) {
            status = code == null ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problems.write(response, new Problem("about:blank", status.getReasonPhrase(), status.value(), null,
                uri == null ? null : uri.toString()));
    }
}
