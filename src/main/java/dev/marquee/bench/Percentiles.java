package dev.marquee.bench;

import java.util.Arrays;

/**
 * Latency percentiles by the nearest-rank method: the p-th percentile of n sorted samples is the sample at rank
 * ceil(p/100 · n), so every reported value is one that was actually measured (no interpolation between samples).
 */
public final class Percentiles {

    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    /** Copies and sorts the samples; the caller's array is left as it is. */
    public static Percentiles of(long[] samples, int count) {
        long[] copy = Arrays.copyOf(samples, count);
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    public static Percentiles of(long[] samples) {
        return of(samples, samples.length);
    }

    public int count() {
        return sorted.length;
    }

    /** The nearest-rank percentile, {@code 0 < p <= 100}; 0 when there are no samples. */
    public long at(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + p);
        }
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public long max() {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    public double mean() {
        if (sorted.length == 0) {
            return 0;
        }
        double sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        return sum / sorted.length;
    }
}
