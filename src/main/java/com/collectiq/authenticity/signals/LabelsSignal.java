package com.collectiq.authenticity.signals;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.collectiq.authenticity.AuthenticityRequest;
import com.collectiq.authenticity.AuthenticitySignal;
import com.collectiq.authenticity.SignalNames;
import com.collectiq.authenticity.SignalReading;
import com.collectiq.extraction.Extraction.Label;

/**
 * What the image labels (Rekognition DetectLabels in {@code aws}) say the photo shows: a screen, a
 * printout or a photo of a photo suggests someone is passing off a picture of a card. Local
 * extraction gives no labels, so there the signal is unavailable.
 */
@Component
@Order(6)
class LabelsSignal implements AuthenticitySignal {

    /** Rekognition label names (lower case) that mean the card is shown, not present. */
    private static final Set<String> SCREEN = Set.of("screen", "monitor", "display", "lcd screen", "computer hardware",
            "electronics", "computer", "laptop", "tablet computer", "mobile phone", "phone", "cell phone", "tv",
            "television");
    private static final Set<String> PRINTOUT = Set.of("printer", "printout", "poster", "flyer", "brochure");
    private static final Set<String> PHOTO_OF_PHOTO = Set.of("photo frame", "polaroid", "photograph");
    /** Labels below this confidence are noise. */
    private static final double CONFIDENT = 0.5;
    private static final double NOTHING_SUSPICIOUS = 0.9;

    @Override
    public String name() {
        return SignalNames.LABELS;
    }

    @Override
    public SignalReading read(AuthenticityRequest request) {
        List<Label> labels = request.extraction().labels();
        if (labels.isEmpty()) {
            return SignalReading.unavailable("no image labels (the local extraction gives none)");
        }
        Optional<Label> suspicious = labels.stream()
                .filter(label -> label.confidence() >= CONFIDENT && kind(label).isPresent())
                .max(Comparator.comparingDouble(Label::confidence));
        return suspicious.map(label -> SignalReading.of(1 - label.confidence(), String.format(Locale.ROOT,
                        "labelled '%s' (%.0f%%): looks like %s", label.name(), label.confidence() * 100, kind(label).get())))
                .orElseGet(() -> SignalReading.of(NOTHING_SUSPICIOUS,
                        "no label suggests a screen, a printout or a photo of a photo"));
    }

    private static Optional<String> kind(Label label) {
        String name = label.name().toLowerCase(Locale.ROOT);
        if (SCREEN.contains(name)) {
            return Optional.of("a photo of a screen");
        }
        if (PRINTOUT.contains(name)) {
            return Optional.of("a printout");
        }
        return PHOTO_OF_PHOTO.contains(name) ? Optional.of("a photo of a photo") : Optional.empty();
    }
}
