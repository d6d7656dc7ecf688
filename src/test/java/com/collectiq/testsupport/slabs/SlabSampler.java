package com.collectiq.testsupport.slabs;

import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.Finish;
import com.collectiq.testsupport.eras.PrintedCard;
import com.collectiq.testsupport.eras.Scene;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Deterministic samples of slab photos: the same seed gives the same cases in the same order. The
 * graders take turns; within every 60 cases each grader's ten slabs hold one label of each rare kind
 * it issues (an authentic-only or altered label, PSA's qualified grade, Beckett's black label), so a
 * short sample still meets them all; the other labels follow each grader's grade mix.
 */
public final class SlabSampler {

    private static final int BLOCK = 60;
    /** Most slabbed cards are the valuable ones: holos and full arts. */
    private static final double SHINY_SHARE = 0.7;

    private SlabSampler() {
    }

    public static List<SlabCase> sample(EraCatalog catalog, long seed, int count) {
        Random random = new Random(seed);
        List<PrintedCard> shiny = catalog.cards().stream().filter(card -> Finish.of(card) != Finish.NORMAL).toList();
        List<SlabCase> cases = new ArrayList<>();
        List<List<LabelSampler.Kind>> kinds = List.of();
        Grader[] graders = Grader.values();
        for (int i = 0; i < count; i++) {
            if (i % BLOCK == 0) {
                kinds = kindsOfBlock(i / BLOCK, random);
            }
            Grader grader = graders[i % graders.length];
            LabelSampler.Kind kind = kinds.get(grader.ordinal()).get((i % BLOCK) / graders.length);
            List<PrintedCard> pool = random.nextDouble() < SHINY_SHARE ? shiny : catalog.cards();
            PrintedCard card = pool.get(random.nextInt(pool.size()));
            Finish finish = Finish.of(card);
            Scene scene = slabScene(random.nextLong());
            Optional<PrintedCard> neighbour = scene.secondCard()
                    ? Optional.of(catalog.cards().get(random.nextInt(catalog.cards().size())))
                    : Optional.empty();
            SlabLabel label = LabelSampler.label(grader, card, finish, kind, new Random(random.nextLong()));
            cases.add(new SlabCase(label, card, finish, scene, neighbour));
        }
        return cases;
    }

    /**
     * {@link Scene#random} for a slab: the same frames, turns, perspective, surfaces, light, noise and
     * EXIF tags, but no sleeve, and no card-gloss glare spots: the slab's own {@link Glare} replaces them.
     */
    public static Scene slabScene(long seed) {
        Scene card = Scene.random(seed);
        return new Scene(card.seed(), card.frameWidth(), card.frameHeight(), card.fill(), card.rollDegrees(),
                card.tiltDegrees(), card.tiltAxisDegrees(), card.centreX(), card.centreY(), card.background(), 0, false,
                card.light(), card.noise(), card.secondCard(), card.exifOrientation(), card.jpegQuality());
    }

    /** For each grader, the kinds of its ten slabs in a block: the rare ones at random places, the rest ANY. */
    private static List<List<LabelSampler.Kind>> kindsOfBlock(int block, Random random) {
        List<List<LabelSampler.Kind>> kinds = new ArrayList<>();
        for (Grader grader : Grader.values()) {
            LabelSampler.Kind[] slots = new LabelSampler.Kind[BLOCK / Grader.values().length];
            Arrays.fill(slots, LabelSampler.Kind.ANY);
            List<LabelSampler.Kind> rare = new ArrayList<>();
            if (grader != Grader.TAG && grader != Grader.ACE) {
                rare.add((block + grader.ordinal()) % 2 == 0 ? LabelSampler.Kind.AUTHENTIC : LabelSampler.Kind.ALTERED);
            }
            if (grader == Grader.PSA) {
                rare.add(LabelSampler.Kind.PSA_QUALIFIER);
            }
            if (grader == Grader.BGS) {
                rare.add(LabelSampler.Kind.BLACK_LABEL);
            }
            for (int i = 0; i < rare.size(); i++) {
                slots[i] = rare.get(i);
            }
            List<LabelSampler.Kind> shuffled = new ArrayList<>(Arrays.asList(slots));
            Collections.shuffle(shuffled, random);
            kinds.add(shuffled);
        }
        return kinds;
    }
}
