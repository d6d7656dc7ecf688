package com.collectiq.identification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.collectiq.extraction.Extraction;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What {@link LocalReadingProbe} read off each photo of a sample (the text and the visual hints, or
 * that the photo checks refused it), kept in a file of JSON lines so a change to identification alone
 * is measured again in seconds, on the same readings, without drawing and reading the photos. The file
 * is named by the sample (seed and photos per era); a change to the reading needs a fresh directory.
 */
final class ReadingCache {

    /** The reading of the sample's photo at {@code index}; {@code extraction} is null when the photo checks refused it. */
    record Reading(int index, String catalogId, Extraction extraction, VisualHints visual) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private final Map<Integer, Reading> readings;

    private ReadingCache(Path file, Map<Integer, Reading> readings) {
        this.file = file;
        this.readings = readings;
    }

    /** The readings kept in {@code directory} for this sample, none yet if it was never read. */
    static ReadingCache of(Path directory, long seed, int perEra) {
        Path file = directory.resolve("readings-" + seed + "-" + perEra + ".jsonl");
        Map<Integer, Reading> kept = new HashMap<>();
        try {
            Files.createDirectories(directory);
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    Reading reading = JSON.readValue(line, Reading.class);
                    kept.put(reading.index(), reading);
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return new ReadingCache(file, kept);
    }

    /** The reading of the sample's photo at {@code index}, when it was read before. */
    Optional<Reading> get(int index, String catalogId) {
        Optional<Reading> kept = Optional.ofNullable(readings.get(index));
        if (kept.isPresent() && !kept.get().catalogId().equals(catalogId)) {
            throw new IllegalStateException(file + " holds another sample: " + kept.get().catalogId() + " at " + index);
        }
        return kept;
    }

    /** Keeps the reading of a photo of the sample. */
    void add(Reading reading) {
        try {
            Files.writeString(file, JSON.writeValueAsString(reading) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            readings.put(reading.index(), reading);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }
}
