package com.collectiq.vision;

import java.util.List;

/** Finds every card in a photo that shows several: a binder page or a spread on a table. */
final class CardLayoutFinder {

    List<FoundCard> find(RgbImage photo, int subsampling) {
        return List.of();
    }
}
