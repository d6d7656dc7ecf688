package com.collectiq.testsupport.eras;

import java.util.List;

/**
 * The printing eras whose card layouts {@link CardFace} draws, each with the bundled sets printed in it.
 * An era is decided by the set's series as the data names it, so a set that is not bundled still
 * falls into the right era.
 */
public enum Era {
    WOTC("WotC 1999-2002", List.of("Base", "Gym", "Neo", "Other")),
    ECARD("e-Card", List.of("E-Card")),
    EX("EX", List.of("EX")),
    DP_HGSS("DP/Platinum/HGSS", List.of("Diamond & Pearl", "Platinum", "HeartGold & SoulSilver")),
    BW_XY("BW/XY", List.of("Black & White", "XY")),
    SM("Sun & Moon", List.of("Sun & Moon")),
    SWSH("Sword & Shield", List.of("Sword & Shield")),
    SV("Scarlet & Violet", List.of("Scarlet & Violet"));

    private final String label;
    private final List<String> series;

    Era(String label, List<String> series) {
        this.label = label;
        this.series = series;
    }

    public String label() {
        return label;
    }

    /** The era a set of this series was printed in. */
    public static Era ofSeries(String series) {
        for (Era era : values()) {
            if (era.series.contains(series)) {
                return era;
            }
        }
        throw new IllegalArgumentException("no era drawn for series " + series);
    }

    /** Full-art and illustration rares exist from Black & White on. */
    boolean printsFullArt() {
        return ordinal() >= BW_XY.ordinal();
    }
}
