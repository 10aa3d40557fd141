package dev.marquee.ops;

import dev.marquee.ops.PrometheusWriter.Sample;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PrometheusWriterTest {

    private static String write(java.util.function.Consumer<PrometheusWriter> body) {
        StringBuilder out = new StringBuilder();
        body.accept(new PrometheusWriter(out));
        return out.toString();
    }

    @Test
    void shouldWriteHelpTypeAndOneLinePerSample() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("reason", "INVALID_JSON");
        labels.put("topic", "raw");
        String text = write(w -> w.counter("marquee_dead_letters_total", "Dead letters, by reason.",
                List.of(new Sample(labels, 3), new Sample(Map.of("reason", "TOO_LARGE"), 0))));
        assertEquals("""
                # HELP marquee_dead_letters_total Dead letters, by reason.
                # TYPE marquee_dead_letters_total counter
                marquee_dead_letters_total{reason="INVALID_JSON",topic="raw"} 3
                marquee_dead_letters_total{reason="TOO_LARGE"} 0
                """, text);
    }

    @Test
    void shouldEscapeLabelValuesAndHelpText() {
        String text = write(w -> w.gauge("g", "a \\ backslash\nand a \"quote\"",
                List.of(new Sample(Map.of("v", "C:\\dir \"x\"\nnext"), 1))));
        assertEquals("""
                # HELP g a \\\\ backslash\\nand a "quote"
                # TYPE g gauge
                g{v="C:\\\\dir \\"x\\"\\nnext"} 1
                """, text);
    }

    @Test
    void shouldSanitizeKafkaStyleNamesAndLabelNames() {
        String text = write(w -> w.gauge("kafka_streams_stream-thread-metrics_process-rate", "",
                List.of(new Sample(Map.of("thread-id", "t-1", "9lives", "x"), 2.5))));
        assertEquals("""
                # TYPE kafka_streams_stream_thread_metrics_process_rate gauge
                kafka_streams_stream_thread_metrics_process_rate{_9lives="x",thread_id="t-1"} 2.5
                """.lines().sorted().toList(), text.lines().sorted().toList());
        assertEquals("a:b_c", PrometheusWriter.metricName("a:b.c"));
        assertEquals("a_b_c", PrometheusWriter.labelName("a:b.c"));
    }

    @Test
    void shouldSpellSpecialValuesTheWayPrometheusParsesThem() {
        assertEquals("NaN", PrometheusWriter.formatValue(Double.NaN));
        assertEquals("+Inf", PrometheusWriter.formatValue(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", PrometheusWriter.formatValue(Double.NEGATIVE_INFINITY));
        assertEquals("42", PrometheusWriter.formatValue(42.0));
        assertEquals("0.0005", PrometheusWriter.formatValue(0.0005));
        assertEquals("-1.25", PrometheusWriter.formatValue(-1.25));
    }

    @Test
    void shouldWriteHistogramWithCumulativeBucketsInfSumAndCount() {
        // 2 values <= 1, 0 in (1, 5], 3 in (5, 10], 1 above 10
        String text = write(w -> w.histogram("marquee_entities_per_article", "Entities per article.", Map.of(),
                new double[]{1, 5, 10}, new long[]{2, 0, 3, 1}, 57.5));
        assertEquals("""
                # HELP marquee_entities_per_article Entities per article.
                # TYPE marquee_entities_per_article histogram
                marquee_entities_per_article_bucket{le="1"} 2
                marquee_entities_per_article_bucket{le="5"} 2
                marquee_entities_per_article_bucket{le="10"} 5
                marquee_entities_per_article_bucket{le="+Inf"} 6
                marquee_entities_per_article_sum 57.5
                marquee_entities_per_article_count 6
                """, text);
    }

    @Test
    void shouldPutLeAfterTheSeriesLabelsOfAHistogram() {
        String text = write(w -> w.histogram("h", "", Map.of("stage", "tag"), new double[]{0.001}, new long[]{1, 0}, 0.0004));
        assertEquals("""
                # TYPE h histogram
                h_bucket{stage="tag",le="0.001"} 1
                h_bucket{stage="tag",le="+Inf"} 1
                h_sum{stage="tag"} 0.0004
                h_count{stage="tag"} 1
                """, text);
    }

    @Test
    void shouldRejectHistogramCountsThatDoNotFitTheBounds() {
        assertThrows(IllegalArgumentException.class,
                () -> write(w -> w.histogram("h", "", Map.of(), new double[]{1, 2}, new long[]{1, 2}, 0)));
    }

    @Test
    void shouldWriteNothingForAFamilyWithoutSamples() {
        assertEquals("", write(w -> w.gauge("empty", "nothing", List.of())));
    }
}
