package com.collectiq.narrative;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A model's answer held to the schema it was asked for and to the briefing:
 * <pre>
 * {"summary": string (1..1200 chars), "recommendation": string (1..400 chars),
 *  "fair": number equal to the valuation's fair value, or null when there is none,
 *  "currency": the valuation's currency}
 * </pre>
 * and every number in its words must be one the briefing contains: a model that invents a price,
 * or rounds one, is not used. Phrases the briefing must keep (the sample-data label) must be there.
 */
record ModelAnswer(String text, String rejection) {

    static final int MAX_SUMMARY = 1200;
    static final int MAX_RECOMMENDATION = 400;

    /** Digits with optional thousands separators and decimals: 1,234.50, 325.5, 4, 0.63. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    static ModelAnswer check(String answer, Briefing briefing, ObjectMapper json) {
        String body = answer == null ? "" : answer.strip();
        if (body.startsWith("```")) { // models fence JSON even when asked not to
            body = body.replaceFirst("^```(?:json)?\\s*", "").replaceFirst("\\s*```$", "");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException notJson) {
            return rejected("not JSON");
        }
        if (root == null || !root.isObject()) {
            return rejected("not a JSON object");
        }
        String summary = text(root, "summary", MAX_SUMMARY);
        String recommendation = text(root, "recommendation", MAX_RECOMMENDATION);
        if (summary == null || recommendation == null) {
            return rejected("summary and recommendation must be non-empty strings within their length");
        }
        BigDecimal fair = briefing.figures().get("fair");
        JsonNode modelFair = root.get("fair");
        boolean fairAgrees = fair == null ? modelFair == null || modelFair.isNull()
                : modelFair != null && modelFair.isNumber() && modelFair.decimalValue().compareTo(fair) == 0;
        if (!fairAgrees) {
            return rejected("its fair value " + (modelFair == null ? "(none)" : modelFair.asText())
                    + " is not the valuation's " + (fair == null ? "(none)" : fair.toPlainString()));
        }
        if (!briefing.currency().equals(root.path("currency").asText(null))) {
            return rejected("its currency is not " + briefing.currency());
        }
        String words = summary + " " + recommendation;
        Set<String> known = numbers(Stream.concat(Stream.of(briefing.subject()), briefing.facts().stream()));
        briefing.figures().values().forEach(figure -> known.add(canonical(figure)));
        for (String number : numbers(Stream.of(words))) {
            if (!known.contains(number)) {
                return rejected("its text quotes " + number + ", a number the valuation does not contain");
            }
        }
        for (String phrase : briefing.mustKeep()) {
            if (!words.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT))) {
                return rejected("its text leaves out \"" + phrase + "\"");
            }
        }
        return new ModelAnswer(summary + " " + recommendation, null);
    }

    boolean accepted() {
        return rejection == null;
    }

    private static ModelAnswer rejected(String why) {
        return new ModelAnswer(null, why);
    }

    private static String text(JsonNode root, String field, int max) {
        JsonNode value = root.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank() || value.asText().length() > max) {
            return null;
        }
        return value.asText().strip();
    }

    private static Set<String> numbers(Stream<String> texts) {
        Set<String> found = new LinkedHashSet<>();
        texts.forEach(text -> {
            Matcher matcher = NUMBER.matcher(text == null ? "" : text);
            while (matcher.find()) {
                found.add(canonical(new BigDecimal(matcher.group().replace(",", ""))));
            }
        });
        return found;
    }

    /** 325.5 and 325.50 are one number. */
    private static String canonical(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
