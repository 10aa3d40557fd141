package dev.marquee.query;

import dev.marquee.awards.ReferenceIndex;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.serde.Json;
import dev.marquee.stream.MarqueeTopology;
import dev.marquee.stream.ReferenceLoader;
import dev.marquee.stream.StreamMetrics;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticlesByTimeProcessorTest {

    private static final Path EXAMPLE = Path.of("topics/examples/enriched-article.example.json");


    private final MarqueeConfig config = MarqueeConfig.of(Map.of());
    private TopologyTestDriver driver;

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    private TestInputTopic<String, byte[]> startTopology() {
        Properties props = new Properties();
        props.putAll(config.streamsProperties());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        driver = new TopologyTestDriver(MarqueeTopology.views(config, new ReferenceLoader(new ReferenceIndex()), new StreamMetrics()), props);
        return driver.createInputTopic(config.enrichedTopic(), new StringSerializer(), new ByteArraySerializer());
    }

    private static byte[] event(String id, String processedAt) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("article_id", id);
        event.put("title", "Title of " + id);
        event.put("text", "long text the index never keeps");
        event.put("entities", List.of(Map.of("key", "tt1"), Map.of("key", "nm1")));
        event.put("claims", List.of());
        event.put("processed_at", processedAt);
        return Json.toBytes(event);
    }

    /** Pipes one event per (id, processed_at) pair, keyed by its id. */
    private static TestInputTopic<String, byte[]> pipe(TestInputTopic<String, byte[]> enriched, String... idsAndTimes) {
        for (int i = 0; i < idsAndTimes.length; i += 2) {
            enriched.pipeInput(idsAndTimes[i], event(idsAndTimes[i], idsAndTimes[i + 1]));
        }
        return enriched;
    }

    private static List<String> newestFirst(KeyValueStore<String, byte[]> byTime) {
        List<String> ids = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = byTime.reverseAll()) {
            it.forEachRemaining(kv -> ids.add(Json.fromBytes(kv.value, Views.ArticleSummary.class).articleId()));
        }
        return ids;
    }

    @Test
    void shouldKeepTheStoredArticlesNewestFirstWithTheirSummaries() {
        // An event from before processed_at had one width (a3): read as a time, not as a string.
        pipe(startTopology(), "a1", "2026-12-02T10:00:00.000Z", "a2", "2026-12-02T10:02:00.000Z", "a3", "2026-12-02T10:01:00.5Z");

        KeyValueStore<String, byte[]> byTime = driver.getKeyValueStore(ArticlesByTimeProcessor.BY_TIME_STORE);
        assertEquals(List.of("a2", "a3", "a1"), newestFirst(byTime));
        try (KeyValueIterator<String, byte[]> it = byTime.reverseAll()) {
            assertEquals(new Views.ArticleSummary("a2", "Title of a2", null, null, "2026-12-02T10:02:00.000Z", 2, 0),
                    Json.fromBytes(it.next().value, Views.ArticleSummary.class));
        }
    }

    @Test
    void shouldMoveAnArticleSentAgainToItsNewTimeAndDropADeletedOne() {
        TestInputTopic<String, byte[]> enriched = pipe(startTopology(),
                "a1", "2026-12-02T10:00:00.000Z", "a2", "2026-12-02T10:02:00.000Z", "a3", "2026-12-02T10:01:00.000Z");

        enriched.pipeInput("a1", event("a1", "2026-12-02T10:05:00.000Z"));
        enriched.pipeInput("a2", (byte[]) null);

        KeyValueStore<String, byte[]> byTime = driver.getKeyValueStore(ArticlesByTimeProcessor.BY_TIME_STORE);
        KeyValueStore<String, String> timeKeys = driver.getKeyValueStore(ArticlesByTimeProcessor.TIME_KEYS_STORE);
        assertEquals(List.of("a1", "a3"), newestFirst(byTime), "one entry per article, at its latest time; a2 deleted");
        assertNull(timeKeys.get("a2"));
        List<String> remembered = new ArrayList<>();
        try (KeyValueIterator<String, String> it = timeKeys.all()) {
            it.forEachRemaining(kv -> remembered.add(kv.key));
        }
        assertEquals(List.of("a1", "a3"), remembered);
    }

    @Test
    void shouldBuildTheIndexFromTheStoredArticlesWhenItIsEmpty() {
        MockProcessorContext<Void, Void> context = new MockProcessorContext<>();
        TimestampedKeyValueStore<String, byte[]> articles = init(context, Stores.timestampedKeyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(MarqueeTopology.ARTICLES_STORE), Serdes.String(), Serdes.ByteArray()));
        KeyValueStore<String, byte[]> byTime = init(context, Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(ArticlesByTimeProcessor.BY_TIME_STORE), Serdes.String(), Serdes.ByteArray()));
        KeyValueStore<String, String> timeKeys = init(context, Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(ArticlesByTimeProcessor.TIME_KEYS_STORE), Serdes.String(), Serdes.String()));
        // As after an upgrade from a build without the index: the articles are stored, the index is not.
        articles.put("old", ValueAndTimestamp.make(event("old", "2026-11-01T00:00:00Z"), 1L));
        articles.put("new", ValueAndTimestamp.make(event("new", "2026-11-02T00:00:00Z"), 2L));

        new ArticlesByTimeProcessor(MarqueeTopology.ARTICLES_STORE).init(context);

        assertEquals(List.of("new", "old"), newestFirst(byTime));
        assertEquals("0000001793577600000\nnew", timeKeys.get("new"), "epoch milliseconds at 19 digits, then the id");
    }

    @Test
    void shouldReadTheSameSummaryAsBindingTheWholeEvent() throws IOException {
        byte[] event = Files.readAllBytes(EXAMPLE);
        EnrichedArticle bound = Json.fromBytes(event, EnrichedArticle.class);

        Views.ArticleSummary summary = ArticlesByTimeProcessor.summaryOf(event);

        assertEquals(new Views.ArticleSummary(bound.articleId(), bound.title(), bound.source(), bound.publishedAt(),
                bound.processedAt(), bound.entities().size(), bound.claims().size()), summary);
        assertTrue(summary.entities() > 0 && summary.claims() > 0, "the example has entities and claims to count");
    }

    @Test
    void shouldCountNoClaimsWhenTheEventHasNoneOrNull() {
        String event = "{\"article_id\":\"a\",\"entities\":[{\"mentions\":[{\"start\":0}]},{}],\"claims\":null,\"extra\":{\"x\":[1]}}";

        Views.ArticleSummary summary = ArticlesByTimeProcessor.summaryOf(event.getBytes());

        assertEquals(new Views.ArticleSummary("a", null, null, null, null, 2, 0), summary);
    }

    @Test
    void shouldRejectAnEventThatIsNotAnObject() {
        assertThrows(IllegalArgumentException.class, () -> ArticlesByTimeProcessor.summaryOf("[1,2]".getBytes()));
    }

    private static <S extends StateStore> S init(MockProcessorContext<Void, Void> context, StoreBuilder<S> builder) {
        S store = builder.withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }
}
