package com.collectiq.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Requests aimed at what Tomcat, Spring and Camel's platform-http binding parse before any route
 * runs: the body's media type and its parameters, form and multipart bodies, bodies where none is
 * expected, header sizes and repeats, query parameter names. Each call of a route is otherwise
 * plausible (a real card, a valid token most of the time), so the request reaches the parsing.
 */
final class ParsingRequests {

    /** The classes of request, each counted on its own in a run. */
    enum Family {
        MULTIPART("multipart"),
        MEDIA_TYPE_PARAMETERS("media-type-params"),
        UNKNOWN_TYPE("unknown-type"),
        FORM_BODY("form-body"),
        CONTENT_TYPE_ON_GET("content-type-on-get"),
        DELETE_BODY("delete-body"),
        HUGE_HEADERS("huge-headers"),
        REPEATED_HEADERS("repeated-headers"),
        PARAMETER_NAMES("parameter-names");

        final String label;

        Family(String label) {
            this.label = label;
        }
    }

    private static final String[] WRITES = {"POST", "PUT", "PATCH", "DELETE"};
    private static final String[] MULTIPART_SUBTYPES = {"form-data", "mixed", "related", "alternative", "byteranges",
        "x-unknown", "FORM-DATA"};
    private static final String[] BOUNDARIES = {"", "; boundary=", "; boundary=\"", "; boundary=\"\"", "; boundary=x",
        "; boundary=\"quoted;boundary\"", "; boundary=" + "b".repeat(71), "; boundary=" + "b".repeat(2000),
        "; boundary=x; boundary=y", "; charset=utf-8", ";boundary=x;charset=nope", "; boundary=\u00e9"};
    private static final String[] PARAMETERS = {"; charset=utf-8", "; charset=UTF-8", "; charset=latin1",
        "; charset=ISO-8859-1", "; charset=utf-16", "; charset=UTF-16LE", "; charset=utf-32", "; charset=x-unknown",
        "; charset=", "; charset=\"utf-8\"", "; charset=\"utf-8", "; charset='utf-8'", ";;", "; ;", ";=", "; =x",
        "; charset", "; charset=utf-8; charset=latin1", "; q=1", "; a=\"b;c\"", "; a=\"\\\"x\"", "; boundary=x",
        " ; charset = utf-8", "; charset=utf-8 ", "; charset=utf-8\t", "; CHARSET=UTF-8", "; charset=ebcdic-cp-us",
        "; charset=ISO-2022-JP", "; charset=utf-7", "; x=" + "y".repeat(3000), "; charset=utf\u00e9",
        "; a=1; a=2; a=3", "; \"quoted\"=x", "; version=2; profile=\"https://x\""};
    private static final String[] UNKNOWN_TYPES = {"foo/bar", "text/plain", "application/xml", "text/xml",
        "image/png", "image/jpeg", "application/octet-stream", "application/vnd.collectiq+json",
        "application/merge-patch+json", "application/json-patch+json", "application/problem+json", "text/html",
        "message/http", "application/x-java-serialized-object", "application/cbor", "text/csv", "x", "application/",
        "/json", "a/b/c", "APPLICATION/JSON", "application/json, text/plain", "", " ", "application/" + "j".repeat(5000),
        "appl\u00efcation/json", "application/json\u00a0", "text/event-stream", "application/javascript",
        "application/x-ndjson"};
    private static final String[] FORM_BODIES = {"a=b", "key=uploads%2Fx%2Fy.png&name=Pikachu", "a=%zz", "%", "a=%",
        "a=%0", "%zz=1", "novalue", "a", "&&&", "=", "=x", "a==b", "%00=%00", "%01=1", "a=%01", "%CD%B8=1",
        "a=%CD%B8", "%ff%fe=%c0%ae", "a+b=c+d", "id=0199a000-0000-7000-8000-000000000000", "CamelHttpResponseCode=999",
        "Content-Type=text%2Fhtml", "Set-Cookie=a%3Db", "limit=-1&limit=5", "__proto__[x]=1", "a[]=1&a[]=2"};
    private static final String[] GET_METHODS = {"GET", "GET", "HEAD", "OPTIONS"};
    private static final String[] PARAMETER_NAMES = {"%00", "%01", "%1f", "%7f", "%c2%80", "%CD%B8", "%EF%BF%BF",
        "%ED%A0%80", "%zz", "%", "%0", "", "+", "%20", "%0d%0aX-Injected:1", "%e2%80%ae", "%F0%9F%98%80", "caf%C3%A9",
        "a%00b", "limit%00", "..", "%2e%2e%2f", "\u00e9", "CamelHttpMethod", "Content-Type", "Set-Cookie", "limit",
        "cursor", "status", "id", "sub"};

    private final SplittableRandom random;
    private final HostileRequests.Identities who;
    private final List<String> tokens;

    ParsingRequests(SplittableRandom random, HostileRequests.Identities who) {
        this.random = random;
        this.who = who;
        this.tokens = new ArrayList<>(who.tokens().values());
    }

    /** One request of {@code family} against {@code route}, at {@code path} (real ids), {@code json} its usual body. */
    FuzzRequest next(Family family, HostileRequests.Route route, String path, byte[] json) {
        List<String[]> headers = new ArrayList<>();
        if (chance(0.85)) {
            headers.add(header("Authorization", "Bearer " + pick(tokens)));
        }
        return switch (family) {
            case MULTIPART -> multipart(route, path, headers);
            case MEDIA_TYPE_PARAMETERS -> mediaTypeParameters(route, path, headers, json);
            case UNKNOWN_TYPE -> unknownType(route, path, headers, json);
            case FORM_BODY -> formBody(route, path, headers);
            case CONTENT_TYPE_ON_GET -> contentTypeOnGet(route, path, headers, json);
            case DELETE_BODY -> deleteBody(headers, json);
            case HUGE_HEADERS -> hugeHeaders(route, path, headers, json);
            case REPEATED_HEADERS -> repeatedHeaders(route, path, headers, json);
            case PARAMETER_NAMES -> parameterNames(route, path, headers, json);
        };
    }

    private FuzzRequest multipart(HostileRequests.Route route, String path, List<String[]> headers) {
        String boundary = pick(BOUNDARIES);
        headers.add(header("Content-Type", "multipart/" + pick(MULTIPART_SUBTYPES) + boundary));
        byte[] body = switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> new byte[0];
            case 2 -> ascii("--x\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"card.png\"\r\n"
                    + "Content-Type: image/png\r\n\r\n\u0089PNG\r\n--x--\r\n");
            case 3 -> ascii("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated");
            default -> randomBytes(random.nextInt(1, 2048));
        };
        return request(Family.MULTIPART, "boundary" + (boundary.isEmpty() ? "-none" : ""), bodyMethod(route), path,
                headers, body);
    }

    private FuzzRequest mediaTypeParameters(HostileRequests.Route route, String path, List<String[]> headers,
            byte[] json) {
        String parameters = pick(PARAMETERS);
        headers.add(header("Content-Type", "application/json" + parameters));
        byte[] body = json;
        Charset named = charsetIn(parameters);
        if (named != null && chance(0.5)) {
            body = new String(json, StandardCharsets.UTF_8).getBytes(named); // the body as the header says
        }
        return request(Family.MEDIA_TYPE_PARAMETERS, "params", bodyMethod(route), path, headers, body);
    }

    private FuzzRequest unknownType(HostileRequests.Route route, String path, List<String[]> headers, byte[] json) {
        headers.add(header("Content-Type", pick(UNKNOWN_TYPES)));
        return request(Family.UNKNOWN_TYPE, "type", bodyMethod(route), path, headers,
                chance(0.8) ? json : randomBytes(random.nextInt(1, 512)));
    }

    private FuzzRequest formBody(HostileRequests.Route route, String path, List<String[]> headers) {
        headers.add(header("Content-Type", "application/x-www-form-urlencoded"
                + pick(new String[] {"", "", "; charset=utf-8", "; charset=latin1", "; charset=nope", ";;"})));
        String form = switch (random.nextInt(4)) {
            case 0 -> pick(FORM_BODIES) + "&" + pick(FORM_BODIES);
            case 1 -> "a=" + "%41".repeat(random.nextInt(1000, 20_000));
            case 2 -> "p=1&".repeat(random.nextInt(100, 3000));
            default -> pick(FORM_BODIES);
        };
        return request(Family.FORM_BODY, "form", bodyMethod(route), path, headers, ascii(form));
    }

    private FuzzRequest contentTypeOnGet(HostileRequests.Route route, String path, List<String[]> headers,
            byte[] json) {
        headers.add(header("Content-Type", switch (random.nextInt(5)) {
            case 0 -> "multipart/" + pick(MULTIPART_SUBTYPES) + pick(BOUNDARIES);
            case 1 -> "application/json" + pick(PARAMETERS);
            case 2 -> "application/x-www-form-urlencoded";
            default -> pick(UNKNOWN_TYPES);
        }));
        String method = route.method().equals("GET") ? pick(GET_METHODS) : "GET";
        byte[] body = switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> new byte[0];
            default -> json;
        };
        return request(Family.CONTENT_TYPE_ON_GET, "get", method, path, headers, body);
    }

    private FuzzRequest deleteBody(List<String[]> headers, byte[] json) {
        // mostly cards that do not exist: the body is parsed all the same, and the fuzz users keep
        // their cards for the other requests (DELETE /me is left to the mutated family)
        String target = "/cards/" + (chance(0.2) ? pick(who.cardIds()) : UUID.randomUUID());
        byte[] body;
        switch (random.nextInt(5)) {
            case 0 -> {
                headers.add(header("Content-Type", "application/json"));
                body = json;
            }
            case 1 -> {
                headers.add(header("Content-Type", "application/x-www-form-urlencoded"));
                body = ascii(pick(FORM_BODIES));
            }
            case 2 -> {
                headers.add(header("Content-Type", "multipart/form-data" + pick(BOUNDARIES)));
                body = randomBytes(random.nextInt(1, 256));
            }
            case 3 -> {
                headers.add(header("Transfer-Encoding", "chunked"));
                body = ascii("5\r\nhello\r\n0\r\n\r\n");
            }
            default -> body = randomBytes(random.nextInt(0, 1024));
        }
        return request(Family.DELETE_BODY, "body", "DELETE", target, headers, body);
    }

    private FuzzRequest hugeHeaders(HostileRequests.Route route, String path, List<String[]> headers, byte[] json) {
        String kind;
        switch (random.nextInt(7)) {
            case 0 -> {
                kind = "near-limit";
                headers.add(header("X-Pad", "p".repeat(random.nextInt(7_000, 9_000))));
            }
            case 1 -> {
                kind = "over-limit";
                headers.add(header("X-Pad", "p".repeat(random.nextInt(9_000, 70_000))));
            }
            case 2 -> {
                kind = "many-medium";
                for (int i = 0; i < random.nextInt(5, 40); i++) {
                    headers.add(header("X-Part-" + i, "v".repeat(500)));
                }
            }
            case 3 -> {
                kind = "many";
                for (int i = 0; i < random.nextInt(90, 400); i++) {
                    headers.add(header("X-Many-" + i, "v"));
                }
            }
            case 4 -> {
                kind = "long-name";
                headers.add(header("X-" + "n".repeat(random.nextInt(100, 12_000)), "v"));
            }
            case 5 -> {
                kind = "long-content-type";
                headers.add(header("Content-Type", "application/json; x=" + "y".repeat(random.nextInt(100, 12_000))));
            }
            default -> {
                kind = "long-authorization";
                headers.add(header("Authorization", "Bearer " + "A".repeat(random.nextInt(4_000, 20_000))));
            }
        }
        boolean body = route.hasBody() && !kind.equals("long-content-type");
        if (body) {
            headers.add(header("Content-Type", "application/json"));
        }
        return request(Family.HUGE_HEADERS, kind, route.method(), path, headers,
                body || kind.equals("long-content-type") ? json : null);
    }

    private FuzzRequest repeatedHeaders(HostileRequests.Route route, String path, List<String[]> headers,
            byte[] json) {
        String[][] pairs = {
            {"Content-Type", "application/json", "Content-Type", "multipart/form-data"},
            {"Content-Type", "multipart/form-data", "Content-Type", "application/json"},
            {"Content-Type", "application/x-www-form-urlencoded", "Content-Type", "application/json"},
            {"Content-Type", "application/json; charset=utf-8", "Content-Type", "application/json; charset=latin1"},
            {"Content-Length", String.valueOf(json.length), "Content-Length", String.valueOf(json.length)},
            {"Content-Length", "1", "Content-Length", "2"},
            {"Authorization", "Bearer " + pick(tokens), "Authorization", "Bearer " + pick(tokens)},
            {"Authorization", "Bearer " + pick(tokens), "Authorization", "Basic YWRtaW46YWRtaW4="},
            {"Accept", "application/json", "Accept", "garbage"},
            {"Accept", "text/html", "Accept", "image/png"},
            {"Host", "127.0.0.1", "Host", "evil.example"},
            {"Transfer-Encoding", "chunked", "Transfer-Encoding", "chunked"},
            {"Transfer-Encoding", "gzip", "X-Repeat", "1"},
            {"If-None-Match", "\"a\"", "If-None-Match", "*"},
            {"Origin", "https://app.collectiq.test", "Origin", "https://evil.example"},
            {"Expect", "100-continue", "Expect", "100-continue"},
            {"X-Forwarded-For", "1.2.3.4", "X-Forwarded-For", "5.6.7.8"}};
        String[] pair = pick(pairs);
        int times = chance(0.8) ? 1 : random.nextInt(2, 40);
        for (int i = 0; i < times; i++) {
            headers.add(header(pair[0], pair[1]));
            headers.add(header(pair[2], pair[3]));
        }
        boolean chunked = pair[0].equals("Transfer-Encoding");
        if (!pair[0].equals("Content-Type") && route.hasBody()) {
            headers.add(header("Content-Type", "application/json"));
        }
        byte[] body = route.hasBody() || chunked ? json : null;
        if (chunked && body != null) {
            body = ascii(Integer.toHexString(json.length) + "\r\n" + new String(json, StandardCharsets.ISO_8859_1)
                    + "\r\n0\r\n\r\n");
        }
        return request(Family.REPEATED_HEADERS, pair[0].toLowerCase(Locale.ROOT), route.method(), path, headers, body);
    }

    private FuzzRequest parameterNames(HostileRequests.Route route, String path, List<String[]> headers,
            byte[] json) {
        StringBuilder query = new StringBuilder();
        int count = chance(0.1) ? random.nextInt(100, 2000) : random.nextInt(1, 5);
        for (int i = 0; i < count; i++) {
            query.append(i == 0 ? "" : "&").append(pick(PARAMETER_NAMES));
            if (chance(0.9)) {
                query.append('=').append(pick(PARAMETER_NAMES));
            }
        }
        if (route.hasBody()) {
            headers.add(header("Content-Type", "application/json"));
        }
        String target = path + (path.contains("?") ? "&" : "?") + query;
        return request(Family.PARAMETER_NAMES, "query", route.method(), target, headers, route.hasBody() ? json : null);
    }

    private String bodyMethod(HostileRequests.Route route) {
        return route.hasBody() || !route.method().equals("GET") || chance(0.3) ? route.method() : pick(WRITES);
    }

    private static Charset charsetIn(String parameters) {
        int at = parameters.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return null;
        }
        String name = parameters.substring(at + "charset=".length()).split(";")[0].trim().replace("\"", "");
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static FuzzRequest request(Family family, String kind, String method, String target,
            List<String[]> headers, byte[] body) {
        return new FuzzRequest(family.label, kind, method, target.getBytes(StandardCharsets.UTF_8), headers, body);
    }

    private static String[] header(String name, String value) {
        return new String[] {name, value};
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }
}
