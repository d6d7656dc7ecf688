package com.collectiq.authenticity.signals;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

import com.collectiq.authenticity.SignalReading;

/**
 * One observation inside a signal: how genuine it looks (0..1), how much it counts, and a note.
 * A {@code tellTale} is the kind of thing fakes get wrong and genuine cards never do (a misspelled
 * name, an HP no card has); one that is clearly wrong caps its signal at {@link #TELL_TALE_CAP}, and
 * each further one halves that cap.
 */
record Finding(double value, double weight, boolean tellTale, String note) {

    /** Where a signal with a clear tell-tale ends at most, however well everything else reads. */
    static final double TELL_TALE_CAP = 0.25;
    private static final double CLEARLY_WRONG = 0.2;

    static Finding ok(String note) {
        return new Finding(1, 1, false, note);
    }

    static Finding weighed(double value, double weight, String note) {
        return new Finding(value, weight, false, note);
    }

    static Finding tellTale(double value, String note) {
        return new Finding(value, 3, true, note);
    }

    /**
     * The weighted mean of the findings, capped by a clear tell-tale; the reason names the worst
     * finding and how many others were fine.
     */
    static SignalReading combine(Collection<Finding> findings, String whenNone) {
        if (findings.isEmpty()) {
            return SignalReading.unavailable(whenNone);
        }
        double weight = findings.stream().mapToDouble(Finding::weight).sum();
        double mean = findings.stream().mapToDouble(finding -> finding.value() * finding.weight()).sum() / weight;
        long clearTellTales = findings.stream().filter(f -> f.tellTale() && f.value() <= CLEARLY_WRONG).count();
        // each further clear tell-tale halves the cap: two independent mistakes are worse than one
        double value = clearTellTales == 0 ? mean : Math.min(mean, TELL_TALE_CAP / Math.pow(2, clearTellTales - 1));
        Finding worst = findings.stream().min(Comparator.comparingDouble(Finding::value)).orElseThrow();
        long fine = findings.stream().filter(finding -> finding.value() >= 1).count();
        String reason = worst.value() >= 1
                ? String.format(Locale.ROOT, "all %d checks passed (%s)", findings.size(), worst.note())
                : String.format(Locale.ROOT, "%s; %d of %d checks passed", worst.note(), fine, findings.size());
        return SignalReading.of(value, reason);
    }
}
