package com.collectiq.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generated request, as raw bytes: {@code family} names the class of hostility it belongs to
 * (counted per run), {@code kind} what was done to it (for the summary), the rest is what goes on
 * the wire. Host, Connection: close and Content-Length are added here; Content-Length is left out
 * when the headers declare a Transfer-Encoding (the body is then sent as it is given).
 */
record FuzzRequest(String family, String kind, String method, byte[] target, List<String[]> headers, byte[] body) {

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, method + " ");
        out.writeBytes(target);
        write(out, " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        for (String[] header : headers) {
            out.writeBytes((header[0] + ": ").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(header[1].getBytes(StandardCharsets.UTF_8));
            write(out, "\r\n");
        }
        if (body != null && !hasHeader("Transfer-Encoding")) {
            write(out, "Content-Length: " + body.length + "\r\n");
        }
        write(out, "\r\n");
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    boolean isHead() {
        return method.equals("HEAD");
    }

    boolean hasHeader(String name) {
        return headers.stream().anyMatch(header -> header[0].equalsIgnoreCase(name));
    }

    /** A transfer coding Tomcat does not implement: HTTP has it answer 501, and that is right. */
    boolean hasUnknownTransferCoding() {
        return headers.stream().anyMatch(header -> header[0].equalsIgnoreCase("Transfer-Encoding")
                && !header[1].trim().equalsIgnoreCase("chunked"));
    }

    /** The request line as a reader can see it in a report (bytes past ASCII escaped, long parts cut). */
    String summary() {
        StringBuilder shown = new StringBuilder(method).append(' ');
        for (int i = 0; i < Math.min(target.length, 160); i++) {
            int b = target[i] & 0xff;
            shown.append(b < 0x20 || b > 0x7e ? String.format("\\x%02x", b) : String.valueOf((char) b));
        }
        if (target.length > 160) {
            shown.append("…(").append(target.length).append(" bytes)");
        }
        StringBuilder sent = new StringBuilder();
        headers.stream().limit(6).forEach(h -> sent.append(sent.length() == 0 ? "" : ", ").append(h[0]).append('(')
                .append(h[1].length() > 40 ? h[1].length() + " chars" : h[1].replaceAll("\\p{Cntrl}", "?")).append(')'));
        return family + "/" + kind + ": " + shown + " [headers " + sent + "]" + (body == null ? "" : " [body " + body.length + " bytes]");
    }

    private static void write(ByteArrayOutputStream out, String ascii) {
        out.writeBytes(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }
}
