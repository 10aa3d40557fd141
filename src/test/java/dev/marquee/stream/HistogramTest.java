package dev.marquee.stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HistogramTest {

    @Test
    void shouldCountEachValueInTheFirstBucketWhoseBoundIsNotBelowIt() {
        Histogram h = new Histogram(0, 1, 5);
        for (long v : new long[]{0, 1, 2, 5, 6, 1_000}) {
            h.record(v);
        }
        Histogram.Snapshot s = h.snapshot();
        assertArrayEquals(new long[]{0, 1, 5}, s.upperBounds());
        assertArrayEquals(new long[]{1, 1, 2, 2}, s.counts());
        assertEquals(6, s.count());
        assertEquals(1_014, s.sum());
    }

    @Test
    void shouldRejectBoundsThatDoNotIncrease() {
        assertThrows(IllegalArgumentException.class, () -> new Histogram(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Histogram());
    }
}
