package com.collectiq.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The value of an {@code If-Match} or {@code If-None-Match} header (RFC 9110 §13.1.1–2): {@code *}
 * or a comma-separated list of entity tags, each {@code "opaque"} or weak {@code W/"opaque"}.
 * Compared with a resource's current tag the way each header asks: If-Match strongly (a weak tag
 * never matches, so a lost update cannot slip through on one), If-None-Match weakly.
 */
public record EntityTagList(boolean any, List<String> tags) {

    public EntityTagList {
        tags = List.copyOf(tags);
    }

    /** The header's list, or empty when the header is not one (each caller decides what that means). */
    public static Optional<EntityTagList> parse(String header) {
        String value = header.strip();
        if (value.equals("*")) {
            return Optional.of(new EntityTagList(true, List.of()));
        }
        List<String> tags = new ArrayList<>();
        int at = 0;
        while (at < value.length()) {
            int start = at;
            if (value.startsWith("W/", at)) {
                at += 2;
            }
            int close = at < value.length() && value.charAt(at) == '"' ? value.indexOf('"', at + 1) : -1;
            if (close < 0) {
                return Optional.empty();
            }
            tags.add(value.substring(start, close + 1));
            at = afterSeparator(value, close + 1);
            if (at < 0) {
                return Optional.empty();
            }
        }
        return tags.isEmpty() ? Optional.empty() : Optional.of(new EntityTagList(false, tags));
    }

    /** If-Match: the current tag is one of the list, both strong. */
    public boolean matchesStrongly(String current) {
        return any || !isWeak(current) && tags.stream().anyMatch(tag -> !isWeak(tag) && tag.equals(current));
    }

    /** If-None-Match: the current tag is one of the list, weakness ignored. */
    public boolean matchesWeakly(String current) {
        return any || tags.stream().anyMatch(tag -> opaque(tag).equals(opaque(current)));
    }

    /** Where the next tag starts after the blanks and commas that follow one, or -1 for anything else. */
    private static int afterSeparator(String value, int from) {
        int at = from;
        boolean comma = false;
        while (at < value.length() && " \t,".indexOf(value.charAt(at)) >= 0) {
            comma |= value.charAt(at) == ',';
            at++;
        }
        return at == value.length() || comma ? at : -1;
    }

    private static boolean isWeak(String tag) {
        return tag.startsWith("W/");
    }

    private static String opaque(String tag) {
        return isWeak(tag) ? tag.substring(2) : tag;
    }
}
