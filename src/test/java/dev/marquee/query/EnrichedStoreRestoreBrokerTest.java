package dev.marquee.query;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.ops.EmbeddedKafka;
import dev.marquee.ops.StreamApp;
import dev.marquee.serde.Json;
import dev.marquee.stream.MarqueeTopology;
import dev.marquee.topics.TopicApplier;
import dev.marquee.topics.TopicContracts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The query store of enriched events has no changelog of its own: the compacted enriched topic is its changelog, so
 * an instance that starts without local state (a new host, a wiped volume) restores the events from that topic. The
 * newest articles come from every partition's time index, on both instances, and whatever the partitions of the
 * other parts of the topology.
 */
@Tag("broker")
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class EnrichedStoreRestoreBrokerTest {

    private static final String APP_ID = "marquee-restore-test";
    private static final int ARTICLES = 5;

    @Test
    void shouldRestoreEnrichedEventsFromTheEnrichedTopicOnAnInstanceWithoutLocalState() throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            MarqueeConfig firstConfig = config(kafka);
            applyTopicContracts(firstConfig);
            try (StreamApp first = new StreamApp(firstConfig)) {
                first.start();
                assertTrue(first.awaitRunning(Duration.ofSeconds(90)), "first instance RUNNING");
                produceArticlesOneByOne(firstConfig, first);
                assertNewestAcrossPartitions(first);
            }

            try (Admin admin = Admin.create(firstConfig.kafkaClientProperties())) {
                Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
                String views = firstConfig.viewsApplicationId();
                assertFalse(topics.contains(views + "-" + MarqueeTopology.ARTICLES_STORE + "-changelog"),
                        "no internal copy of the enriched events: " + topics);
                assertTrue(topics.contains(views + "-" + MarqueeTopology.ENTITY_ARTICLES_STORE + "-changelog"),
                        "the other stores keep their changelogs: " + topics);
            }

            // Same group, empty state dir: the articles are answered again, so they came from the enriched topic.
            try (StreamApp second = new StreamApp(config(kafka))) {
                second.start();
                assertTrue(second.awaitRunning(Duration.ofSeconds(90)), "second instance RUNNING");
                assertTrue(awaitAllArticles(second), "the instance without local state answers every article");
                EnrichedArticle event = (EnrichedArticle) second.queries().article("a3", true).body();
                assertEquals("a3", event.articleId());
                assertEquals("Article 3", event.title());
                assertNewestAcrossPartitions(second);
            }
        }
    }

    @Test
    void shouldListTheNewestArticlesWhenAnotherPartOfTheTopologyHasMorePartitions() throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            MarqueeConfig config = config(kafka);
            applyTopicContracts(config);
            try (Admin admin = Admin.create(config.kafkaClientProperties())) {
                // Tasks 6 and 7 of the mention-reading part then exist here, and no time index has those partitions.
                admin.createPartitions(Map.of(config.entityMentionsTopic(), NewPartitions.increaseTo(8))).all().get(30, TimeUnit.SECONDS);
            }
            try (StreamApp app = new StreamApp(config)) {
                app.start();
                assertTrue(app.awaitRunning(Duration.ofSeconds(90)), "RUNNING");
                produceArticlesOneByOne(config, app);
                assertNewestAcrossPartitions(app);
            }
        }
    }

    private static void applyTopicContracts(MarqueeConfig config) throws Exception {
        try (Admin admin = Admin.create(config.kafkaClientProperties())) {
            new TopicApplier(admin).apply(TopicContracts.fromClasspath(), config, false);
        }
    }

    private static MarqueeConfig config(EmbeddedKafka kafka) throws Exception {
        Path state = Files.createTempDirectory("marquee-restore-test");
        return MarqueeConfig.of(Map.of(
                MarqueeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                MarqueeConfig.APPLICATION_ID, APP_ID,
                MarqueeConfig.STATE_DIR, state.toString(),
                MarqueeConfig.HTTP_PORT, "-1"));
    }

    /** Each article once the one before it is stored, so their processing times are in the order of their ids. */
    private static void produceArticlesOneByOne(MarqueeConfig config, StreamApp app) throws Exception {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < ARTICLES; i++) {
                String json = Json.toLine(Map.of("id", "a" + i, "title", "Article " + i,
                        "text", "Spike Jonze's new film, Her, earned five Oscar nominations."));
                producer.send(new ProducerRecord<>(config.articlesTopic(), "a" + i, json.getBytes(StandardCharsets.UTF_8))).get();
                assertTrue(awaitArticles(app, i + 1), "article a" + i + " stored");
            }
        }
    }

    private static boolean awaitAllArticles(StreamApp app) throws InterruptedException {
        return awaitArticles(app, ARTICLES);
    }

    private static boolean awaitArticles(StreamApp app, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (int i = 0; i < count && all; i++) {
                all = app.queries().article("a" + i, true).status() == 200;
            }
            if (all) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /**
     * The articles are spread over four of the six partitions (a0 to a4 hash to 0, 5, 3, 3 and 4), so the newest k
     * are right only if every partition's index is read, not the first ones the store view happens to chain.
     */
    private static void assertNewestAcrossPartitions(StreamApp app) {
        for (int limit = 1; limit <= ARTICLES + 1; limit++) {
            Views.ArticleList newest = (Views.ArticleList) app.queries().articles(limit, true).body();
            List<String> expected = new ArrayList<>();
            for (int i = ARTICLES - 1; i >= 0 && expected.size() < limit; i--) {
                expected.add("a" + i);
            }
            assertEquals(expected, newest.articles().stream().map(Views.ArticleSummary::articleId).toList(), "GET /articles?limit=" + limit);
        }
    }
}
