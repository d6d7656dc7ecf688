package com.collectiq.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word on an error, as a problem instead of its HTML page: what the container refuses
 * before any servlet runs (a request line or header it cannot parse, a method it does not
 * implement) and any error status no one wrote a body for (Spring MVC drops its own problem body
 * when the client's Accept header excludes JSON). It names no server and carries no report.
 */
public class ContainerProblems extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        if (response.getStatus() < 400 || response.getContentWritten() > 0
                || response.isError() && !response.setErrorReported()) {
            return;
        }
        if (response.getStatus() == 501 && "CONNECT".equals(request.getMethod())) {
            // Tomcat's answer to CONNECT: to a client, a method this service does not allow. Its other
            // 501, to a transfer coding it does not know (gzip, say), stays: that is what HTTP asks for.
            response.setStatus(405);
        }
        int status = response.getStatus();
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + "}";
        try {
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client went away: nothing left to tell it
        }
    }
}
