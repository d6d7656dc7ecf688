package com.collectiq.identification.catalog;

import java.util.List;

/**
 * What asking the online catalog came to. Anything but {@link Outcome#ANSWERED} means "use the
 * offline result"; {@code detail} says why, for the evidence and the logs.
 */
public record OnlineAnswer(Outcome outcome, List<OnlineCard> cards, String detail) {

    public enum Outcome { ANSWERED, OFFLINE, RATE_LIMITED, UNAVAILABLE, MALFORMED }

    public OnlineAnswer {
        cards = List.copyOf(cards);
    }

    public static OnlineAnswer answered(List<OnlineCard> cards, String detail) {
        return new OnlineAnswer(Outcome.ANSWERED, cards, detail);
    }

    public static OnlineAnswer notAnswered(Outcome outcome, String detail) {
        return new OnlineAnswer(outcome, List.of(), detail);
    }
}
