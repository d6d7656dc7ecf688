package com.collectiq.valuehistory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.collectiq.card.CardDependents;

/**
 * The value history's port: one snapshot per owner and day, H2 in {@code local}, the single DynamoDB
 * table in {@code aws}; both held to one contract suite. Snapshots go with their owner.
 */
public interface ValueSnapshotStore extends CardDependents {

    /** Writes the owner's snapshot of its day, replacing the one recorded earlier that day. */
    void put(ValueSnapshot snapshot);

    Optional<ValueSnapshot> get(String owner, LocalDate day);

    /** The owner's snapshots from {@code from} to {@code to} (both included), oldest first. */
    List<ValueSnapshot> between(String owner, LocalDate from, LocalDate to);
}
