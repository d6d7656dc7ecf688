package com.collectiq.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A seeded generator of hostile requests across every route the service has. About a third of
 * them start from a plausible call of one route and then have some of its parts mutated (method,
 * path, query, headers, token, body): family {@value #MUTATED}. The rest aim at what the stack parses before any
 * route runs, one {@link ParsingRequests.Family} each (media types, forms, multipart, headers,
 * parameter names). The same seed gives the same requests.
 */
final class HostileRequests {

    /** Who the requests can be from and what they can point at: tokens by name, cards, photo keys. */
    record Identities(Map<String, String> tokens, List<String> cardIds, List<String> photoKeys) {
    }

    record Route(String method, String path, boolean hasBody) {
    }

    static final String MUTATED = "mutated";
    /** Four shares for the mutated calls, one for each parsing family: 10 000 requests give each well over 500. */
    private static final int MUTATED_SHARES = 4;
    private static final int SHARES = MUTATED_SHARES + ParsingRequests.Family.values().length;

    private static final List<Route> ROUTES = List.of(
            new Route("GET", "/healthz", false),
            new Route("GET", "/api-docs", false),
            new Route("GET", "/actuator/health", false),
            new Route("GET", "/actuator/health/readiness", false),
            new Route("GET", "/actuator/health/liveness", false),
            new Route("GET", "/actuator/info", false),
            new Route("GET", "/actuator/prometheus", false),
            new Route("GET", "/actuator/env", false),
            new Route("POST", "/local/token", true),
            new Route("PUT", "/local/photos/{key}", true),
            new Route("GET", "/local/photos/{key}", false),
            new Route("POST", "/upload/presign", true),
            new Route("POST", "/cards", true),
            new Route("GET", "/cards", false),
            new Route("GET", "/cards/{id}", false),
            new Route("PATCH", "/cards/{id}", true),
            new Route("DELETE", "/cards/{id}", false),
            new Route("POST", "/cards/{id}/revalue", false),
            new Route("GET", "/cards/{id}/image", false),
            new Route("GET", "/cards/{id}/history", false),
            new Route("GET", "/portfolio", false),
            new Route("GET", "/portfolio/history", false),
            new Route("POST", "/alerts", true),
            new Route("GET", "/alerts", false),
            new Route("DELETE", "/alerts/{id}", false),
            new Route("DELETE", "/me", false),
            new Route("GET", "/me/settings", false),
            new Route("PUT", "/me/settings", true),
            new Route("GET", "/admin/events", false),
            new Route("POST", "/admin/references", true),
            new Route("GET", "/admin/references/{catalogId}", false),
            new Route("GET", "/error", false),
            new Route("GET", "/{random}", false));

    private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE",
        "PROPFIND", "FOO", "get", "CONNECT"};
    private static final String[] CONTENT_TYPES = {"text/plain", "application/xml", "multipart/form-data; boundary=x",
        "application/x-www-form-urlencoded", "application/json; charset=utf-16", "application/json; charset=nope",
        "application/*", "*/*", ";;;", "application/json\u0001", "image/png", "application/problem+json"};
    private static final String[] ACCEPTS = {"text/html", "application/xml", "image/png", "*/*", "application/json;q=0",
        "garbage", "text/event-stream", "application/problem+json"};
    private static final String[] SEGMENTS = {"..", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", "%2F", "%00", "%c0%af",
        "%c0%ae%c0%ae", "%e0%80%ae", "%ff%fe", "%252e%252e", "%5c..%5c", ";jsessionid=1", "%0d%0aX-Injected:1",
        "%F0%9F%98%80", "caf%C3%A9", "1%27%20OR%20%271%27%3D%271", "%7B%7Bcollectiq.signing-secret%7D%7D",
        "${jndi:ldap:x}", "*", "~", "%", "%zz", "-1", "0", "null", "undefined", "NaN", "[]"};
    private static final String[] STRINGS = {"", " ", "\u0000", "\u0001\u0002\u0007", "\u202e\u0631", "😀🃏",
        "\ud800", "é".repeat(3), "../../etc/passwd", "uploads/../../etc/passwd", "uploads%2F..%2Fx.png",
        "'; DROP TABLE cards; --", "<script>alert(1)</script>", "${jndi:ldap://x}", "{{collectiq.signing-secret}}",
        "\r\nSet-Cookie: a=b", "C:\\\\windows\\\\win.ini", "#{7*7}", "%s%n%x", "\\u0000", "true", "1e999"};
    private static final String[] NUMBERS = {"-1", "0", "1e999", "-1e999", "99999999999999999999999", "1.5",
        "-0", "0x10", "NaN", "Infinity", "1E-400", "007"};

    private final SplittableRandom random;
    private final Identities who;
    private final List<String> tokenNames;
    private final ParsingRequests parsing;

    HostileRequests(SplittableRandom random, Identities who) {
        this.random = random;
        this.who = who;
        this.tokenNames = new ArrayList<>(who.tokens().keySet());
        this.parsing = new ParsingRequests(random, who);
    }

    FuzzRequest next() {
        int share = random.nextInt(SHARES);
        if (share < MUTATED_SHARES) {
            return mutated();
        }
        Route route = pick(ROUTES);
        String path = route.path()
                .replace("{id}", who.cardIds().isEmpty() ? UUID.randomUUID().toString() : pick(who.cardIds()))
                .replace("{key}", who.photoKeys().isEmpty() ? "uploads/x/y.png" : pick(who.photoKeys()))
                .replace("{catalogId}", "base1-4")
                .replace("{random}", randomPath());
        byte[] json = object(plausibleFields(route)).getBytes(StandardCharsets.UTF_8);
        return parsing.next(ParsingRequests.Family.values()[share - MUTATED_SHARES], route, path, json);
    }

    private FuzzRequest mutated() {
        Route route = pick(ROUTES);
        List<String> kinds = new ArrayList<>();
        String method = route.method();
        if (chance(0.12)) {
            method = pick(METHODS);
            kinds.add("method");
        }
        byte[] target = target(route, kinds);
        List<String[]> headers = new ArrayList<>();
        authorization(headers, kinds);
        byte[] body = null;
        if (route.hasBody() || chance(0.1)) {
            body = body(route, kinds);
            contentType(headers, kinds);
        }
        extraHeaders(headers, kinds);
        return new FuzzRequest(MUTATED, kinds.isEmpty() ? "plain" : String.join("+", kinds), method, target, headers,
                body);
    }

    // --- the request target --------------------------------------------------------------------

    private byte[] target(Route route, List<String> kinds) {
        String path = route.path()
                .replace("{id}", cardId(kinds))
                .replace("{key}", photoKey(kinds))
                .replace("{catalogId}", chance(0.5) ? "base1-4" : segment(kinds))
                .replace("{random}", randomPath());
        if (chance(0.12)) {
            path = mangledPath(path);
            kinds.add("path");
        }
        if (chance(0.25)) {
            path += "?" + query();
            kinds.add("query");
        }
        if (chance(0.04)) {
            kinds.add("raw-bytes");
            return withRawBytes(path);
        }
        return path.getBytes(StandardCharsets.UTF_8);
    }

    private String cardId(List<String> kinds) {
        double roll = random.nextDouble();
        if (roll < 0.55 && !who.cardIds().isEmpty()) {
            return pick(who.cardIds()); // someone's real card: the token decides whose
        }
        if (roll < 0.7) {
            return UUID.randomUUID().toString();
        }
        return segment(kinds);
    }

    private String photoKey(List<String> kinds) {
        if (chance(0.5) && !who.photoKeys().isEmpty()) {
            String key = pick(who.photoKeys());
            return chance(0.5) ? key + "?expires=9999999999&signature=" + randomToken(43) : key;
        }
        kinds.add("key");
        return "uploads/" + segment(kinds) + "/" + segment(kinds) + ".png";
    }

    private String segment(List<String> kinds) {
        kinds.add("segment");
        return chance(0.1) ? "x".repeat(random.nextInt(1000, 20_000)) : pick(SEGMENTS);
    }

    private String randomPath() {
        return pick(new String[] {"nowhere", "cards/", "CARDS", "admin", "admin/", "local", "actuator", "api-docs/x",
            "cards/../admin/events", "%2e%2e/%2e%2e/etc/passwd", "WEB-INF/web.xml", "h2-console", ".git/config",
            "healthz/", "healthz;x=y", "error/", "static/../application.yaml"});
    }

    private String mangledPath(String path) {
        return switch (random.nextInt(8)) {
            case 0 -> path + "/";
            case 1 -> path.replace("/", "//");
            case 2 -> "/.." + path;
            case 3 -> path.replaceFirst("/", "/%2F");
            case 4 -> path.toUpperCase();
            case 5 -> path + "/../../admin/events";
            case 6 -> path + "%00.json";
            default -> path + ";" + pick(SEGMENTS);
        };
    }

    private String query() {
        StringBuilder query = new StringBuilder();
        int params = random.nextInt(1, 5);
        for (int i = 0; i < params; i++) {
            if (i > 0) {
                query.append('&');
            }
            query.append(pick(new String[] {"limit", "cursor", "status", "limit", "photo", "x", "", "limit[]", "__proto__",
                "Set-Cookie", "Location", "X-Frame-Options", "Content-Type", "CamelHttpResponseCode"}))
                    .append('=')
                    .append(chance(0.5) ? pick(NUMBERS) : pick(SEGMENTS));
        }
        return query.toString();
    }

    private byte[] withRawBytes(String path) {
        byte[] clean = path.getBytes(StandardCharsets.UTF_8);
        byte[] raw = new byte[clean.length + 3];
        System.arraycopy(clean, 0, raw, 0, clean.length);
        byte[][] tricks = {{(byte) 0xc0, (byte) 0xae, '/'}, {0x01, 0x7f, '/'}, {(byte) 0xff, (byte) 0xfe, 'x'},
            {'"', '<', '>'}, {'\t', 'x', '\\'}};
        System.arraycopy(tricks[random.nextInt(tricks.length)], 0, raw, clean.length, 3);
        return raw;
    }

    // --- headers and tokens ------------------------------------------------------------------------

    private void authorization(List<String[]> headers, List<String> kinds) {
        double roll = random.nextDouble();
        if (roll < 0.15) {
            return;
        }
        String token = who.tokens().get(pick(tokenNames));
        if (roll < 0.65) {
            headers.add(new String[] {"Authorization", "Bearer " + token});
            return;
        }
        kinds.add("token");
        headers.add(new String[] {"Authorization", forged(token)});
    }

    private String forged(String token) {
        String[] parts = token.split("\\.");
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return switch (random.nextInt(11)) {
            case 0 -> "Bearer " + parts[0] + "." + parts[1] + "." + flip(parts[2]);
            case 1 -> "Bearer " + url.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                    + parts[1] + ".";
            case 2 -> "Bearer " + parts[0] + "." + url.encodeToString(
                    "{\"sub\":\"admin\",\"cognito:groups\":[\"admin\"],\"token_use\":\"access\"}"
                            .getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
            case 3 -> "Bearer " + token.substring(0, random.nextInt(1, token.length()));
            case 4 -> "Bearer ";
            case 5 -> "Bearer " + randomToken(random.nextInt(1, 12_000));
            case 6 -> "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
            case 7 -> "bearer " + token + " " + token;
            case 8 -> "Bearer " + token.replace('.', ',');
            case 9 -> "Bearer " + parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[2];
            default -> "Bearer\u0000" + token;
        };
    }

    private void contentType(List<String[]> headers, List<String> kinds) {
        double roll = random.nextDouble();
        if (roll < 0.8) {
            headers.add(new String[] {"Content-Type", "application/json"});
        } else if (roll < 0.95) {
            kinds.add("content-type");
            headers.add(new String[] {"Content-Type", pick(CONTENT_TYPES)});
        } else {
            kinds.add("no-content-type");
        }
    }

    private void extraHeaders(List<String[]> headers, List<String> kinds) {
        if (chance(0.1)) {
            kinds.add("accept");
            headers.add(new String[] {"Accept", pick(ACCEPTS)});
        }
        if (!chance(0.1)) {
            return;
        }
        kinds.add("header");
        switch (random.nextInt(7)) {
            case 0 -> headers.add(new String[] {"X-Pad", "p".repeat(random.nextInt(1000, 30_000))});
            case 1 -> {
                for (int i = 0; i < 150; i++) {
                    headers.add(new String[] {"X-Many-" + i, "v"});
                }
            }
            case 2 -> headers.add(new String[] {"X-Unicode", "caf\u00e9 \ud83d\ude00 \u202e"});
            case 3 -> headers.add(new String[] {"Origin", pick(new String[] {"https://evil.example", "null", "\u0000"})});
            case 4 -> headers.add(new String[] {"If-None-Match", pick(SEGMENTS)});
            case 5 -> headers.add(new String[] {"X-Forwarded-For", "127.0.0.1, ' OR 1=1"});
            default -> headers.add(new String[] {"Bad Header Name", "x"});
        }
    }

    // --- bodies ------------------------------------------------------------------------------------

    private byte[] body(Route route, List<String> kinds) {
        Map<String, String> fields = plausibleFields(route);
        double roll = random.nextDouble();
        String json;
        if (roll < 0.2) {
            json = object(fields);
        } else if (roll < 0.5) {
            kinds.add("field");
            String name = fields.isEmpty() || chance(0.2) ? pick(new String[] {"admin", "sub", "owner", "__proto__",
                "status", "id", "\u0000", ""}) : pick(new ArrayList<>(fields.keySet()));
            fields.put(name, hostileValue());
            json = object(fields);
        } else if (roll < 0.6) {
            kinds.add("deep-json");
            int depth = random.nextInt(20, 20_000);
            boolean arrays = chance(0.5);
            json = (arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
        } else if (roll < 0.75) {
            kinds.add("malformed-json");
            json = malformed(object(fields));
        } else if (roll < 0.85) {
            kinds.add("huge-json");
            fields.put(fields.isEmpty() ? "x" : pick(new ArrayList<>(fields.keySet())),
                    quote("\u00e9".repeat(random.nextInt(10_000, 120_000))));
            json = object(fields);
        } else if (roll < 0.95) {
            kinds.add("not-an-object");
            json = pick(new String[] {"", "null", "[]", "[{}]", "\"text\"", "42", "true", "{}", "{\"\":\"\"}"});
        } else {
            kinds.add("binary-body");
            byte[] bytes = new byte[random.nextInt(1, 4096)];
            random.nextBytes(bytes);
            return bytes;
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, String> plausibleFields(Route route) {
        Map<String, String> fields = new LinkedHashMap<>();
        switch (route.path()) {
            case "/local/token" -> {
                fields.put("sub", quote("fuzz-" + random.nextInt(1000)));
                fields.put("admin", "false");
            }
            case "/upload/presign" -> {
                fields.put("filename", quote("card.png"));
                fields.put("contentType", quote("image/png"));
                fields.put("sizeBytes", "1000");
                fields.put("side", quote(chance(0.5) ? "front" : "back"));
            }
            case "/cards" -> {
                fields.put("key", quote(who.photoKeys().isEmpty() ? "uploads/x/y.png" : pick(who.photoKeys())));
                fields.put("name", quote("Charizard"));
                fields.put("set", quote("Base"));
                fields.put("number", quote("4"));
                fields.put("grade", quote("9"));
            }
            case "/cards/{id}" -> {
                fields.put("name", quote("Pikachu"));
                fields.put("condition", quote("NM"));
            }
            case "/admin/references" -> {
                fields.put("catalogId", quote("base1-4"));
                fields.put("image", quote(Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G'})));
            }
            default -> fields.put("x", "1");
        }
        return fields;
    }

    private String hostileValue() {
        return switch (random.nextInt(7)) {
            case 0 -> pick(NUMBERS);
            case 1 -> quote(pick(STRINGS));
            case 2 -> pick(new String[] {"null", "true", "[]", "{}", "[null]", "{\"$gt\":\"\"}"});
            case 3 -> quote("z".repeat(random.nextInt(100, 70_000)));
            case 4 -> "[" + "1,".repeat(random.nextInt(1, 5000)) + "1]";
            case 5 -> quote(randomUnicode(random.nextInt(1, 300)));
            default -> "\"" + pick(SEGMENTS) + "\"";
        };
    }

    private String malformed(String json) {
        return switch (random.nextInt(9)) {
            case 0 -> json.substring(0, random.nextInt(0, Math.max(1, json.length())));
            case 1 -> json + pick(new String[] {"}", "]", ",", "garbage", "{}", "\u0000"});
            case 2 -> json.replace('"', '\'');
            case 3 -> "\ufeff" + json;
            case 4 -> json.replaceFirst("\\{", "{/* comment */");
            case 5 -> json.replaceFirst("\\{", "{\"name\":1,\"name\":2,");
            case 6 -> json.replace(":", "::");
            case 7 -> json.replaceFirst("\"", "\"\\uZZZZ");
            default -> {
                char[] chars = json.toCharArray();
                chars[random.nextInt(chars.length)] = (char) random.nextInt(0, 0x80);
                yield new String(chars);
            }
        };
    }

    private String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append(quote(name)).append(':')
                .append(value));
        return json.append('}').toString();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private String randomUnicode(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int codePoint = random.nextInt(0, 0x2FFFF);
            if (Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint)) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    private String randomToken(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }

    private String flip(String text) {
        char[] chars = text.toCharArray();
        int at = random.nextInt(chars.length);
        chars[at] = chars[at] == 'A' ? 'B' : 'A';
        return new String(chars);
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
