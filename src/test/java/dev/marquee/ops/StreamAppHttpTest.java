package dev.marquee.ops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.serde.Json;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.marquee.ops.OpsTestSupport.article;
import static dev.marquee.ops.OpsTestSupport.await;
import static dev.marquee.ops.OpsTestSupport.get;
import static dev.marquee.ops.OpsTestSupport.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP endpoints of a real app on a real broker. */
@Tag("broker")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StreamAppHttpTest {

    @Test
    void shouldTurnReadyWhenRunningAndExposeStreamsAndMarqueeMetricsAfterArticlesFlowed(@TempDir Path stateDir) throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            MarqueeConfig config = MarqueeConfig.of(Map.of(
                    MarqueeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                    MarqueeConfig.APPLICATION_ID, "marquee-http-test",
                    MarqueeConfig.STATE_DIR, stateDir.toString(),
                    MarqueeConfig.HTTP_PORT, "0"));
            int nominations = OpsTestSupport.prepareTopics(config.kafkaClientProperties(), config, 25).size();
            Map<String, String> records = new LinkedHashMap<>();
            records.put("a1", article("a1"));
            records.put("a2", article("a2"));
            records.put("bad", "{not json");
            OpsTestSupport.produce(config.kafkaClientProperties(), config.articlesTopic(), records);

            int port;
            try (StreamApp app = new StreamApp(config)) {
                app.start();
                port = app.httpPort();
                assertTrue(port > 0, "bound a free port");

                assertTrue(await(Duration.ofSeconds(60), () -> status(port, "/ready") == 200), "ready within 60 s");
                JsonNode ready = Json.MAPPER.readTree(get(port, "/ready").body());
                assertEquals("RUNNING", ready.get("state").asText());
                assertEquals(200, status(port, "/health"));

                assertTrue(await(Duration.ofSeconds(60), () -> app.metrics().articlesEnriched() == 2 && app.metrics().deadLetters() == 1),
                        "two articles enriched, one dead-lettered");
                HttpResponse<String> metrics = get(port, "/metrics");
                assertEquals(200, metrics.statusCode());
                assertEquals(PrometheusWriter.CONTENT_TYPE, metrics.headers().firstValue("Content-Type").orElseThrow());
                String text = metrics.body();
                assertTrue(text.contains("\nmarquee_articles_in_total 3\n"), text);
                assertTrue(text.contains("\nmarquee_articles_enriched_total 2\n"), text);
                assertTrue(text.contains("\nmarquee_dead_letters_total{reason=\"INVALID_JSON\"} 1\n"), text);
                assertTrue(text.contains("\nmarquee_entities_per_article_count 2\n"), text);
                assertTrue(text.contains("\nmarquee_tagging_seconds_count 2\n"), text);
                assertTrue(text.contains("\nmarquee_tagging_seconds_bucket{le=\"+Inf\"} 2\n"), text);
                assertTrue(text.contains("\nmarquee_awards_reference_size " + nominations + "\n"), text);
                assertTrue(text.contains("\nmarquee_stream_state{state=\"RUNNING\"} 1\n"), text);
                // Streams' own metrics at client, task and embedded-client level, labelled by their Kafka tags.
                assertTrue(text.matches("(?s).*\nkafka_streams_stream_metrics_alive_stream_threads\\{client_id=\"marquee-http-test-[^\"]+\"} 1\n.*"), text);
                assertTrue(text.matches("(?s).*\nkafka_streams_stream_task_metrics_dropped_records_total\\{task_id=\"\\d+_0\",thread_id=\"[^\"]+-StreamThread-1\"} 0\n.*"), text);
                // Each of the two clients' consumers: the enrichment's read the 3 raw records, the views' the 2 enriched events.
                // The enriched topic is also the changelog of the views' table, so events that arrive while that table
                // restores are read by the views' restore consumer instead of their stream thread's.
                assertTrue(consumedTotal(text, "marquee-http-test", "StreamThread-1-consumer") == 3, text);
                assertTrue(consumedTotal(text, "marquee-http-test-views", "StreamThread-1-consumer")
                        + consumedTotal(text, "marquee-http-test-views", "StateUpdater-1-restore-consumer") >= 2, text);
                assertTrue(text.matches("(?s).*\nkafka_streams_consumer_fetch_manager_metrics_records_consumed_total\\{client_id=\"[^\"]+-global-consumer\"} " + nominations + "\n.*"), text);
            }
            assertEquals(-1, status(port, "/health"), "endpoints stop with the app");
        }
    }

    /**
     * Records consumed by one consumer (the client id's suffix, e.g. {@code StreamThread-1-consumer}) of the Streams
     * client whose client id is the application id and a UUID.
     */
    private static long consumedTotal(String metrics, String applicationId, String consumer) {
        Matcher consumed = Pattern.compile(
                "\nkafka_streams_consumer_fetch_manager_metrics_records_consumed_total\\{client_id=\""
                        + Pattern.quote(applicationId) + "-[0-9a-f]{8}-[0-9a-f-]{27}-" + Pattern.quote(consumer) + "\"} (\\d+)\n")
                .matcher(metrics);
        assertTrue(consumed.find(), "records consumed by " + applicationId + "'s " + consumer + ":\n" + metrics);
        return Long.parseLong(consumed.group(1));
    }
}
