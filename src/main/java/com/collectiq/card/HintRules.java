package com.collectiq.card;

/**
 * Rules a card's hints must keep beyond their length and characters, checked on the merged hints
 * of {@code POST /cards} and {@code PATCH}: a grade the grader's scale has, a certificate number
 * of the grader's format. A refused hint changes nothing and the client is told why.
 */
public interface HintRules {

    /** @throws InvalidHintsException saying which hint is wrong and what it should be */
    void check(Hints hints);

    /** A hint that breaks a rule; its message is for the client. */
    class InvalidHintsException extends RuntimeException {

        public InvalidHintsException(String message) {
            super(message);
        }
    }
}
