package dev.marquee.it;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.ingest.RejectReason;
import dev.marquee.ops.EmbeddedKafka;
import dev.marquee.ops.StreamApp;
import dev.marquee.publish.DeadLetter;
import dev.marquee.serde.Json;
import dev.marquee.tag.Mention;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6 §3: over a thousand malformed and hostile records interleaved with valid articles, through the real app on
 * a real broker. Bad records are dead-lettered with reason and original bytes, valid ones enriched, the app stays
 * RUNNING, and no script or markup from the input reaches an enriched event.
 */
@Tag("broker")
class HostileInputTest {

    /** The raw topic contract allows 2 MiB; the test opens its raw topic up so a 10 MB record reaches the app at all. */
    private static final int RAW_TOPIC_MAX_BYTES = 16 * 1024 * 1024;
    private static final Pattern HTML_TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void shouldDeadLetterEveryBadRecordEnrichEveryValidOneAndStayRunning(@TempDir Path dir) throws Exception {
        long started = System.nanoTime();
        long seed = System.nanoTime();
        List<HostilePayloads.Payload> payloads = HostilePayloads.generate(seed, 500);
        long hostile = payloads.stream().filter(p -> !p.kind().equals("ordinary article")).count();
        assertTrue(payloads.stream().filter(HostilePayloads.Payload::bad).count() >= 1_000, "issue 6 asks for at least 1,000 bad payloads");
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            Map<String, String> settings = new HashMap<>(FaultSettings.app(kafka.bootstrapServers(), "marquee-hostile"));
            settings.put(MarqueeConfig.STATE_DIR, dir.toString());
            MarqueeConfig config = MarqueeConfig.of(settings);
            Kafka.applyTopics(config);
            openUpRawTopic(kafka.bootstrapServers(), config.articlesTopic());
            Kafka.publishAwards(kafka.bootstrapServers(), config.awardsTopic(), TestArticles.AWARDS);

            Map<String, HostilePayloads.Payload> bySource = new HashMap<>();
            try (StreamApp app = new StreamApp(config)) {
                StateWatch watch = StateWatch.on(app);
                app.start();
                assertTrue(app.awaitRunning(Duration.ofMinutes(1)));
                try (KafkaProducer<String, byte[]> producer = Kafka.producer(kafka.bootstrapServers(),
                        Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, RAW_TOPIC_MAX_BYTES, ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024))) {
                    List<Future<RecordMetadata>> sent = new ArrayList<>();
                    for (HostilePayloads.Payload p : payloads) {
                        sent.add(producer.send(new ProducerRecord<>(config.articlesTopic(), p.key(), p.value())));
                    }
                    for (int i = 0; i < sent.size(); i++) {
                        RecordMetadata m = sent.get(i).get(60, TimeUnit.SECONDS);
                        bySource.put(m.partition() + "/" + m.offset(), payloads.get(i));
                    }
                }
                long bad = payloads.stream().filter(HostilePayloads.Payload::bad).count();
                long valid = payloads.size() - bad;
                List<ConsumerRecord<String, byte[]>> deadLetters = awaitRecords(kafka.bootstrapServers(), config.deadLetterTopic(), bad);
                List<ConsumerRecord<String, byte[]>> events = awaitRecords(kafka.bootstrapServers(), config.enrichedTopic(), valid);

                assertFalse(watch.leftRunning(), "the app never left RUNNING: " + watch.transitions());
                assertEquals(0.0, failedStreamThreads(app), "no stream thread failed");

                checkDeadLetters(deadLetters, bySource, config.articlesTopic());
                checkEvents(events, payloads);
            }
            System.out.printf("[hostile] seed %d, %,d records (%,d hostile) in %.1f s; by kind: %s%n", seed, payloads.size(), hostile,
                    (System.nanoTime() - started) / 1e9, payloads.stream().collect(Collectors.groupingBy(
                            p -> p.kind() + (p.bad() ? " -> " + p.reason() : " -> enriched"), TreeMap::new, Collectors.counting())));
        }
    }

    private static void openUpRawTopic(String bootstrapServers, String topic) throws Exception {
        try (Admin admin = Kafka.admin(bootstrapServers)) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(new AlterConfigOp(
                    new ConfigEntry("max.message.bytes", String.valueOf(RAW_TOPIC_MAX_BYTES)), AlterConfigOp.OpType.SET))))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> awaitRecords(String bootstrapServers, String topic, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        List<ConsumerRecord<String, byte[]>> records = Kafka.readAll(bootstrapServers, topic);
        while (records.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(500);
            records = Kafka.readAll(bootstrapServers, topic);
        }
        assertEquals(expected, records.size(), topic + ": one record per input record");
        return records;
    }

    private static double failedStreamThreads(StreamApp app) {
        return app.kafkaMetrics().entrySet().stream()
                .filter(e -> e.getKey().name().equals("failed-stream-threads"))
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue())
                .sum();
    }

    private static void checkDeadLetters(List<ConsumerRecord<String, byte[]>> records, Map<String, HostilePayloads.Payload> bySource,
                                         String rawTopic) throws Exception {
        for (ConsumerRecord<String, byte[]> r : records) {
            DeadLetter dl = Json.fromBytes(r.value(), DeadLetter.class);
            String source = dl.sourcePartition() + "/" + dl.sourceOffset();
            HostilePayloads.Payload p = bySource.get(source);
            assertNotNull(p, "dead letter for an unknown source " + source);
            assertTrue(p.bad(), "a valid record (" + p.kind() + ", " + p.articleId() + ") was dead-lettered: " + dl.reason());
            assertEquals(rawTopic, dl.sourceTopic());
            assertEquals(p.reason(), dl.reasonCode(), p.kind() + ": " + dl.reason());
            assertEquals(p.key(), r.key(), "dead letter keeps the original key");
            if (p.value() == null) {
                assertEquals(null, dl.originalValueBase64(), p.kind());
                continue;
            }
            assertEquals(p.value().length, dl.originalSize(), p.kind());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(p.value())), dl.originalSha256(), p.kind());
            if (p.value().length > DeadLetter.MAX_ORIGINAL_BYTES) {
                assertTrue(dl.originalTruncated(), p.kind());
                assertArrayEquals(Arrays.copyOf(p.value(), DeadLetter.MAX_ORIGINAL_BYTES), dl.originalValue(), p.kind());
            } else {
                assertFalse(dl.originalTruncated(), p.kind());
                assertArrayEquals(p.value(), dl.originalValue(), p.kind() + ": original bytes kept");
            }
        }
        assertEquals(bySource.values().stream().filter(HostilePayloads.Payload::bad).count(), records.size());
    }

    private static void checkEvents(List<ConsumerRecord<String, byte[]>> records, List<HostilePayloads.Payload> payloads) {
        // Input order of the valid records per article id; the duplicated ids have two.
        Map<String, List<byte[]>> expectedVersions = new LinkedHashMap<>();
        payloads.stream().filter(p -> !p.bad()).forEach(p -> expectedVersions.computeIfAbsent(p.articleId(), k -> new ArrayList<>()).add(p.value()));
        Map<String, List<EnrichedArticle>> actualVersions = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            EnrichedArticle event = Json.fromBytes(r.value(), EnrichedArticle.class);
            assertEquals(r.key(), event.articleId());
            actualVersions.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(event);
            assertNoMarkup(event);
        }
        assertEquals(expectedVersions.keySet(), actualVersions.keySet(), "every valid article enriched, nothing else");
        TestArticles.Expectation expectation = new TestArticles.Expectation(TestArticles.AWARDS);
        expectedVersions.forEach((id, versions) -> {
            List<EnrichedArticle> events = actualVersions.get(id);
            assertEquals(versions.size(), events.size(), id + ": one event per version");
            // The compacted topic keeps the last record per key: it must be the later version.
            assertEquals(List.of(), expectation.differences(versions.get(versions.size() - 1), events.get(events.size() - 1)),
                    id + ": the latest event is the latest version");
        });
    }

    private static void assertNoMarkup(EnrichedArticle event) {
        List<String> fields = new ArrayList<>(List.of(event.text()));
        if (event.title() != null) {
            fields.add(event.title());
        }
        event.entities().forEach(e -> e.mentions().stream().map(Mention::text).forEach(fields::add));
        for (String field : fields) {
            String lower = field.toLowerCase();
            assertFalse(lower.contains("<script") || lower.contains("alert(") || lower.contains("javascript:") || lower.contains("onerror"),
                    event.articleId() + " carries script: " + field);
            assertFalse(HTML_TAG.matcher(field).find(), event.articleId() + " carries an HTML tag: " + field);
            assertTrue(field.chars().noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)),
                    event.articleId() + " carries control characters: " + field.getBytes(StandardCharsets.UTF_8).length + " bytes");
        }
    }
}
