package com.collectiq.testsupport.eras;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Deterministic samples of badly taken photos: the same seed gives the same cases, in the same order. */
public final class PhotoSampler {

    private PhotoSampler() {
    }

    /** perEra cases of every era, eras in order, each a random card of that era in a {@link Scene#random} scene. */
    public static List<PhotoCase> perEra(EraCatalog catalog, long seed, int perEra) {
        List<PhotoCase> cases = new ArrayList<>();
        for (Era era : Era.values()) {
            cases.addAll(from(catalog.cardsOf(era), catalog, seed * 1_000_003L + era.ordinal(), perEra));
        }
        return cases;
    }

    /** count cases drawn from the given cards (with replacement when there are fewer than count). */
    public static List<PhotoCase> from(List<PrintedCard> cards, EraCatalog catalog, long seed, int count) {
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("no cards to sample from");
        }
        Random random = new Random(seed);
        List<PrintedCard> pool = new ArrayList<>(cards);
        List<PhotoCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (pool.isEmpty()) {
                pool.addAll(cards);
            }
            PrintedCard card = pool.remove(random.nextInt(pool.size()));
            Scene scene = Scene.random(random.nextLong());
            Optional<PrintedCard> neighbour = scene.secondCard()
                    ? Optional.of(catalog.cards().get(random.nextInt(catalog.cards().size())))
                    : Optional.empty();
            cases.add(new PhotoCase(card, Finish.of(card), scene, neighbour));
        }
        return cases;
    }
}
