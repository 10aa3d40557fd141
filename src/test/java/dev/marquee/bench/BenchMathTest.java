package dev.marquee.bench;

import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.serde.MarqueeSerdes;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The derived figures the targets are judged by: lag growth and the ± spread of words/s. */
class BenchMathTest {

    @Test
    void flatLagHasNoSlopeAndSteadyGrowthHasItsRate() {
        List<long[]> flat = List.of(new long[] {0, 5}, new long[] {30_000_000_000L, 5}, new long[] {60_000_000_000L, 5});
        assertEquals(0.0, E2eBench.lagSummary(flat).get("slope_per_min"));
        // 10 more articles behind every 30 s: 20 per minute.
        List<long[]> growing = List.of(new long[] {0, 0}, new long[] {30_000_000_000L, 10}, new long[] {60_000_000_000L, 20});
        Map<String, Object> lag = E2eBench.lagSummary(growing);
        assertEquals(20.0, lag.get("slope_per_min"));
        assertEquals(20L, lag.get("max"));
        assertEquals(0L, lag.get("first"));
    }

    @Test
    void spreadIsTheLargestDeviationFromTheMedianInPercent() {
        List<Map<String, Object>> points = List.of(Map.of("words_per_s", 100_000L), Map.of("words_per_s", 90_000L),
                Map.of("words_per_s", 120_000L));
        assertEquals(20.0, GrowthBench.spread(points, "words_per_s"));
    }

    @Test
    void shouldMeasureEveryPointEachRoundStartingOneFurtherEachTime() {
        List<String> order = new ArrayList<>();
        List<List<Map<String, Object>>> byPoint = GrowthBench.interleaved(List.of("a", "b", "c"), 3, (point, round) -> {
            order.add("abc".charAt(point) + "" + round);
            return Map.of("round", round);
        });

        assertEquals(List.of("a0", "b0", "c0", "b1", "c1", "a1", "c2", "a2", "b2"), order);
        assertEquals(List.of(0, 1, 2), byPoint.get(2).stream().map(r -> r.get("round")).toList(), "results by point, in round order");
    }

    @Test
    void shouldReportAPointAsTheMedianOfItsRounds() {
        List<Map<String, Object>> rounds = List.of(Map.of("words_per_s", 300L, "words_per_cpu_s", 310L),
                Map.of("words_per_s", 100L, "words_per_cpu_s", 110L), Map.of("words_per_s", 200L, "words_per_cpu_s", 900L));

        Map<String, Object> point = GrowthBench.medians(rounds);

        assertEquals(200L, point.get("words_per_s"));
        assertEquals(310L, point.get("words_per_cpu_s"));
        assertEquals(List.of(300L, 100L, 200L), point.get("rounds_words_per_s"));
    }

    @Test
    void chartHasAPointPerLengthAndABarPerCatalogue() {
        Map<String, Object> growth = Map.of(
                "length_sweep", List.of(Map.of("article_words", 100, "words_per_cpu_s", 90_000),
                        Map.of("article_words", 20_000, "words_per_cpu_s", 100_000)),
                "catalogue_sweep", List.of(Map.of("factor", 1, "catalogue_entities", 10, "words_per_cpu_s", 95_000),
                        Map.of("factor", 10, "catalogue_entities", 100, "words_per_cpu_s", 93_000)));
        String svg = GrowthChart.svg(growth);
        assertTrue(svg.startsWith("<svg"));
        assertEquals(2, svg.split("<circle").length - 1);
        assertTrue(svg.contains("20,000"));
        assertTrue(svg.contains("10x (100)"));
    }

    @Test
    void paddingAddsTheRequestedEntities() {
        int base = GrowthBench.entities(Fixtures.nominations());
        assertEquals(8, base);
        assertEquals(Fixtures.nominations().size() + 36, GrowthBench.padded(Fixtures.nominations(), List.of(), 72, 1).size());
    }

    @Test
    void shouldReadProcessedAtFromTheEndOfAnEventAsTheAppWritesIt() {
        // A text quoting the field name must not be taken for the field: inside a JSON string its quotes are escaped.
        EnrichedArticle event = new EnrichedArticle("a1", "Title", null, null, null, "en",
                "She typed \"processed_at\":\"1999-01-01T00:00:00.000Z\" by hand.", List.of(), List.of(),
                "2026-12-03T12:00:00.123Z", "test");
        byte[] bytes = MarqueeSerdes.enrichedArticle().serializer().serialize("t", event);

        assertEquals(Instant.parse("2026-12-03T12:00:00.123Z").toEpochMilli(), E2eBench.processedAtMillis(bytes));
        assertEquals(-1, E2eBench.processedAtMillis("{\"article_id\":\"a1\"}".getBytes()));
        assertEquals(-1, E2eBench.processedAtMillis("{\"processed_at\":\"yesterday\"}".getBytes()));
    }

    @Test
    void shouldSummariseLatenciesLeavingOutTheSamplesNotMeasured() {
        long[] samples = {10, -1, 30, 20, -1, 40, 0, 0};

        Map<String, Object> summary = E2eBench.latencySummary(samples, 6);

        assertEquals(20L, summary.get("p50"), "median of 10, 20, 30, 40 by nearest rank");
        assertEquals(40L, summary.get("max"));
    }
}
