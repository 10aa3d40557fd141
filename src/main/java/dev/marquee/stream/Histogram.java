package dev.marquee.stream;

import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

/**
 * A fixed-bucket histogram of long values (Prometheus style: each bucket counts values {@code <=} its upper bound,
 * one more bucket counts the rest). Recording is two {@link LongAdder} increments and a scan of a dozen bounds, so
 * stream threads can record every record without contention; readers take a {@link #snapshot()}.
 */
public final class Histogram {

    private final long[] upperBounds;
    private final LongAdder[] counts;
    private final LongAdder sum = new LongAdder();

    /** @param upperBounds strictly increasing inclusive upper bounds; values above the last land in the overflow bucket */
    public Histogram(long... upperBounds) {
        if (upperBounds.length == 0) {
            throw new IllegalArgumentException("A histogram needs at least one bucket bound");
        }
        for (int i = 1; i < upperBounds.length; i++) {
            if (upperBounds[i] <= upperBounds[i - 1]) {
                throw new IllegalArgumentException("Bucket bounds must increase strictly: " + Arrays.toString(upperBounds));
            }
        }
        this.upperBounds = upperBounds.clone();
        this.counts = new LongAdder[upperBounds.length + 1];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new LongAdder();
        }
    }

    public void record(long value) {
        int bucket = 0;
        while (bucket < upperBounds.length && value > upperBounds[bucket]) {
            bucket++;
        }
        counts[bucket].increment();
        sum.add(value);
    }

    /** Counts per bucket (not cumulative) and the sum; read while recording goes on, so each figure is a moment apart. */
    public Snapshot snapshot() {
        long[] perBucket = new long[counts.length];
        for (int i = 0; i < counts.length; i++) {
            perBucket[i] = counts[i].sum();
        }
        return new Snapshot(upperBounds.clone(), perBucket, sum.sum());
    }

    /**
     * @param upperBounds the inclusive bounds
     * @param counts      one count per bound, then the overflow count (values above the last bound)
     */
    public record Snapshot(long[] upperBounds, long[] counts, long sum) {

        public long count() {
            return Arrays.stream(counts).sum();
        }
    }
}
