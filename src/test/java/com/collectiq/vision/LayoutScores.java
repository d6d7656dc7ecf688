package com.collectiq.vision;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.collectiq.testsupport.spreads.PlacedCard;
import com.collectiq.testsupport.spreads.Quads;
import com.collectiq.testsupport.spreads.SpreadPhoto;

/**
 * Scores found cards against a rendered photo's truth: a found card is right when its outline overlaps
 * a card that counts with IoU of at least {@link #MIN_IOU}, each true card matched at most once (best
 * overlaps first: at IoU above 0.5 a match is unique anyway). A found card matching no counting card is
 * false, whether it lies on a distractor (a card cut by the frame or partly covered) or on nothing.
 */
public final class LayoutScores {

    public static final double MIN_IOU = 0.8;

    private int cards;
    private int found;
    private int falseCards;
    private final List<Double> ious = new ArrayList<>();

    /** One photo's outcome. */
    public record Scored(int cards, int found, int falseCards, List<Double> ious) {
    }

    public Scored add(SpreadPhoto photo, List<FoundCard> detected) {
        return add(photo.counted().stream().map(PlacedCard::corners).toList(), detected);
    }

    /** As {@link #add(SpreadPhoto, List)}, given the outlines of the cards that count. */
    public Scored add(List<List<Point2D.Double>> truth, List<FoundCard> detected) {
        List<double[]> pairs = new ArrayList<>();
        for (int t = 0; t < truth.size(); t++) {
            for (int d = 0; d < detected.size(); d++) {
                double iou = iou(truth.get(t), detected.get(d).corners());
                if (iou >= MIN_IOU) {
                    pairs.add(new double[] {iou, t, d});
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((double[] pair) -> pair[0]).reversed());
        boolean[] trueTaken = new boolean[truth.size()];
        boolean[] foundTaken = new boolean[detected.size()];
        List<Double> matched = new ArrayList<>();
        for (double[] pair : pairs) {
            int t = (int) pair[1];
            int d = (int) pair[2];
            if (!trueTaken[t] && !foundTaken[d]) {
                trueTaken[t] = true;
                foundTaken[d] = true;
                matched.add(pair[0]);
            }
        }
        int wrong = detected.size() - matched.size();
        cards += truth.size();
        found += matched.size();
        falseCards += wrong;
        ious.addAll(matched);
        return new Scored(truth.size(), matched.size(), wrong, matched);
    }

    public int cards() {
        return cards;
    }

    public double foundShare() {
        return cards == 0 ? 0 : found / (double) cards;
    }

    /** False cards over all cards that count: how many valuations a photo set would waste. */
    public double falseShare() {
        return cards == 0 ? 0 : falseCards / (double) cards;
    }

    public double medianIou() {
        List<Double> sorted = ious.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    public String summary() {
        return String.format(Locale.ROOT, "%d cards that count: %d found (%.1f %%), %d false (%.1f %%), IoU median %.3f",
                cards, found, 100 * foundShare(), falseCards, 100 * falseShare(), medianIou());
    }

    /** Intersection over union of a true card's outline and a found one. */
    public static double iou(List<Point2D.Double> truth, List<ImagePoint> found) {
        return Quads.iou(truth, found.stream().map(p -> new Point2D.Double(p.x(), p.y())).toList());
    }
}
