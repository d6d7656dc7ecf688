package com.collectiq.authenticity.signals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.collectiq.authenticity.AuthenticityRequest;
import com.collectiq.authenticity.AuthenticitySignal;
import com.collectiq.authenticity.CatalogFacts;
import com.collectiq.authenticity.SignalNames;
import com.collectiq.authenticity.SignalReading;
import com.collectiq.vision.BorderColour;
import com.collectiq.vision.BorderMeasurement;
import com.collectiq.vision.VisualFeatures;

/**
 * Is the card printed like a genuine one of its era? Border colour (yellow until Scarlet &amp;
 * Violet, silver since), border width, how saturated the border ink is (reprints fade it), a holo
 * finish where the variant has one, and sharpness: fakes are often blurry reprints of scans.
 */
@Component
@Order(3)
class PrintAndFinishSignal implements AuthenticitySignal {

    /** Scarlet &amp; Violet (March 2023) moved English cards from yellow to silver borders. */
    static final LocalDate SILVER_BORDER_ERA = LocalDate.of(2023, 3, 1);
    private static final Set<BorderColour> YELLOW_FAMILY = Set.of(BorderColour.YELLOW, BorderColour.GOLD);
    private static final Set<BorderColour> SILVER_FAMILY = Set.of(BorderColour.SILVER, BorderColour.WHITE);
    /** Genuine borders are about 3 mm; these bounds allow for measurement and centering. */
    private static final double MIN_BORDER_MM = 2.0;
    private static final double MAX_BORDER_MM = 4.5;
    /** Below this the yellow border's ink is washed out (the genuine yellow is about 0.75). */
    private static final double MIN_YELLOW_SATURATION = 0.45;
    /** Sharpness (variance of the Laplacian, docs/vision.md): below 40 blurry, from 120 sharp. */
    private static final double BLURRY = 40;
    private static final double SHARP = 120;
    private static final double NO_SHIMMER = 0.15;
    private static final double STRONG_SHIMMER = 0.8;

    @Override
    public String name() {
        return SignalNames.PRINT_AND_FINISH;
    }

    @Override
    public SignalReading read(AuthenticityRequest request) {
        VisualFeatures front = request.front();
        if (front.outline().isEmpty() || front.borderColour().isEmpty()) {
            return SignalReading.unavailable("no card outline: the print cannot be measured");
        }
        LocalDate released = request.facts().map(CatalogFacts::releaseDate).orElse(null);
        BorderColour colour = front.borderColour().get();
        List<Finding> findings = new ArrayList<>();
        findings.add(borderColour(colour, released));
        if (YELLOW_FAMILY.contains(colour)) {
            front.borderRgb().map(PrintAndFinishSignal::saturation).map(PrintAndFinishSignal::yellowInk)
                    .ifPresent(findings::add);
        }
        front.borders().map(PrintAndFinishSignal::borderWidth).ifPresent(findings::add);
        foil(front.foil().score(), request.identity().variant()).ifPresent(findings::add);
        findings.add(sharpness(front.quality().sharpness()));
        return Finding.combine(findings, "nothing of the print could be measured");
    }

    private static Finding borderColour(BorderColour colour, LocalDate released) {
        String name = colour.name().toLowerCase(Locale.ROOT);
        if (!YELLOW_FAMILY.contains(colour) && !SILVER_FAMILY.contains(colour)) {
            return Finding.tellTale(0.05, "a " + name + " border, which genuine cards do not have");
        }
        if (released == null) {
            return Finding.weighed(1, 2, "a " + name + " border, as genuine cards have");
        }
        Set<BorderColour> expected = released.isBefore(SILVER_BORDER_ERA) ? YELLOW_FAMILY : SILVER_FAMILY;
        return expected.contains(colour) ? Finding.weighed(1, 2, "a " + name + " border, right for " + released.getYear())
                : Finding.weighed(0.4, 2, "a " + name + " border on a card of " + released.getYear());
    }

    private static Finding yellowInk(double saturation) {
        return saturation >= MIN_YELLOW_SATURATION ? Finding.ok("border ink saturated")
                : Finding.weighed(0.3, 1, String.format(Locale.ROOT, "border ink washed out (saturation %.2f)", saturation));
    }

    private static Finding borderWidth(BorderMeasurement borders) {
        double mean = (borders.leftMm() + borders.rightMm() + borders.topMm() + borders.bottomMm()) / 4;
        return mean >= MIN_BORDER_MM && mean <= MAX_BORDER_MM
                ? Finding.ok(String.format(Locale.ROOT, "borders %.1f mm wide", mean))
                : Finding.weighed(0.3, 2, String.format(Locale.ROOT, "borders %.1f mm wide, genuine cards print about 3 mm", mean));
    }

    private static Optional<Finding> foil(double score, String variant) {
        if (variant == null) {
            return Optional.empty();
        }
        boolean holoVariant = variant.toLowerCase(Locale.ROOT).contains("holo");
        if (holoVariant && score < NO_SHIMMER) {
            // a flat, evenly lit photo can hide a holo: doubtful, not damning
            return Optional.of(Finding.weighed(0.5, 1, "no holo shimmer on a " + variant + " card"));
        }
        if (!holoVariant && score > STRONG_SHIMMER) {
            return Optional.of(Finding.weighed(0.5, 1, "a holo-like shimmer on a " + variant + " card"));
        }
        return Optional.of(Finding.ok("finish fits the " + variant + " variant"));
    }

    private static Finding sharpness(double sharpness) {
        double value = Math.max(0, Math.min(1, (sharpness - BLURRY) / (SHARP - BLURRY)));
        String note = String.format(Locale.ROOT, "sharpness %.0f", sharpness);
        // weighs most of the print checks: a blurry reprint of a scan is the commonest cheap fake
        return value >= 1 ? Finding.weighed(1, 3, note + ", crisp print")
                : Finding.weighed(value, 3, note + " (blurry: reprints of scans often are)");
    }

    static double saturation(String hexRgb) {
        int rgb = Integer.parseInt(hexRgb.substring(1), 16);
        int max = Math.max(rgb >> 16 & 0xFF, Math.max(rgb >> 8 & 0xFF, rgb & 0xFF));
        int min = Math.min(rgb >> 16 & 0xFF, Math.min(rgb >> 8 & 0xFF, rgb & 0xFF));
        return max == 0 ? 0 : (max - min) / (double) max;
    }
}
