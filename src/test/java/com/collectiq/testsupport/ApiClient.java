package com.collectiq.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client for the service under test, as a real client would call it. */
public final class ApiClient {

    /** A response: status, headers and the body parsed as JSON when it is JSON. */
    public record Response(int status, HttpResponse<String> raw, JsonNode json) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String baseUrl;
    private final String token;

    public ApiClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** A Cognito-shaped access token in {@code aws} mode, one from {@code POST /local/token} otherwise. */
    public static String tokenFor(String baseUrl, boolean awsMode, String sub, boolean admin) {
        if (awsMode) {
            return CognitoStandIn.get().accessToken(sub, admin);
        }
        Response response = new ApiClient(baseUrl, null).post("/local/token",
                "{\"sub\":\"" + sub + "\",\"admin\":" + admin + "}");
        if (response.status() != 200) {
            throw new IllegalStateException("no local token: " + response.raw().body());
        }
        return response.json().get("access_token").asText();
    }

    public ApiClient as(String otherToken) {
        return new ApiClient(baseUrl, otherToken);
    }

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, String json, String... headers) {
        return send(request(path, withJson(headers)).POST(body(json)));
    }

    public Response patch(String path, String json, String... headers) {
        return send(request(path, withJson(headers)).method("PATCH", body(json)));
    }

    public Response send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path);
        headers.forEach(builder::header);
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body(body)));
    }

    public static Response put(URI url, byte[] bytes, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Host")) {
                builder.header(name, value);
            }
        });
        return execute(builder.build());
    }

    public static Response fetch(URI url) {
        return execute(HttpRequest.newBuilder(url).GET().build());
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static String[] withJson(String[] headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("Content-Type")) {
                return headers;
            }
        }
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return all;
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    private Response send(HttpRequest.Builder builder) {
        return execute(builder.build());
    }

    private static Response execute(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") && !response.body().isEmpty() ? json(response.body()) : null;
            return new Response(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
