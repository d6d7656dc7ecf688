package com.collectiq.testsupport.spreads;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Rendered photos of several cards (issue 30): binder pages and table spreads, drawn with the era
 * renderer's card faces and photographing conditions at up to 12 MP.
 */
public final class Spreads {

    private Spreads() {
    }

    /**
     * A binder page with a card in every pocket, all upright, in good light at a good JPEG quality:
     * for an end-to-end test ("a nine-card page makes nine valued cards").
     */
    public static SpreadPhoto binderPage(long seed, int rows, int cols) {
        if (rows < 1 || cols < 1 || rows > 3 || cols > 3) {
            throw new IllegalArgumentException("a binder page has 1 to 3 rows and columns, not " + rows + " x " + cols);
        }
        return BinderPage.render(seed, rows, cols, true);
    }

    /**
     * count photos for the accuracy runs, the same for the same seed: about a third 3 × 3 pages, a
     * sixth 2 × 2 pages (empty pockets, a card upside down now and then), half table spreads of 2 to 12
     * cards (in rows or scattered, touching or not, with cards cut by the edge or partly covered).
     */
    public static List<SpreadCase> sample(long seed, int count) {
        Random random = new Random(seed);
        List<SpreadCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double pick = random.nextDouble();
            SpreadKind kind = pick < 1 / 3.0 ? SpreadKind.BINDER_3X3 : pick < 0.5 ? SpreadKind.BINDER_2X2 : SpreadKind.TABLE;
            cases.add(new SpreadCase(kind, random.nextLong(), 2 + random.nextInt(11)));
        }
        return cases;
    }
}
