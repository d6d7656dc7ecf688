package com.collectiq.testsupport.spreads;

/**
 * One photo of several cards to take. Cheap to hold; {@link #render()} does the drawing, deterministic
 * from the seed, so a long sample need not keep its JPEGs.
 *
 * @param cards for a table, the cards meant to be found (a scatter may fit fewer); unused for a binder page
 */
public record SpreadCase(SpreadKind kind, long seed, int cards) {

    public SpreadPhoto render() {
        return switch (kind) {
            case BINDER_2X2 -> BinderPage.render(seed, 2, 2, false);
            case BINDER_3X3 -> BinderPage.render(seed, 3, 3, false);
            case TABLE -> TableSpread.render(seed, cards);
        };
    }
}
