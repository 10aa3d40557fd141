package dev.marquee.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PercentilesTest {

    @Test
    void nearestRankOnAHundredSamples() {
        long[] samples = new long[100];
        for (int i = 0; i < 100; i++) {
            samples[i] = 100 - i; // unsorted on purpose
        }
        Percentiles p = Percentiles.of(samples);
        assertEquals(50, p.at(50));
        assertEquals(95, p.at(95));
        assertEquals(99, p.at(99));
        assertEquals(100, p.at(100));
        assertEquals(1, p.at(0.5));
        assertEquals(100, p.max());
        assertEquals(50.5, p.mean());
    }

    @Test
    void nearestRankOnFewSamplesReturnsMeasuredValues() {
        Percentiles p = Percentiles.of(new long[] {50, 15, 40, 20, 35});
        assertEquals(20, p.at(30));
        assertEquals(20, p.at(40));
        assertEquals(35, p.at(50));
        assertEquals(50, p.at(99));
    }

    @Test
    void usesOnlyTheFirstCountSamplesAndLeavesTheInputAlone() {
        long[] samples = {9, 1, 5, 0, 0, 0};
        Percentiles p = Percentiles.of(samples, 3);
        assertEquals(3, p.count());
        assertEquals(5, p.at(50));
        assertEquals(9, samples[0]);
    }

    @Test
    void emptyIsZeroAndOutOfRangeIsRefused() {
        assertEquals(0, Percentiles.of(new long[0]).at(99));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new long[] {1}).at(0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new long[] {1}).at(101));
    }
}
