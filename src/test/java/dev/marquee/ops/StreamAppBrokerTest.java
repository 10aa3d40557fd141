package dev.marquee.ops;

import dev.marquee.awards.AwardBodies;
import dev.marquee.awards.AwardsData;
import dev.marquee.awards.EntityRef;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.FilmsData;
import dev.marquee.awards.ReferencePublisher;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.enrich.EnrichedArticle.AwardRecord;
import dev.marquee.ingest.RejectReason;
import dev.marquee.publish.DeadLetter;
import dev.marquee.serde.Json;
import dev.marquee.tag.EntityType;
import dev.marquee.tag.Mention;
import dev.marquee.tag.Names;
import dev.marquee.topics.TopicApplier;
import dev.marquee.topics.TopicContracts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stream app end to end on a real KRaft broker, with the full shipped awards and films data and the sample interview. */
@Tag("broker")
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class StreamAppBrokerTest {

    private static EmbeddedKafka kafka;
    private static MarqueeConfig config;
    private static StreamApp app;
    private static Path stateDir;

    @BeforeAll
    static void startBrokerLoadAwardsAndRunApp() throws Exception {
        kafka = new EmbeddedKafka().start();
        stateDir = Files.createTempDirectory("marquee-it-state");
        config = MarqueeConfig.of(Map.of(
                MarqueeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                MarqueeConfig.APPLICATION_ID, "marquee-it-" + UUID.randomUUID(),
                MarqueeConfig.STATE_DIR, stateDir.toString(),
                MarqueeConfig.HTTP_PORT, "0"));
        try (Admin admin = Admin.create(config.kafkaClientProperties())) {
            new TopicApplier(admin).apply(TopicContracts.fromClasspath(), config, false);
        }
        try (KafkaProducer<String, byte[]> producer = producer()) {
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            new ReferencePublisher(producer, config.awardsTopic(), quiet).publish(AwardsData.loadShipped().nominations(), "nominations");
            new ReferencePublisher(producer, config.filmsTopic(), quiet).publish(FilmsData.loadShipped().films(), "films");
        }
        app = new StreamApp(config);
        app.start();
        assertTrue(app.awaitRunning(Duration.ofSeconds(60)), "app RUNNING, state " + app.state());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private static KafkaProducer<String, byte[]> producer() {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static void produce(String key, byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(config.articlesTopic(), key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    /** Reads {@code topic} with read_committed until {@code count} records with the wanted keys arrived. */
    private static List<ConsumerRecord<String, byte[]>> readCommitted(String topic, int count, java.util.function.Predicate<String> keyFilter) {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (out.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (keyFilter.test(r.key())) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    private static byte[] sampleInterview(String id) throws Exception {
        try (InputStream in = StreamAppBrokerTest.class.getResourceAsStream("/samples/articles.jsonl")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> article = Json.MAPPER.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip(), Map.class);
            article.put("id", id);
            return Json.toBytes(article);
        }
    }

    private static EnrichedArticle.Entity entity(EnrichedArticle event, EntityType type, String name) {
        return event.entities().stream()
                .filter(e -> e.type() == type && Names.normalize(e.name()).equals(Names.normalize(name)))
                .findFirst().orElse(null);
    }

    private static List<AwardRecord> at(EnrichedArticle.Entity e, String body, int ceremony) {
        return e.nominations().stream().filter(n -> n.body().equals(body) && n.ceremony() == ceremony).toList();
    }

    @Test
    void shouldEnrichTheSampleInterviewWithAwardRecordsFromTheReferenceTopic() throws Exception {
        produce("interview-1", sampleInterview("interview-1"));
        List<ConsumerRecord<String, byte[]>> records = readCommitted(config.enrichedTopic(), 1, "interview-1"::equals);
        assertEquals(1, records.size());
        EnrichedArticle event = Json.fromBytes(records.get(0).value(), EnrichedArticle.class);

        EnrichedArticle.Entity her = entity(event, EntityType.FILM, "Her");
        assertNotNull(her, "film Her tagged");
        assertEquals("tt1798709", her.id());
        List<AwardRecord> oscars = at(her, AwardBodies.ACADEMY_AWARDS, 86);
        assertEquals(5, oscars.size());
        assertEquals(List.of("WRITING (Original Screenplay)"), oscars.stream().filter(AwardRecord::won).map(AwardRecord::rawCategory).toList());
        List<AwardRecord> globes = at(her, AwardBodies.GOLDEN_GLOBES, 71);
        assertEquals(3, globes.size());
        assertEquals(List.of("Best Screenplay - Motion Picture"), globes.stream().filter(AwardRecord::won).map(AwardRecord::rawCategory).toList());

        for (String film : List.of("Being John Malkovich", "Adaptation", "Where the Wild Things Are", "The Wolf of Wall Street",
                "Lost in Translation", "2001: A Space Odyssey")) {
            assertNotNull(entity(event, EntityType.FILM, film), film);
        }
        assertEquals("nm0005069", entity(event, EntityType.PERSON, "Spike Jonze").id());
        for (String person : List.of("Joaquin Phoenix", "Scarlett Johansson", "Amy Adams", "Rooney Mara", "Charlie Kaufman",
                "Martin Scorsese", "Sofia Coppola")) {
            EnrichedArticle.Entity e = entity(event, EntityType.PERSON, person);
            assertNotNull(e, person);
            assertTrue(e.id().startsWith("nm"), person + " linked to IMDb: " + e.id());
        }
        EnrichedArticle.Entity sendak = entity(event, EntityType.PERSON, "Maurice Sendak");
        assertNotNull(sendak, "a person absent from the award data is still a person");
        assertNull(sendak.id());
        assertNotNull(entity(event, EntityType.AWARD, "Academy Awards"));
        assertNotNull(entity(event, EntityType.AWARD, "Golden Globe Awards"));

        for (EnrichedArticle.Entity e : event.entities()) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), event.text().substring(m.start(), m.end()), "exact offsets of " + e.name());
            }
        }
        assertNoPronounTaggedAsFilm(event, her);
    }

    @Test
    void shouldCommitTheArticlesAndTheViewsInConsumerGroupsOfTheirOwn() throws Exception {
        produce("groups-1", sampleInterview("groups-1"));
        readCommitted(config.enrichedTopic(), 1, "groups-1"::equals);
        try (Admin admin = Admin.create(config.kafkaClientProperties())) {
            Set<String> enrichmentTopics = Set.of();
            Set<String> viewsTopics = Set.of();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && !(enrichmentTopics.contains(config.articlesTopic())
                    && viewsTopics.containsAll(Set.of(config.enrichedTopic(), config.entityMentionsTopic())))) {
                Thread.sleep(200);
                enrichmentTopics = committedTopics(admin, config.applicationId());
                viewsTopics = committedTopics(admin, config.viewsApplicationId());
            }
            assertEquals(Set.of(config.articlesTopic()), enrichmentTopics, "the enrichment's group reads the raw articles only");
            assertEquals(Set.of(config.enrichedTopic(), config.entityMentionsTopic()), viewsTopics,
                    "the views read the enriched events and the mentions in a group of their own");
        }
        assertEquals(KafkaStreams.State.RUNNING, app.state());
    }

    private static Set<String> committedTopics(Admin admin, String group) throws Exception {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS).keySet().stream()
                .map(TopicPartition::topic).collect(Collectors.toSet());
    }

    private static void assertNoPronounTaggedAsFilm(EnrichedArticle event, EnrichedArticle.Entity her) {
        Matcher pronoun = Pattern.compile("\\bher\\b").matcher(event.text());
        int pronouns = 0;
        while (pronoun.find()) {
            pronouns++;
            int at = pronoun.start();
            assertFalse(her.mentions().stream().anyMatch(m -> m.start() == at), "pronoun at " + at + " tagged as the film");
        }
        assertTrue(pronouns > 0, "the sample has the pronoun, so this check means something");
    }

    @Test
    void shouldDeadLetterMalformedRecordsWithReasonAndOriginalBytesAndKeepRunning() throws Exception {
        byte[] broken = "{\"id\": \"dl-1\", \"text\": ".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "{\"id\":\"dl-2\",\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        produce("dl-1", broken);
        produce("dl-2", latin1);
        produce("dl-3", null);
        produce("dl-ok", Json.toBytes(Map.of("id", "dl-ok", "text", "Sofia Coppola wrote Lost in Translation.")));

        Map<String, DeadLetter> byKey = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : readCommitted(config.deadLetterTopic(), 3, k -> k != null && k.startsWith("dl-"))) {
            byKey.put(r.key(), Json.fromBytes(r.value(), DeadLetter.class));
        }
        assertEquals(RejectReason.INVALID_JSON, byKey.get("dl-1").reasonCode());
        assertEquals(new String(broken, StandardCharsets.UTF_8), new String(byKey.get("dl-1").originalValue(), StandardCharsets.UTF_8));
        assertEquals(RejectReason.INVALID_UTF8, byKey.get("dl-2").reasonCode());
        assertEquals(java.util.Arrays.toString(latin1), java.util.Arrays.toString(byKey.get("dl-2").originalValue()));
        assertEquals(RejectReason.NULL_VALUE, byKey.get("dl-3").reasonCode());
        assertEquals(config.articlesTopic(), byKey.get("dl-1").sourceTopic());

        assertEquals(1, readCommitted(config.enrichedTopic(), 1, "dl-ok"::equals).size(), "valid record after bad ones is enriched");
        assertEquals(KafkaStreams.State.RUNNING, app.state());
    }

    @Test
    void shouldJoinNominationsAddedToTheReferenceTopicWhileRunning() throws Exception {
        Nomination added = new Nomination("test:added:her", "test-body", 1, 2026, "2025", "PICTURE", "Test Award",
                List.of(new EntityRef("tt1798709", "Her")), List.of(), true, null);
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(config.awardsTopic(), added.key(), Json.toBytes(added))).get(30, TimeUnit.SECONDS);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (app.referenceIndex().nominationsOf("tt1798709").stream().noneMatch(n -> n.key().equals(added.key())) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        produce("update-1", sampleInterview("update-1"));
        EnrichedArticle event = Json.fromBytes(readCommitted(config.enrichedTopic(), 1, "update-1"::equals).get(0).value(), EnrichedArticle.class);
        EnrichedArticle.Entity her = entity(event, EntityType.FILM, "Her");
        assertTrue(her.nominations().stream().anyMatch(n -> n.key().equals(added.key())), "new nomination joined");
    }
}
