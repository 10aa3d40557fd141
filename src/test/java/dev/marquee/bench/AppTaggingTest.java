package dev.marquee.bench;

import dev.marquee.ops.PrometheusWriter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppTaggingTest {

    @Test
    void shouldReadTheTaggingHistogramsSumAndCountAmongTheAppsOtherMetrics() {
        StringBuilder text = new StringBuilder();
        new PrometheusWriter(text)
                .counter("marquee_articles_in_total", "Articles read.", List.of(new PrometheusWriter.Sample(Map.of(), 40)))
                .histogram("marquee_entities_per_article", "Entities.", Map.of(), new double[]{1, 10}, new long[]{3, 30, 2}, 512)
                .histogram("marquee_tagging_seconds", "Time to tag.", Map.of(), new double[]{0.001, 0.01}, new long[]{5, 26, 4}, 0.1875);

        AppTagging tagging = AppTagging.parse(text.toString());

        assertEquals(0.1875, tagging.seconds(), 1e-12);
        assertEquals(35, tagging.articles(), "the count is every bucket's, the last above the highest bound included");
    }

    @Test
    void shouldGiveWhatWasTaggedBetweenTwoReadings() {
        AppTagging between = new AppTagging(12.5, 5_000).since(new AppTagging(2.5, 1_000));

        assertEquals(10.0, between.seconds(), 1e-12);
        assertEquals(4_000, between.articles());
    }

    @Test
    void shouldSayWhenTheMetricsHoldNoTaggingHistogram() {
        StringBuilder text = new StringBuilder();
        new PrometheusWriter(text).counter("marquee_articles_in_total", "Articles read.", List.of(new PrometheusWriter.Sample(Map.of(), 40)));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AppTagging.parse(text.toString()));
        assertTrue(e.getMessage().contains("marquee_tagging_seconds"), e.getMessage());
    }
}
