package com.collectiq.bench;

import java.util.List;

/** Benchmarks quote medians: this machine is shared and noisy. */
final class Medians {

    private Medians() {
    }

    static double of(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
