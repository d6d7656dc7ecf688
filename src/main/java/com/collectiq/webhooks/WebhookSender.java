package com.collectiq.webhooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * POSTs one delivery over HTTP/1.1 to the address {@link WebhookTargets} checked, and returns the
 * receiver's status code. The JDK's HTTP clients resolve the host themselves (a second lookup could
 * answer differently: DNS rebinding), so this one opens the socket to the checked address, and over
 * it TLS names the host for SNI and verifies the certificate against that name. A redirect is not
 * followed: its status is returned, and a 3xx is a failed delivery. Only the status line is read.
 */
@Component
public class WebhookSender {

    private static final int MAX_STATUS_LINE = 1024;

    private final SocketConnector connector;
    private final SSLSocketFactory tls;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;

    @Autowired
    public WebhookSender(SocketConnector connector, WebhookProperties properties) {
        this(connector, properties, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** With {@code tls} trusting what the JDK's default trust store does, or (tests) a certificate of their own. */
    WebhookSender(SocketConnector connector, WebhookProperties properties, SSLSocketFactory tls) {
        this.connector = connector;
        this.tls = tls;
        this.connectTimeoutMillis = Math.toIntExact(properties.connectTimeout().toMillis());
        this.readTimeoutMillis = Math.toIntExact(properties.readTimeout().toMillis());
    }

    /** The receiver's HTTP status; an {@link IOException} when it could not be reached or answered nonsense. */
    public int post(WebhookTarget target, Map<String, String> headers, byte[] body) throws IOException {
        try (Socket socket = open(target)) {
            socket.setSoTimeout(readTimeoutMillis);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder()
                    .append("POST ").append(target.requestTarget()).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(target.hostHeader()).append("\r\n")
                    .append("Content-Type: application/json\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return status(statusLine(socket.getInputStream()));
        }
    }

    private Socket open(WebhookTarget target) throws IOException {
        Socket plain = connector.connect(new InetSocketAddress(target.address(), target.port()), connectTimeoutMillis);
        if (!target.https()) {
            return plain;
        }
        String host = target.url().getHost();
        SSLSocket secure = (SSLSocket) tls.createSocket(plain, host, target.port(), true);
        SSLParameters parameters = secure.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!host.startsWith("[") && !host.matches("[0-9.]+")) {
            parameters.setServerNames(List.of(new SNIHostName(host)));
        }
        secure.setSSLParameters(parameters);
        secure.startHandshake();
        return secure;
    }

    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (line.size() == MAX_STATUS_LINE) {
                throw new IOException("the receiver's status line is longer than " + MAX_STATUS_LINE + " bytes");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII).trim();
    }

    private static int status(String statusLine) throws IOException {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("\\d{3}")) {
            throw new IOException("the receiver did not answer HTTP/1.1 (" + (statusLine.isEmpty() ? "no answer" : "'"
                    + statusLine.substring(0, Math.min(40, statusLine.length())) + "'") + ")");
        }
        return Integer.parseInt(parts[1]);
    }
}
