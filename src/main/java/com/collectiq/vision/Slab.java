package com.collectiq.vision;

/**
 * What may be a graded card's slab: the card inside the case, and the band of the case that holds
 * its label. Vision alone cannot be sure (a raw card's own frames can look like a card in a case),
 * so the pipeline reads the label, and only a label read as a grader's makes the photo a slab.
 *
 * @param card the card inside the case, in the upright full-size photo
 * @param label the label's band, in the upright full-size photo
 */
public record Slab(CardOutline card, SlabLabel label) {

    Slab scaled(double factor) {
        return new Slab(card.scaled(factor), label.scaled(factor));
    }
}
