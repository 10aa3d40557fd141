package dev.marquee.ops;

import dev.marquee.ingest.RejectReason;
import dev.marquee.ops.HttpRouter.Response;
import dev.marquee.ops.PrometheusWriter.Sample;
import dev.marquee.stream.Histogram;
import dev.marquee.stream.StreamMetrics;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What {@code /health}, {@code /ready} and {@code /metrics} answer, apart from the HTTP plumbing so it can be tested alone. */
final class OpsEndpoints {

    private OpsEndpoints() {
    }

    /**
     * Liveness: 200 unless the Streams client has failed or stopped. Starting, rebalancing and shutting down are
     * alive: restarting the container then would only make things worse.
     */
    static Response health(KafkaStreams.State state) {
        boolean alive = state != KafkaStreams.State.ERROR && state != KafkaStreams.State.PENDING_ERROR
                && state != KafkaStreams.State.NOT_RUNNING;
        return Response.json(alive ? 200 : 503, status(alive ? "UP" : "DOWN", state));
    }

    /** Readiness: 200 only in RUNNING, i.e. tasks assigned and the global awards store restored. */
    static Response ready(KafkaStreams.State state) {
        boolean ready = state == KafkaStreams.State.RUNNING;
        return Response.json(ready ? 200 : 503, status(ready ? "READY" : "NOT_READY", state));
    }

    private static Map<String, Object> status(String status, KafkaStreams.State state) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("state", state.name());
        return body;
    }

    /** Marquee's metrics, then every numeric Kafka Streams client metric (stream threads, tasks, consumers, producers, admin). */
    static String metrics(StreamMetrics metrics, int referenceSize, KafkaStreams.State state,
                          Map<MetricName, ? extends Metric> kafkaMetrics) {
        StringBuilder out = new StringBuilder(64 * 1024);
        PrometheusWriter w = new PrometheusWriter(out);
        w.counter("marquee_articles_in_total", "Raw article records read from the articles topic.",
                List.of(new Sample(Map.of(), metrics.articlesIn())));
        w.counter("marquee_articles_enriched_total", "Enriched events written to the enriched topic.",
                List.of(new Sample(Map.of(), metrics.articlesEnriched())));
        List<Sample> deadLetters = new ArrayList<>();
        metrics.deadLettersByReason().forEach((RejectReason r, Long n) -> deadLetters.add(new Sample(Map.of("reason", r.name()), n)));
        w.counter("marquee_dead_letters_total", "Records written to the dead-letter topic, by reason.", deadLetters);
        w.counter("marquee_reference_records_rejected_total", "Awards reference records skipped as unreadable or inconsistent.",
                List.of(new Sample(Map.of(), metrics.referenceRecordsRejected())));
        w.counter("marquee_trending_late_mentions_total", "Entity mentions too late for every trending window of a kind (1h or 24h) containing them.",
                List.of(new Sample(Map.of(), metrics.trendingMentionsLate())));
        w.gauge("marquee_awards_reference_size", "Nominations in the awards reference the app joins with.",
                List.of(new Sample(Map.of(), referenceSize)));
        List<Sample> states = new ArrayList<>();
        for (KafkaStreams.State s : KafkaStreams.State.values()) {
            states.add(new Sample(Map.of("state", s.name()), s == state ? 1 : 0));
        }
        w.gauge("marquee_stream_state", "State of the app's two Kafka Streams clients (enrichment and views), the one further from RUNNING: 1 for the current state, 0 for the others.", states);
        histogram(w, "marquee_entities_per_article", "Entities tagged in one enriched article.", metrics.entitiesPerArticle(), 1);
        histogram(w, "marquee_tagging_seconds", "Time to tag one article and join it with the awards reference.",
                metrics.taggingNanos(), 1e9);
        kafkaMetrics(w, kafkaMetrics);
        return out.toString();
    }

    private static void histogram(PrometheusWriter w, String name, String help, Histogram.Snapshot h, double unit) {
        double[] bounds = new double[h.upperBounds().length];
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = h.upperBounds()[i] / unit;
        }
        w.histogram(name, help, Map.of(), bounds, h.counts(), h.sum() / unit);
    }

    private record Family(String help, boolean counter, Map<Map<String, String>, Double> samples) {
    }

    // Kafka names a metric by group, name and tags: kafka_streams_<group>_<name>{<tags>}. Several Kafka metrics can
    // fall onto one family after sanitizing; each family is written once, samples with equal labels only once.
    private static void kafkaMetrics(PrometheusWriter w, Map<MetricName, ? extends Metric> kafkaMetrics) {
        Map<String, Family> families = new TreeMap<>();
        for (Map.Entry<MetricName, ? extends Metric> e : kafkaMetrics.entrySet()) {
            if (!(e.getValue().metricValue() instanceof Number value)) {
                continue;
            }
            MetricName n = e.getKey();
            String family = PrometheusWriter.metricName("kafka_streams_" + n.group() + "_" + n.name());
            Map<String, String> labels = new TreeMap<>();
            n.tags().forEach((k, v) -> labels.put(PrometheusWriter.labelName(k), v));
            families.computeIfAbsent(family, f -> new Family(n.description(), n.name().endsWith("-total"), new LinkedHashMap<>()))
                    .samples().putIfAbsent(labels, value.doubleValue());
        }
        families.forEach((name, f) -> {
            List<Sample> samples = new ArrayList<>();
            f.samples().forEach((labels, value) -> samples.add(new Sample(labels, value)));
            if (f.counter()) {
                w.counter(name, f.help(), samples);
            } else {
                w.gauge(name, f.help(), samples);
            }
        });
    }
}
