package com.collectiq.authenticity.signals;

import java.util.Locale;
import java.util.OptionalDouble;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.collectiq.authenticity.AuthenticityRequest;
import com.collectiq.authenticity.AuthenticitySignal;
import com.collectiq.authenticity.SignalNames;
import com.collectiq.authenticity.SignalReading;

/**
 * Is this a photo of a screen rather than of a card? From the pixels alone, so it works in both
 * modes: the moiré a display's pixel grid leaves ({@link ScreenPattern}), with glare — a screen's
 * glass reflects the room — as a lesser hint.
 */
@Component
@Order(5)
class ScreenPhotoSignal implements AuthenticitySignal {

    /** Peak ratios up to this are ordinary texture; from {@link #SCREEN} on, a screen's moiré. */
    static final double ORDINARY = 30;
    static final double SCREEN = 100;
    private static final double MOST_DOUBT = 0.95;
    /** Share of blown-out card pixels above which glare adds to the doubt. */
    private static final double GLARE = 0.05;
    private static final double GLARE_FACTOR = 0.8;

    @Override
    public String name() {
        return SignalNames.SCREEN_PHOTO;
    }

    @Override
    public SignalReading read(AuthenticityRequest request) {
        boolean noBytes = request.photo() == null || request.photo().length == 0;
        if (request.photoCentre().isEmpty() && noBytes) {
            return SignalReading.unavailable("no photo bytes to look at");
        }
        // the centre the analysis cut out spares decoding the photo again
        OptionalDouble measured = request.photoCentre().map(ScreenPattern::peakRatio)
                .orElseGet(() -> ScreenPattern.peakRatio(request.photo()));
        if (measured.isEmpty()) {
            return SignalReading.unavailable("the photo is too small to look for a screen's pattern");
        }
        double ratio = measured.getAsDouble();
        double moire = Math.max(0, Math.min(1, Math.log(ratio / ORDINARY) / Math.log(SCREEN / ORDINARY)));
        double value = 1 - MOST_DOUBT * moire;
        double glare = request.front().quality().glareShare();
        StringBuilder reason = new StringBuilder(moire > 0
                ? String.format(Locale.ROOT, "a regular interference pattern (moiré, peak %.0f× its surroundings): looks like a photo of a screen", ratio)
                : String.format(Locale.ROOT, "no screen moiré (peak %.0f× its surroundings)", ratio));
        if (glare > GLARE) {
            value *= GLARE_FACTOR;
            reason.append(String.format(Locale.ROOT, "; glare on %.0f%% of the card", glare * 100));
        }
        return SignalReading.of(value, reason.toString());
    }
}
