package com.collectiq.testsupport.eras;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The card facts the renderer prints, parsed from the bundled {@code catalog/cards.tsv} and
 * {@code catalog/sets.tsv}. Deliberately its own small parser: the renderer shares no code with the
 * reader it is used to test.
 */
public final class EraCatalog {

    private final List<PrintedCard> cards;

    private EraCatalog(List<PrintedCard> cards) {
        this.cards = cards;
    }

    /** The bundled data, parsed once per call (cheap: about 4 000 lines). */
    public static EraCatalog bundled() {
        Map<String, PrintedSet> sets = new LinkedHashMap<>();
        rows("/catalog/sets.tsv", cells -> sets.put(cells[0], new PrintedSet(cells[0], cells[1], cells[2],
                number(cells[3]), number(cells[4]), cells[5], cells[6])));
        List<PrintedCard> cards = new ArrayList<>();
        rows("/catalog/cards.tsv", cells -> cards.add(new PrintedCard(cells[0] + "-" + cells[1],
                sets.get(cells[0]), cells[1], cells[2], cells[3],
                cells[4].isEmpty() ? List.of() : Arrays.asList(cells[4].split(",")),
                cells[5].isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(cells[5])),
                cells[6], cells[7])));
        return new EraCatalog(List.copyOf(cards));
    }

    public List<PrintedCard> cards() {
        return cards;
    }

    public List<PrintedCard> cardsOf(Era era) {
        return cards.stream().filter(card -> card.era() == era).toList();
    }

    public Optional<PrintedCard> card(String catalogId) {
        return cards.stream().filter(card -> card.catalogId().equals(catalogId)).findFirst();
    }

    /** The ids of the sets that have cards in the data, in the data's order. */
    public List<String> bundledSetIds() {
        return cards.stream().map(card -> card.set().id()).distinct().toList();
    }

    /** A number cell; 0 where the source lacks the value (only sets without bundled cards do). */
    private static int number(String cell) {
        return cell.isEmpty() ? 0 : Integer.parseInt(cell);
    }

    private static void rows(String resource, Consumer<String[]> row) {
        try (InputStream in = EraCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                row.accept(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
