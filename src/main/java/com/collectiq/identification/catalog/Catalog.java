package com.collectiq.identification.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bundled catalog: every English set and the cards of the sets bundled with the service
 * ({@code classpath:catalog/}, derived by {@code tools/derive-catalog.py}; see its README for the
 * source and licence). Immutable once loaded, so one instance serves every thread.
 */
public final class Catalog {

    private static final DateTimeFormatter RELEASE_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final Map<String, CatalogSet> setsById;
    private final List<CatalogCard> cards;
    private final Map<String, CatalogCard> cardsById;
    private final List<String> names;

    public Catalog(Collection<CatalogSet> sets, Collection<CatalogCard> cards) {
        this.setsById = sets.stream().collect(Collectors.toUnmodifiableMap(CatalogSet::id, Function.identity()));
        this.cards = List.copyOf(cards);
        this.cardsById = cards.stream().collect(Collectors.toUnmodifiableMap(CatalogCard::id, Function.identity()));
        this.names = cards.stream().map(CatalogCard::name).distinct().sorted().toList();
    }

    /** The catalog bundled with the service. */
    public static Catalog bundled() {
        List<CatalogSet> sets = rows("catalog/sets.tsv").stream().map(Catalog::set).toList();
        List<CatalogCard> cards = rows("catalog/cards.tsv").stream().map(Catalog::card).toList();
        return new Catalog(sets, cards);
    }

    public Collection<CatalogSet> sets() {
        return setsById.values();
    }

    public Optional<CatalogSet> set(String id) {
        return Optional.ofNullable(setsById.get(id));
    }

    public List<CatalogCard> cards() {
        return cards;
    }

    public Optional<CatalogCard> card(String id) {
        return Optional.ofNullable(cardsById.get(id));
    }

    /** Every distinct card name, the lexicon names are read against. */
    public List<String> names() {
        return names;
    }

    /** The set a card belongs to; bundled cards always have one. */
    public CatalogSet setOf(CatalogCard card) {
        return setsById.get(card.setId());
    }

    public List<CatalogSet> setsWithCode(String code) {
        String wanted = code.toUpperCase(Locale.ROOT);
        return setsById.values().stream().filter(s -> wanted.equals(s.ptcgoCode())).toList();
    }

    /**
     * Every Pokémon's English name ({@code classpath:catalog/pokemon.txt}), whether or not a bundled
     * card bears it: a card of a set that is not bundled is of one of them.
     */
    public static List<String> pokemonNames() {
        return lines("catalog/pokemon.txt");
    }

    private static List<Map<String, String>> rows(String resource) {
        List<String> lines = lines(resource);
        String[] columns = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++) {
                row.put(columns[i], cells[i].isEmpty() ? null : cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    /** A bundled resource's lines, without its comments and blank lines. */
    private static List<String> lines(String resource) {
        try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled catalog resource missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static CatalogSet set(Map<String, String> row) {
        return new CatalogSet(row.get("id"), row.get("name"), row.get("series"), integer(row.get("printedTotal")),
                Integer.parseInt(row.get("total")), row.get("ptcgoCode"),
                LocalDate.parse(row.get("releaseDate"), RELEASE_DATE));
    }

    private static CatalogCard card(Map<String, String> row) {
        String subtypes = row.get("subtypes");
        return new CatalogCard(row.get("set"), row.get("number"), row.get("name"), row.get("supertype"),
                subtypes == null ? List.of() : Arrays.asList(subtypes.split(",")), integer(row.get("hp")),
                row.get("rarity"), row.get("artist"));
    }

    static Integer integer(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Parses the release dates both the bundled data and the online API write ({@code 1999/01/09}). */
    static LocalDate releaseDate(String text) {
        return text == null ? null : LocalDate.parse(text, RELEASE_DATE);
    }
}
