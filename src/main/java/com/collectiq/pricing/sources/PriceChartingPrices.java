package com.collectiq.pricing.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.collectiq.pricing.ConditionTarget;
import com.collectiq.pricing.PricePoint;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The prices of one PriceCharting product. PriceCharting reuses its video-game field names for
 * trading cards; its API documentation maps them to grades (docs/valuation.md lists them). Amounts
 * are integer pennies. Grades 7 to 9.5 are of any grader, so for a graded card they count under its
 * grader with less weight than a grader's own price; the normaliser sets aside what does not fit
 * the card (graded prices for a raw card, other grades for a graded one).
 */
record PriceChartingPrices(List<PricePoint> prices) {

    /** A PriceCharting field, the grade it prices (grader null: any grader) and its weight as evidence. */
    record Field(String name, String label, String grader, String grade, double reliability) {
    }

    /** From sales, as PriceCharting's guide is: a little below 1 because its condition mix is unknown. */
    static final double UNGRADED = 0.9;
    static final double GRADER_OWN = 0.9;
    /** "Grade 9" mixes graders whose slabs sell apart. */
    static final double ANY_GRADER = 0.6;

    static final List<Field> FIELDS = List.of(
            new Field("loose-price", "ungraded", null, null, UNGRADED),
            new Field("cib-price", "Grade 7", null, "7", ANY_GRADER),
            new Field("new-price", "Grade 8", null, "8", ANY_GRADER),
            new Field("graded-price", "Grade 9", null, "9", ANY_GRADER),
            new Field("box-only-price", "Grade 9.5", null, "9.5", ANY_GRADER),
            new Field("manual-only-price", "PSA 10", "PSA", "10", GRADER_OWN),
            new Field("bgs-10-price", "BGS 10", "BGS", "10", GRADER_OWN),
            new Field("condition-17-price", "CGC 10", "CGC", "10", GRADER_OWN),
            new Field("condition-18-price", "SGC 10", "SGC", "10", GRADER_OWN));

    static final String MARKET = "pricecharting";

    static PriceChartingPrices of(JsonNode product, LocalDate observedOn, ConditionTarget target) {
        List<PricePoint> prices = new ArrayList<>();
        for (Field field : FIELDS) {
            JsonNode pennies = product.path(field.name());
            // absent or 0 means PriceCharting has no sales to price it from
            if (!pennies.canConvertToLong() || pennies.asLong() <= 0) {
                continue;
            }
            BigDecimal amount = BigDecimal.valueOf(pennies.asLong(), 2);
            String description = "PriceCharting " + field.label() + (field.grade() != null && field.grader() == null
                    ? " (any grader)" : "");
            if (field.grade() == null) {
                prices.add(PricePoint.raw(MARKET, description, amount, "USD", observedOn, field.reliability()));
            } else {
                String grader = field.grader() != null ? field.grader() : target.graded() ? target.grader() : "any";
                prices.add(new PricePoint(MARKET, description, amount, "USD", observedOn, field.reliability(), grader,
                        field.grade()));
            }
        }
        return new PriceChartingPrices(List.copyOf(prices));
    }
}
