package dev.marquee.it;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.ops.EmbeddedKafka;
import dev.marquee.ops.StreamApp;
import dev.marquee.serde.Json;
import dev.marquee.tag.EntityType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 6 §2: a nomination added to the awards reference topic while the app runs reaches the articles processed after it. */
@Tag("broker")
@Tag("faults")
class AwardsUpdateWhileRunningTest {

    private static final int BATCH = 50;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void shouldJoinArticlesProcessedAfterAnAwardsUpdateWithTheNewNominations(@TempDir Path dir) throws Exception {
        long started = System.nanoTime();
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            Map<String, String> settings = new HashMap<>(FaultSettings.app(kafka.bootstrapServers(), "marquee-awards-update"));
            settings.put(MarqueeConfig.STATE_DIR, dir.toString());
            MarqueeConfig config = MarqueeConfig.of(settings);
            Kafka.applyTopics(config);
            Kafka.publishAwards(kafka.bootstrapServers(), config.awardsTopic(), TestArticles.AWARDS);

            // Articles about Her: every template of TestArticles whose index is 0 (mod 5) names the film.
            Map<String, byte[]> before = herArticles(0);
            Map<String, byte[]> after = herArticles(BATCH);
            try (StreamApp app = new StreamApp(config);
                 KafkaProducer<String, byte[]> producer = Kafka.producer(kafka.bootstrapServers(), Map.of());
                 CommittedReader reader = new CommittedReader(kafka.bootstrapServers(), config.enrichedTopic())) {
                app.start();
                assertTrue(app.awaitRunning(Duration.ofMinutes(1)));
                send(producer, config.articlesTopic(), before);
                assertTrue(reader.awaitDistinctKeys(BATCH, Duration.ofMinutes(1)), "first batch enriched");

                Kafka.publishAwards(kafka.bootstrapServers(), config.awardsTopic(), List.of(TestArticles.HER_PICTURE));
                // The global thread applies the update asynchronously; "after the update" starts once the app holds it.
                awaitNomination(app, TestArticles.HER_PICTURE.key());
                send(producer, config.articlesTopic(), after);
                assertTrue(reader.awaitDistinctKeys(2 * BATCH, Duration.ofMinutes(1)), "second batch enriched");
            }
            Map<String, Set<String>> herNominations = Kafka.readAll(kafka.bootstrapServers(), config.enrichedTopic()).stream()
                    .collect(Collectors.toMap(ConsumerRecord::key, AwardsUpdateWhileRunningTest::herNominationKeys));
            Set<String> old = Set.of(TestArticles.HER_SCREENPLAY.key());
            Set<String> updated = Set.of(TestArticles.HER_SCREENPLAY.key(), TestArticles.HER_PICTURE.key());
            before.keySet().forEach(id -> assertEquals(old, herNominations.get(id), id + " processed before the update"));
            after.keySet().forEach(id -> assertEquals(updated, herNominations.get(id), id + " processed after the update"));
            System.out.printf("[awards-update] %d articles before, %d after the update; %.1f s%n", before.size(), after.size(),
                    (System.nanoTime() - started) / 1e9);
        }
    }

    private static Map<String, byte[]> herArticles(int first) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int i = first; i < first + BATCH; i++) {
            out.put(TestArticles.id(i * 5), TestArticles.article(i * 5));
        }
        return out;
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, Map<String, byte[]> articles) {
        articles.forEach((id, value) -> producer.send(new ProducerRecord<>(topic, id, value)));
        producer.flush();
    }

    private static void awaitNomination(StreamApp app, String key) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (app.referenceIndex().nominationsOf(TestArticles.HER.id()).stream().noneMatch(n -> n.key().equals(key))) {
            assertTrue(System.nanoTime() < deadline, "the app never loaded nomination " + key);
            Thread.sleep(20);
        }
    }

    private static Set<String> herNominationKeys(ConsumerRecord<String, byte[]> record) {
        EnrichedArticle event = Json.fromBytes(record.value(), EnrichedArticle.class);
        return event.entities().stream()
                .filter(e -> e.type() == EntityType.FILM && TestArticles.HER.id().equals(e.id()))
                .flatMap(e -> e.nominations().stream().map(EnrichedArticle.AwardRecord::key))
                .collect(Collectors.toSet());
    }
}
