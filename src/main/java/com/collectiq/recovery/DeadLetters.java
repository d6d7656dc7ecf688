package com.collectiq.recovery;

import java.util.List;
import java.util.Optional;

/**
 * The dead-letter store: a table in {@code local} mode, the SQS dead-letter queue in {@code aws}
 * (which SQS's redrive policy also writes to). Letters stay until an operator re-drives them.
 */
public interface DeadLetters {

    /** Keeps the letter; adding one with an id already kept changes nothing. */
    void add(DeadLetter letter);

    /** Up to {@code limit} letters, oldest first. */
    List<DeadLetter> list(int limit);

    /** The letter, ready to be removed with {@link #remove(DeadLetter)}. */
    Optional<DeadLetter> find(String id);

    /** Forgets a letter found or listed before; a letter already gone is ignored. */
    void remove(DeadLetter letter);
}
