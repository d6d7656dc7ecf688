package com.collectiq.identification;

import java.util.List;
import java.util.Map;

import com.collectiq.card.Identity.Evidence;

/**
 * Every field read off the card's text, before the catalog is consulted. Absent fields are null
 * (or empty); {@code evidence} holds each read field's value, confidence and why.
 *
 * @param names catalog names the printed name may be, best first
 * @param printedName the name as printed where no catalog name says it (see {@link FieldReader}), or null
 * @param copyrightYear the latest year of the copyright line: the card was printed then or later
 * @param levelBesideName whether a level is printed after the name ({@code Haunter LV.46}): Diamond &amp; Pearl and Platinum only
 */
record CardReading(
        List<NameMatch> names,
        String printedName,
        CardNumber number,
        Integer hp,
        String stage,
        String supertype,
        String setCode,
        String regulationMark,
        String illustrator,
        Integer copyrightYear,
        boolean levelBesideName,
        boolean firstEdition,
        boolean shadowless,
        boolean promo,
        Map<String, Evidence> evidence) {

    CardReading {
        names = List.copyOf(names);
        evidence = Map.copyOf(evidence);
    }

    NameMatch bestName() {
        return names.isEmpty() ? null : names.get(0);
    }

    double confidenceOf(String field) {
        Evidence read = evidence.get(field);
        return read == null ? 0 : read.confidence();
    }
}
