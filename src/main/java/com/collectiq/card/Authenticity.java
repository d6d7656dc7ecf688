package com.collectiq.card;

import java.util.List;

/** Whether the card looks genuine: a score in [0, 1], the signals behind it and a verdict. */
public record Authenticity(double score, String verdict, List<Signal> signals, String rationale) {

    /** One signal: its value in [0, 1] (null when unavailable), its weight and a one-line reason. */
    public record Signal(String name, Double value, double weight, String reason) {
    }
}
