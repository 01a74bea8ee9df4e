package io.github.vodclient.benchmarks;

import java.util.Arrays;

/**
 * One value per pair (per round of forks, or per cold-start launch), in pair order: a benchmark's scores, or the
 * per-pair ratios of two benchmarks. Reported as the median with the spread (min to max) around it.
 */
record Series(double[] values, String unit) {
    static final Series MISSING = new Series(new double[0], "");

    Series {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The ratio of each pair, {@code ours[i] / anchor[i]}. */
    static Series ratios(Series ours, Series anchor) {
        int n = Math.min(ours.values.length, anchor.values.length);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = ours.values[i] / anchor.values[i];
        }
        return new Series(r, "x");
    }

    /** @return the number of pairs measured (a failed fork leaves a NaN, which no statistic counts) */
    int size() {
        return sorted().length;
    }

    double median() {
        double[] sorted = sorted();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    double min() {
        double[] sorted = sorted();
        return sorted.length == 0 ? Double.NaN : sorted[0];
    }

    double max() {
        double[] sorted = sorted();
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    private double[] sorted() {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    }

    /** {@code median [min–max] unit}, the one value, or n/a. */
    String format() {
        if (size() == 0) {
            return "n/a";
        }
        if (size() == 1) {
            return (number(median()) + " " + unit).trim();
        }
        return String.format("%s [%s–%s] %s", number(median()), number(min()), number(max()), unit).trim();
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return String.format("%.0f", v);
        }
        if (Math.abs(v) >= 100) {
            return String.format("%.0f", v);
        }
        return Math.abs(v) >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }
}
