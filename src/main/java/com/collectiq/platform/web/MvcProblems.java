package com.collectiq.platform.web;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Problems for what Spring MVC serves outside the REST DSL (the local stand-in endpoints) and for
 * the servlet container's error page, so no error anywhere leaves as anything but a problem.
 * Spring's own MVC exceptions are covered by {@code spring.mvc.problemdetails.enabled}.
 */
@RestControllerAdvice
@RestController
class MvcProblems implements ErrorController {

    private static final MediaType PROBLEM = MediaType.parseMediaType(Problem.MEDIA_TYPE);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Problem> refused(ApiProblem problem, HttpServletRequest request) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status()).contentType(PROBLEM);
        problem.headers().forEach(response::header);
        return response.body(Problem.of(problem, request.getRequestURI()));
    }

    @RequestMapping("/error")
    ResponseEntity<Problem> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return ResponseEntity.status(status).contentType(PROBLEM).body(new Problem("about:blank",
                status.getReasonPhrase(), status.value(), null, uri == null ? null : uri.toString()));
    }
}
