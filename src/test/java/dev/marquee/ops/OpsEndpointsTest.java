package dev.marquee.ops;

import dev.marquee.serde.Json;
import dev.marquee.stream.StreamMetrics;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpsEndpointsTest {

    @Test
    void shouldBeAliveUnlessFailedOrStopped() throws Exception {
        Set<State> dead = EnumSet.of(State.ERROR, State.PENDING_ERROR, State.NOT_RUNNING);
        for (State s : State.values()) {
            HttpRouter.Response r = OpsEndpoints.health(s);
            assertEquals(dead.contains(s) ? 503 : 200, r.status(), s.name());
            assertEquals(s.name(), Json.MAPPER.readTree(r.body()).get("state").asText());
        }
    }

    @Test
    void shouldBeReadyOnlyWhenRunningAndNameTheStateOtherwise() throws Exception {
        for (State s : State.values()) {
            HttpRouter.Response r = OpsEndpoints.ready(s);
            assertEquals(s == State.RUNNING ? 200 : 503, r.status(), s.name());
            assertEquals(s.name(), Json.MAPPER.readTree(r.body()).get("state").asText());
        }
    }

    @Test
    void shouldExposeKafkaMetricsByGroupAndNameWithTagsAsLabelsAndSkipNonNumericOnes() {
        try (Metrics registry = new Metrics()) {
            MetricName total = registry.metricName("process-total", "stream-thread-metrics", "Records processed.",
                    Map.of("thread-id", "app-StreamThread-1"));
            registry.addMetric(total, new CumulativeSum());
            registry.addMetric(registry.metricName("client-state", "stream-metrics"),
                    (org.apache.kafka.common.metrics.Gauge<String>) (config, now) -> "RUNNING");
            String text = OpsEndpoints.metrics(new StreamMetrics(), 7, State.RUNNING, registry.metrics());

            assertTrue(text.contains("# TYPE kafka_streams_stream_thread_metrics_process_total counter\n"), text);
            assertTrue(text.contains("kafka_streams_stream_thread_metrics_process_total{thread_id=\"app-StreamThread-1\"} 0\n"), text);
            assertFalse(text.contains("client_state"), text);
            assertTrue(text.contains("marquee_awards_reference_size 7\n"), text);
            assertTrue(text.contains("marquee_stream_state{state=\"RUNNING\"} 1\n"), text);
            assertTrue(text.contains("marquee_stream_state{state=\"REBALANCING\"} 0\n"), text);
            assertTrue(text.contains("marquee_dead_letters_total{reason=\"INVALID_JSON\"} 0\n"), text);
            assertTrue(text.contains("marquee_tagging_seconds_bucket{le=\"0.0005\"} 0\n"), text);
            assertTrue(text.contains("marquee_entities_per_article_count 0\n"), text);
        }
    }
}
