package com.collectiq.identification.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Pokémon TCG API answers under {@code src/test/resources/pokemontcg/}. */
public final class PokemonTcgFixtures {

    private PokemonTcgFixtures() {
    }

    public static String read(String name) {
        try (InputStream in = PokemonTcgFixtures.class.getResourceAsStream("/pokemontcg/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
