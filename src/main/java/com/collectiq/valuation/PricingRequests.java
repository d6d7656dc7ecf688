package com.collectiq.valuation;

import java.util.List;
import java.util.Map;

import com.collectiq.card.Grading;
import com.collectiq.card.Hints;
import com.collectiq.card.Identity;
import com.collectiq.card.PriceHistoryEntry;
import com.collectiq.identification.Identification;
import com.collectiq.identification.catalog.PriceBlocks;
import com.collectiq.pricing.PricingRequest;
import com.collectiq.vision.ConditionEstimate;

/**
 * What the pricing agent is asked, from what the earlier stages found: the identity, the owner's
 * hints, the photo's condition estimate on the raw scale, the card's history, and the price blocks
 * identification's catalog search already returned (so the source need not fetch the card again).
 */
public final class PricingRequests {

    /** The Pokémon TCG price source's name, under which identification's blocks are handed over. */
    static final String POKEMON_TCG = "pokemontcg";

    private PricingRequests() {
    }

    static PricingRequest of(Identification identification, Hints hints, ConditionEstimate condition,
            List<PriceHistoryEntry> history) {
        PriceBlocks blocks = identification.prices();
        Map<String, String> prefetched = blocks == null || blocks.isEmpty() ? Map.of()
                : Map.of(POKEMON_TCG, cardObject(blocks));
        return new PricingRequest(identification.identity(), gradedAs(hints, identification.identity().grading()),
                rawScale(condition), history, prefetched);
    }

    /**
     * A reprice's request: the stored identity, hints and the condition estimate its valuation run
     * recorded; nothing prefetched, so the sources (and their price cache) answer.
     */
    public static PricingRequest forReprice(Identity identity, Hints hints, String conditionEstimate,
            List<PriceHistoryEntry> history) {
        return new PricingRequest(identity, gradedAs(hints, identity.grading()), conditionEstimate, history, Map.of());
    }

    /**
     * The hints pricing goes by: a slab's grading (its label's, or the owner's where given) prices the
     * card at its grader and grade.
     */
    private static Hints gradedAs(Hints hints, Grading grading) {
        if (grading == null) {
            return hints;
        }
        Hints given = hints == null ? Hints.NONE : hints;
        return new Hints(given.name(), given.set(), given.number(), given.condition(), grading.grader(), grading.grade(),
                grading.certNumber(), given.catalogId());
    }

    /** The card object the API returns, holding just the price blocks the source reads. */
    private static String cardObject(PriceBlocks blocks) {
        StringBuilder card = new StringBuilder("{");
        if (blocks.tcgplayerJson() != null) {
            card.append("\"tcgplayer\":").append(blocks.tcgplayerJson());
        }
        if (blocks.cardmarketJson() != null) {
            card.append(card.length() > 1 ? "," : "").append("\"cardmarket\":").append(blocks.cardmarketJson());
        }
        return card.append('}').toString();
    }

    /**
     * The photo's condition band on the raw scale pricing uses. A photo cannot see the back or feel
     * the surface, so the mapping errs on the side of the better grade and pricing labels it an estimate.
     */
    static String rawScale(ConditionEstimate condition) {
        if (condition == null) {
            return null;
        }
        return switch (condition.band()) {
            case NEAR_MINT_OR_BETTER -> "NM";
            case EXCELLENT -> "LP";
            case VERY_GOOD -> "MP";
            case PLAYED -> "HP";
        };
    }
}
