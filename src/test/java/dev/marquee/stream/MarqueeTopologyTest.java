package dev.marquee.stream;

import dev.marquee.awards.AwardBodies;
import dev.marquee.awards.EntityRef;
import dev.marquee.awards.FilmRecord;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferenceIndex;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.enrich.ArticlePipeline;
import dev.marquee.enrich.AwardsLookup;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.enrich.Enricher;
import dev.marquee.ingest.RejectReason;
import dev.marquee.publish.DeadLetter;
import dev.marquee.serde.Json;
import dev.marquee.serde.MarqueeSerdes;
import dev.marquee.tag.EntityType;
import dev.marquee.tag.Tagger;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarqueeTopologyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final EntityRef HER = new EntityRef("tt1798709", "Her");
    private static final EntityRef JONZE = new EntityRef("nm0005069", "Spike Jonze");
    private static final Nomination HER_SCREENPLAY = new Nomination("academy-awards:86:screenplay:her", AwardBodies.ACADEMY_AWARDS, 86, 2014,
            "2013", "SCREENPLAY", "WRITING (Original Screenplay)", List.of(HER), List.of(JONZE), true, null);
    private static final Nomination HER_PICTURE = new Nomination("academy-awards:86:picture:her", AwardBodies.ACADEMY_AWARDS, 86, 2014,
            "2013", "PICTURE", "BEST PICTURE", List.of(HER), List.of(JONZE), false, null);
    private static final String HER_ARTICLE = "Spike Jonze's new film, Her, opens in February. Jonze wrote it alone.";

    private final MarqueeConfig config = MarqueeConfig.of(Map.of("max.article.bytes", "4096"));
    private final StreamMetrics metrics = new StreamMetrics();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> articles;
    private TestInputTopic<String, byte[]> awards;
    private TestInputTopic<String, byte[]> films;
    private TestOutputTopic<String, String> enriched;
    private TestOutputTopic<String, String> deadLetters;

    private void start(Supplier<ArticlePipeline> pipelines, ReferenceIndex index) {
        start(newDriver(pipelines, new ReferenceLoader(index)));
    }

    private TopologyTestDriver newDriver(Supplier<ArticlePipeline> pipelines, ReferenceLoader reference) {
        Properties props = new Properties();
        props.putAll(config.streamsProperties());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        return new TopologyTestDriver(MarqueeTopology.enrichment(config, reference, pipelines, CLOCK, metrics), props);
    }

    private void start(TopologyTestDriver started) {
        driver = started;
        articles = driver.createInputTopic(config.articlesTopic(), new StringSerializer(), new ByteArraySerializer());
        awards = driver.createInputTopic(config.awardsTopic(), new StringSerializer(), new ByteArraySerializer());
        films = driver.createInputTopic(config.filmsTopic(), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(config.enrichedTopic(), new StringDeserializer(), new StringDeserializer());
        deadLetters = driver.createOutputTopic(config.deadLetterTopic(), new StringDeserializer(), new StringDeserializer());
    }

    private ReferenceIndex startWithRealPipeline() {
        ReferenceIndex index = new ReferenceIndex();
        start(() -> ArticlePipeline.over(index, CLOCK), index);
        return index;
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    private static byte[] article(String id, String text) {
        return Json.toBytes(Map.of("id", id, "text", text));
    }

    private void publishAward(Nomination n) {
        awards.pipeInput(n.key(), Json.toBytes(n));
    }

    private static EnrichedArticle readEnriched(String json) {
        return Json.fromBytes(json.getBytes(StandardCharsets.UTF_8), EnrichedArticle.class);
    }

    private static DeadLetter readDeadLetter(String json) {
        return Json.fromBytes(json.getBytes(StandardCharsets.UTF_8), DeadLetter.class);
    }

    private Properties viewsProperties(Path stateDir) {
        Properties props = new Properties();
        props.putAll(config.streamsProperties());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return props;
    }

    @Test
    void shouldFillTheReferenceIndexFromTheViewsWhenTheyRunWithoutTheEnrichment(@TempDir Path state) {
        ReferenceIndex index = new ReferenceIndex();
        Properties props = viewsProperties(state);
        try (TopologyTestDriver views = new TopologyTestDriver(MarqueeTopology.viewsWithReference(config, new ReferenceLoader(index), metrics), props)) {
            views.createInputTopic(config.awardsTopic(), new StringSerializer(), new ByteArraySerializer())
                    .pipeInput(HER_SCREENPLAY.key(), Json.toBytes(HER_SCREENPLAY));
            views.createInputTopic(config.filmsTopic(), new StringSerializer(), new ByteArraySerializer())
                    .pipeInput("film:her:2013", Json.toBytes(new FilmRecord("film:her:2013", "Her", 2013, List.of("Spike Jonze"), List.of(), null, null, null)));
        }
        assertEquals(List.of(HER_SCREENPLAY), index.nominationsOf("tt1798709"));
        assertEquals(1, index.filmCount());
        TopologyDescription besideTheEnrichment = MarqueeTopology.views(config, new ReferenceLoader(new ReferenceIndex()), metrics).describe();
        assertTrue(besideTheEnrichment.globalStores().isEmpty(), "where the enrichment runs, it reads the reference");
        assertEquals(besideTheEnrichment.subtopologies(),
                MarqueeTopology.viewsWithReference(config, new ReferenceLoader(new ReferenceIndex()), metrics).describe().subtopologies(),
                "the same sub-topologies, so the same task ids, whichever role runs the views: instances of both roles share the group");
    }

    @Test
    void shouldStartTheViewsMentionTasksOnlyOnceTheReferenceIndexIsComplete(@TempDir Path state) throws Exception {
        Properties props = viewsProperties(state);
        // A first driver takes the one-time costs (classes, RocksDB) that would otherwise pass for waiting.
        new TopologyTestDriver(MarqueeTopology.views(config, new ReferenceLoader(new ReferenceIndex()), metrics), props).close();
        ReferenceLoader loader = new ReferenceLoader(new ReferenceIndex());
        CountDownLatch loadGoesOn = new CountDownLatch(1);
        loader.beginBulkLoad();
        loader.apply(() -> {
            try {
                loadGoesOn.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        loader.endBulkLoad(buildNanos -> { });
        CompletableFuture<TopologyTestDriver> started = CompletableFuture.supplyAsync(
                () -> new TopologyTestDriver(MarqueeTopology.views(config, loader, metrics), props));
        try {
            assertThrows(TimeoutException.class, () -> started.get(1, TimeUnit.SECONDS), "tasks started while the index was loading");
        } finally {
            loadGoesOn.countDown();
        }
        started.get(30, TimeUnit.SECONDS).close();
        loader.close();
    }

    @Test
    void shouldRouteMalformedJsonToDeadLetterWithReasonAndOriginalBytes() {
        startWithRealPipeline();
        byte[] broken = "{\"id\": \"a1\", \"text\": ".getBytes(StandardCharsets.UTF_8);
        articles.pipeInput("k1", broken);

        assertTrue(enriched.isEmpty());
        TestRecord<String, String> record = deadLetters.readRecord();
        DeadLetter dl = readDeadLetter(record.value());
        assertEquals("k1", record.key());
        assertEquals(RejectReason.INVALID_JSON, dl.reasonCode());
        assertArrayEquals(broken, dl.originalValue());
        assertEquals(config.articlesTopic(), dl.sourceTopic());
        assertEquals(0L, dl.sourceOffset());
        assertEquals(1, metrics.deadLettersByReason().get(RejectReason.INVALID_JSON));
    }

    @Test
    void shouldKeepProcessingValidArticlesAfterBadOnes() {
        startWithRealPipeline();
        articles.pipeInput("x", (byte[]) null);
        articles.pipeInput("y", "{\"id\":\"a\"}".getBytes(StandardCharsets.UTF_8));
        articles.pipeInput("z", article("good", HER_ARTICLE));

        List<DeadLetter> dls = deadLetters.readValuesToList().stream().map(MarqueeTopologyTest::readDeadLetter).toList();
        assertEquals(List.of(RejectReason.NULL_VALUE, RejectReason.MISSING_FIELD), dls.stream().map(DeadLetter::reasonCode).toList());
        assertEquals("good", enriched.readRecord().key());
    }

    @Test
    void shouldRouteOversizedArticlesToDeadLetter() {
        startWithRealPipeline();
        articles.pipeInput("big", article("big", "word ".repeat(2_000)));
        DeadLetter dl = readDeadLetter(deadLetters.readValue());
        assertEquals(RejectReason.TOO_LARGE, dl.reasonCode());
        assertTrue(enriched.isEmpty());
    }

    @Test
    void shouldKeyEnrichedEventByArticleIdWhateverTheRecordKey() {
        startWithRealPipeline();
        articles.pipeInput(null, article("article-7", "Nothing to see."));
        articles.pipeInput("other-key", article("article-8", "Still nothing."));
        assertEquals(List.of("article-7", "article-8"), enriched.readKeyValuesToList().stream().map(kv -> kv.key).toList());
    }

    @Test
    void shouldJoinTaggedFilmWithNominationsFromTheReferenceTopic() {
        startWithRealPipeline();
        publishAward(HER_SCREENPLAY);
        publishAward(HER_PICTURE);
        articles.pipeInput("a", article("a", HER_ARTICLE));

        EnrichedArticle event = readEnriched(enriched.readValue());
        EnrichedArticle.Entity her = event.entities().stream().filter(e -> e.type() == EntityType.FILM).findFirst().orElseThrow();
        assertEquals("tt1798709", her.id());
        assertEquals(2, her.nominations().size());
        assertTrue(her.nominations().stream().anyMatch(n -> n.won() && n.category().equals("SCREENPLAY")));
        EnrichedArticle.Entity jonze = event.entities().stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals("nm0005069", jonze.id());
        assertEquals(2, jonze.mentions().size(), "surname mention resolved to the full name");
        for (EnrichedArticle.Entity e : event.entities()) {
            e.mentions().forEach(m -> assertEquals(m.text(), event.text().substring(m.start(), m.end())));
        }
    }

    @Test
    void shouldStartTaggingOnlyOnceTheReferenceLoadedAtStartUpIsApplied() throws Exception {
        ReferenceIndex index = new ReferenceIndex();
        ReferenceLoader reference = new ReferenceLoader(index);
        CountDownLatch release = new CountDownLatch(1);
        reference.beginBulkLoad();
        reference.apply(() -> awaitQuietly(release));
        reference.apply(() -> index.upsert(HER_SCREENPLAY));
        reference.endBulkLoad(nanos -> { });
        AtomicBoolean released = new AtomicBoolean();
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            released.set(true);
            release.countDown();
        });
        releaser.start();
        try {
            // The driver starts the tasks in its constructor: that is where the tagging task waits.
            start(newDriver(() -> ArticlePipeline.over(index, CLOCK), reference));

            assertTrue(released.get(), "the tagging task started before the reference load was applied");
            articles.pipeInput("a", article("a", HER_ARTICLE));
            EnrichedArticle event = readEnriched(enriched.readValue());
            assertTrue(event.entities().stream().anyMatch(e -> e.id().equals(HER.id()) && e.nominations().size() == 1), event.toString());
        } finally {
            releaser.join();
            reference.close();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldPickUpReferenceUpdatesWhileRunning() {
        startWithRealPipeline();
        publishAward(HER_SCREENPLAY);
        articles.pipeInput("a", article("a", HER_ARTICLE));
        assertEquals(1, filmNominations(readEnriched(enriched.readValue())));

        publishAward(HER_PICTURE);
        articles.pipeInput("a", article("a", HER_ARTICLE));
        assertEquals(2, filmNominations(readEnriched(enriched.readValue())));

        awards.pipeInput(HER_PICTURE.key(), (byte[]) null);
        articles.pipeInput("a", article("a", HER_ARTICLE));
        assertEquals(1, filmNominations(readEnriched(enriched.readValue())));
    }

    private static long filmNominations(EnrichedArticle event) {
        return event.entities().stream().filter(e -> e.type() == EntityType.FILM).mapToLong(e -> e.nominations().size()).sum();
    }

    @Test
    void shouldLinkAFilmToItsCatalogueRecordOnceItArrivesAndUnlinkItOnATombstone() {
        ReferenceIndex index = startWithRealPipeline();
        FilmRecord lanterns = new FilmRecord("film:gilded-lanterns:2019", "Gilded Lanterns", 2019, List.of("Mara Quill"),
                List.of("Tobias Wren"), List.of("United States"), "https://en.wikipedia.org/wiki/Gilded_Lanterns", List.of("wikipedia-movie-data"));
        String text = "Mara Quill's Gilded Lanterns opens on Friday, starring Tobias Wren.";

        // Before its record arrives the title is still a film, a person's work, but one outside the catalogue.
        articles.pipeInput("a", article("a", text));
        assertEquals(List.of("mq:film:gilded-lanterns"), filmKeys(readEnriched(enriched.readValue())));

        films.pipeInput(lanterns.key(), Json.toBytes(lanterns));
        articles.pipeInput("a", article("a", text));
        EnrichedArticle event = readEnriched(enriched.readValue());
        assertEquals(List.of("mq:film:gilded-lanterns:2019"), filmKeys(event));
        assertTrue(event.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.key().equals("mq:person:mara-quill")),
                event.entities().toString());
        assertEquals(1, index.filmCount());

        films.pipeInput(lanterns.key(), (byte[]) null);
        articles.pipeInput("a", article("a", text));
        assertEquals(List.of("mq:film:gilded-lanterns"), filmKeys(readEnriched(enriched.readValue())));
        assertEquals(0, index.filmCount());
    }

    @Test
    void shouldJoinTheCatalogueFilmToItsOscarNominations() {
        startWithRealPipeline();
        FilmRecord her = new FilmRecord("film:her:2013", "Her", 2013, List.of("Spike Jonze"), List.of("Joaquin Phoenix"),
                List.of("United States"), "https://en.wikipedia.org/wiki/Her_(film)", List.of("wikipedia-movie-data"));
        films.pipeInput(her.key(), Json.toBytes(her));
        publishAward(HER_SCREENPLAY);

        articles.pipeInput("a", article("a", "Her, starring Joaquin Phoenix, opens in February."));

        EnrichedArticle event = readEnriched(enriched.readValue());
        assertEquals(List.of(HER.id()), filmKeys(event));
        assertEquals(1, filmNominations(event));
    }

    private static List<String> filmKeys(EnrichedArticle event) {
        return event.entities().stream().filter(e -> e.type() == EntityType.FILM).map(EnrichedArticle.Entity::key).toList();
    }

    @Test
    void shouldSkipUnreadableReferenceRecordsAndKeepLoading() {
        ReferenceIndex index = startWithRealPipeline();
        awards.pipeInput("bad", "{not json".getBytes(StandardCharsets.UTF_8));
        awards.pipeInput("mismatch", Json.toBytes(HER_PICTURE));
        films.pipeInput("film:x:2000", "[]".getBytes(StandardCharsets.UTF_8));
        publishAward(HER_SCREENPLAY);
        assertEquals(3, metrics.referenceRecordsRejected());
        assertEquals(1, index.size());
        assertEquals(0, index.filmCount());
    }

    @Test
    void shouldDeadLetterAnArticleWhoseTaggingFailsAndGoOn() {
        ReferenceIndex index = new ReferenceIndex();
        AwardsLookup broken = id -> {
            throw new IllegalStateException("lookup failed for " + id);
        };
        start(() -> new ArticlePipeline(new Tagger(index), new Enricher(broken, CLOCK, "test")), index);
        publishAward(HER_SCREENPLAY);
        articles.pipeInput("a", article("a", HER_ARTICLE));
        articles.pipeInput("b", article("b", "A text with no names at all."));

        DeadLetter dl = readDeadLetter(deadLetters.readValue());
        assertEquals(RejectReason.PROCESSING_ERROR, dl.reasonCode());
        assertTrue(dl.reason().contains("lookup failed"), dl.reason());
        assertEquals(List.of("b"), enriched.readKeyValuesToList().stream().map(kv -> kv.key).toList());
    }

    @Test
    void shouldWriteEnrichedValueThatTheSerdeReadsBack() {
        startWithRealPipeline();
        articles.pipeInput("a", article("a", HER_ARTICLE));
        String json = enriched.readValue();
        EnrichedArticle event = MarqueeSerdes.enrichedArticle().deserializer().deserialize("t", json.getBytes(StandardCharsets.UTF_8));
        assertEquals("a", event.articleId());
        assertTrue(json.contains("\"article_id\""), "snake_case contract");
    }
}
