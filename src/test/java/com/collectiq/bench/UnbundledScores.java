package com.collectiq.bench;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.collectiq.card.Identity;
import com.collectiq.testsupport.eras.CardFace;
import com.collectiq.testsupport.eras.Era;
import com.collectiq.testsupport.eras.GroundTruth;

/**
 * Cards of sets not bundled, each photo identified with its set's cards taken out of the catalog:
 * its name and its number and total read exactly offline, whether offline gave some (wrong) catalog
 * id, and top-1 with the online catalog. Shared by {@code EraReadingBench} and {@code LocalReadingProbe}.
 * The same figures are also given by the card's resolution in the photo, as its drawn corners give it: a
 * card number printed some 1.5 mm tall is about 5 px tall on a card photographed at under 6 px/mm, and
 * what is left to read there is not what is left on the sharper cards.
 */
public final class UnbundledScores {

    /** Where the card's resolution in the photo splits the second table. */
    static final double SHARP_PX_PER_MM = 6;

    private final Map<Era, int[]> counts = new EnumMap<>(Era.class);
    private final Map<String, int[]> byResolution = new TreeMap<>();

    /** A photo of the card truth shows: offline and online are null when the photo was refused. */
    public void add(GroundTruth truth, Identity offline, Identity online) {
        // photos, name exact, number and total exact, both, offline gave an id, online top-1
        for (int[] c : List.of(counts.computeIfAbsent(truth.era(), era -> new int[6]),
                byResolution.computeIfAbsent(resolution(truth), band -> new int[6]))) {
            c[0]++;
            if (offline == null) {
                continue;
            }
            boolean name = truth.printedName().equals(offline.name());
            boolean number = sameNumber(truth.number(), offline.number())
                    && sameNumber(String.valueOf(truth.printedTotal()), offline.printedTotal());
            c[1] += name ? 1 : 0;
            c[2] += number ? 1 : 0;
            c[3] += name && number ? 1 : 0;
            c[4] += offline.catalogId() != null ? 1 : 0;
            c[5] += online != null && truth.catalogId().equals(online.catalogId()) ? 1 : 0;
        }
    }

    /** The band of the card's resolution: its height in the photo (the mean of its two long sides) over its height in mm. */
    static String resolution(GroundTruth truth) {
        if (truth.corners().isEmpty()) {
            return "not measured";
        }
        var c = truth.corners();
        double pxPerMm = (c.get(0).distance(c.get(3)) + c.get(1).distance(c.get(2))) / 2 / CardFace.HEIGHT_MM;
        return pxPerMm < SHARP_PX_PER_MM ? "under 6 px/mm" : "6 px/mm or more";
    }

    /** The table per era and overall, under a title naming the sample. */
    public String report(String sample) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Cards of sets not bundled (%s, its set removed "
                + "from the catalog):%n%-18s %6s %8s %14s %8s %16s %12s%n", sample,
                "era", "photos", "name", "number/total", "both", "offline gave id", "online top-1"));
        int[] all = new int[6];
        counts.forEach((era, c) -> {
            out.append(line(era.label(), c));
            for (int k = 0; k < all.length; k++) {
                all[k] += c[k];
            }
        });
        out.append(line("overall", all));
        out.append(String.format(Locale.ROOT, "by the card's resolution in the photo:%n"));
        byResolution.forEach((band, c) -> out.append(line(band, c)));
        return out.toString();
    }

    private static String line(String label, int[] c) {
        return String.format(Locale.ROOT, "%-18s %6d %7.1f%% %13.1f%% %7.1f%% %15.1f%% %11.1f%%%n", label, c[0],
                pct(c[1], c[0]), pct(c[2], c[0]), pct(c[3], c[0]), pct(c[4], c[0]), pct(c[5], c[0]));
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    /** "063" and "63" are the same number; null (not read) matches nothing. */
    private static boolean sameNumber(String expected, String read) {
        return read != null && strip(expected).equalsIgnoreCase(strip(read));
    }

    private static String strip(String number) {
        return number.trim().replaceFirst("^0+(?=.)", "");
    }
}
