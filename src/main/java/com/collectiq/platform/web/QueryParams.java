package com.collectiq.platform.web;

/** Query parameters every list route reads the same way. */
public final class QueryParams {

    private QueryParams() {
    }

    /** {@code limit} as a whole number from 1 to {@code max}; {@code fallback} when absent; 400 otherwise. */
    public static int limit(String text, int fallback, int max) {
        if (text == null) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, like any other out-of-range value
        }
        throw ApiProblem.badRequest("limit is a whole number from 1 to " + max + ".");
    }
}
