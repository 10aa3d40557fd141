package dev.marquee.stream;

import dev.marquee.awards.AwardBodies;
import dev.marquee.awards.EntityRef;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferenceIndex;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.enrich.ArticlePipeline;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.mentions.EntityMention;
import dev.marquee.mentions.LatestArticles;
import dev.marquee.serde.Json;
import dev.marquee.serde.MarqueeSerdes;
import dev.marquee.tag.EntityType;
import dev.marquee.trending.EntityCount;
import dev.marquee.trending.TrendingCount;
import dev.marquee.trending.TrendingWindow;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entity mentions, trending windows and the query stores, with time driven by the articles' published_at: the
 * enrichment's output topics delivered to the views' topology, as the broker does between the app's two clients.
 */
class TrendingTopologyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final EntityRef HER = new EntityRef("tt1798709", "Her");
    private static final EntityRef JONZE = new EntityRef("nm0005069", "Spike Jonze");
    private static final String HER_TEXT = "Spike Jonze's new film, Her, opens in February. Jonze wrote it alone.";
    private static final String OTHER_TEXT = "A text with no names at all.";

    private final MarqueeConfig config = MarqueeConfig.of(Map.of());
    private final StreamMetrics metrics = new StreamMetrics();
    private TopologyTestDriver enrichment;
    private TopologyTestDriver views;
    private TestInputTopic<String, byte[]> articles;
    private TestOutputTopic<String, byte[]> enrichedOut;
    private TestOutputTopic<String, byte[]> mentionsOut;
    private TestInputTopic<String, byte[]> enrichedIn;
    private TestInputTopic<String, byte[]> mentionsIn;
    private final List<KeyValue<String, EntityMention>> mentions = new ArrayList<>();
    private TestOutputTopic<String, TrendingCount> trending;

    @BeforeEach
    void start() {
        ReferenceIndex index = new ReferenceIndex();
        Properties props = new Properties();
        props.putAll(config.streamsProperties());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        enrichment = new TopologyTestDriver(MarqueeTopology.enrichment(config, new ReferenceLoader(index), () -> ArticlePipeline.over(index, CLOCK), CLOCK, metrics), props);
        views = new TopologyTestDriver(MarqueeTopology.views(config, new ReferenceLoader(new ReferenceIndex()), metrics), props);
        TestInputTopic<String, byte[]> awards = enrichment.createInputTopic(config.awardsTopic(), new StringSerializer(), new ByteArraySerializer());
        Nomination screenplay = new Nomination("academy-awards:86:screenplay:her", AwardBodies.ACADEMY_AWARDS, 86, 2014, "2013", "SCREENPLAY",
                "WRITING (Original Screenplay)", List.of(HER), List.of(JONZE), true, null);
        awards.pipeInput(screenplay.key(), Json.toBytes(screenplay));
        articles = enrichment.createInputTopic(config.articlesTopic(), new StringSerializer(), new ByteArraySerializer());
        enrichedOut = enrichment.createOutputTopic(config.enrichedTopic(), new StringDeserializer(), new ByteArrayDeserializer());
        mentionsOut = enrichment.createOutputTopic(config.entityMentionsTopic(), new StringDeserializer(), new ByteArrayDeserializer());
        enrichedIn = views.createInputTopic(config.enrichedTopic(), new StringSerializer(), new ByteArraySerializer());
        mentionsIn = views.createInputTopic(config.entityMentionsTopic(), new StringSerializer(), new ByteArraySerializer());
        trending = views.createOutputTopic(config.trendingTopic(), new StringDeserializer(), MarqueeSerdes.trendingCount().deserializer());
    }

    @AfterEach
    void close() {
        enrichment.close();
        views.close();
    }

    /** What the enrichment wrote since the last call, delivered to the views with each record's time; the mentions kept for the tests. */
    private void deliverToViews() {
        for (TestRecord<String, byte[]> event : enrichedOut.readRecordsToList()) {
            enrichedIn.pipeInput(event);
        }
        for (TestRecord<String, byte[]> mention : mentionsOut.readRecordsToList()) {
            mentionsIn.pipeInput(mention);
            mentions.add(KeyValue.pair(mention.key(), MarqueeSerdes.entityMention().deserializer().deserialize(config.entityMentionsTopic(), mention.value())));
        }
    }

    /** The mention records written since the last call. */
    private List<KeyValue<String, EntityMention>> takeMentions() {
        List<KeyValue<String, EntityMention>> taken = List.copyOf(mentions);
        mentions.clear();
        return taken;
    }

    /** An article about Her published at {@code publishedAt}, produced (record time) at {@code producedAt}. */
    private void publish(String id, String text, String publishedAt, String producedAt) {
        Map<String, String> json = new HashMap<>(Map.of("id", id, "text", text, "title", "Title " + id));
        if (publishedAt != null) {
            json.put("published_at", publishedAt);
        }
        articles.pipeInput(id, Json.toBytes(json), Instant.parse(producedAt));
        deliverToViews();
    }

    private void publish(String id, String publishedAt) {
        publish(id, HER_TEXT, publishedAt, "2026-01-01T00:00:00Z");
    }

    private List<TrendingCount> finalCounts(String window, String entityKey) {
        return trending.readValuesToList().stream().filter(c -> c.window().equals(window) && c.entityKey().equals(entityKey)).toList();
    }

    private static TrendingCount windowStarting(List<TrendingCount> counts, String start) {
        return counts.stream().filter(c -> c.windowStart().equals(start)).findFirst().orElse(null);
    }

    @Test
    void shouldPublishOneMentionRecordPerEntityKeyedByEntityWithAwardSummary() {
        publish("a1", "2014-01-31T10:00:00Z");

        Map<String, EntityMention> byKey = new HashMap<>();
        takeMentions().forEach(kv -> byKey.put(kv.key, kv.value));
        EntityMention her = byKey.get("tt1798709");
        assertNotNull(her, byKey.toString());
        assertEquals(EntityType.FILM, her.entityType());
        assertEquals("a1", her.articleId());
        assertEquals("Title a1", her.title());
        assertEquals("2014-01-31T10:00:00Z", her.publishedAt());
        assertEquals(1, her.mentionCount());
        assertEquals(new EntityMention.AwardSummary(1, 1), her.awards());
        EntityMention jonze = byKey.get("nm0005069");
        assertEquals(2, jonze.mentionCount());
        assertTrue(jonze.salience() > her.salience(), "named first and twice: " + jonze.salience() + " vs " + her.salience());
        assertTrue(jonze.salience() > 0 && jonze.salience() <= 1.0, "the tagger's salience, 0..1: " + jonze.salience());
    }

    @Test
    void shouldRepeatTheSameMentionRecordsWhenAnArticleIsSentAgain() {
        publish("a1", "2014-01-31T10:00:00Z");
        List<KeyValue<String, EntityMention>> first = takeMentions();
        publish("a1", "2014-01-31T10:00:00Z");

        assertEquals(first, takeMentions());
    }

    @Test
    void shouldPublishFinalCountsOnlyOnceTheWindowHasClosedWithGrace() {
        publish("a1", "2014-01-31T10:00:00Z");
        publish("a2", "2014-01-31T10:20:00Z");
        publish("other", OTHER_TEXT, "2014-01-31T11:09:00Z", "2026-01-01T00:00:00Z");
        List<TrendingCount> early = finalCounts("1h", "tt1798709");
        assertEquals(1, windowStarting(early, "2014-01-31T09:05:00Z").articles(), "hopping: a1 alone in [09:05, 10:05), closed at 10:15");
        // Stream time 11:09: the window [10:00, 11:00) is past its end but inside its 10 minutes of grace.
        assertNull(windowStarting(early, "2014-01-31T10:00:00Z"), "still in grace");

        publish("tick", "2014-01-31T11:10:00Z");
        List<TrendingCount> closed = finalCounts("1h", "tt1798709");
        TrendingCount tenToEleven = windowStarting(closed, "2014-01-31T10:00:00Z");
        assertEquals(2, tenToEleven.articles());
        assertEquals("2014-01-31T11:00:00Z", tenToEleven.windowEnd());
        assertEquals("Her", tenToEleven.entityName());
        assertEquals(EntityType.FILM, tenToEleven.entityType());
        assertEquals(1, closed.stream().filter(c -> c.windowStart().equals("2014-01-31T10:00:00Z")).count(), "one final record per window");
    }

    @Test
    void shouldCountOutOfOrderArticlesAndDropArticlesLaterThanGrace() {
        publish("a1", "2014-01-31T10:50:00Z");
        publish("a2", "2014-01-31T10:30:00Z"); // out of order, well inside grace
        publish("tick", "2014-01-31T11:15:00Z"); // closes [10:00, 11:00)
        publish("late", "2014-01-31T10:40:00Z"); // 35 minutes behind stream time: too late for [10:00, 11:00)
        publish("tick2", "2014-01-31T12:00:00Z");

        List<TrendingCount> closed = finalCounts("1h", "tt1798709");
        assertEquals(2, windowStarting(closed, "2014-01-31T10:00:00Z").articles(), "a1 and a2, not the late one");
        assertEquals(3, windowStarting(closed, "2014-01-31T10:40:00Z").articles(), "still open when the late one came: counted");
    }

    @Test
    void shouldDropAndCountMentionsTooLateForEveryWindowOfAKind() {
        publish("a1", "2014-01-31T10:00:00Z");
        publish("old", "2014-01-29T10:00:00Z"); // its last day window closed at 2014-01-30T11:00
        publish("tick", "2014-02-02T12:00:00Z");

        assertEquals(4, metrics.trendingMentionsLate(), "Her and Spike Jonze, each from the hour and the day windows");
        assertTrue(finalCounts("24h", "tt1798709").stream().noneMatch(c -> c.windowStart().startsWith("2014-01-29")),
                "no window before a1 is published");
    }

    @Test
    void shouldCountAnArticleSentTwiceOnce() {
        publish("a1", "2014-01-31T10:00:00Z");
        publish("a1", "2014-01-31T10:00:00Z");
        publish("tick", "2014-01-31T12:00:00Z");

        assertEquals(1, windowStarting(finalCounts("1h", "tt1798709"), "2014-01-31T10:00:00Z").articles());
    }

    @Test
    void shouldCloseDayWindowsWithTheirOwnGraceAndFallBackToRecordTime() {
        publish("a1", HER_TEXT, null, "2014-01-31T10:00:00Z"); // no published_at: the record time counts
        publish("tick", "2014-01-31T11:59:00Z"); // [01-30T11:00, 01-31T11:00) ended, inside its hour of grace
        assertNull(windowStarting(finalCounts("24h", "tt1798709"), "2014-01-30T11:00:00Z"));

        publish("tick2", "2014-01-31T12:00:00Z");
        TrendingCount day = windowStarting(finalCounts("24h", "tt1798709"), "2014-01-30T11:00:00Z");
        assertEquals(1, day.articles());
        assertEquals("2014-01-31T11:00:00Z", day.windowEnd());
    }

    @Test
    void shouldKeepLiveCountsAndLatestArticlesInQueryableStores() {
        publish("a1", "2014-01-31T10:00:00Z");
        publish("a2", "2014-01-31T10:20:00Z");

        WindowStore<String, EntityCount> hour = views.getWindowStore(TrendingWindow.ONE_HOUR.storeName());
        long tenOClock = Instant.parse("2014-01-31T10:00:00Z").toEpochMilli();
        assertEquals(2, TrendingWindow.ONE_HOUR.countsOf(hour, tenOClock).get("tt1798709").articles(), "a1 and a2 in [10:00, 11:00)");
        assertEquals(List.of(1, 2), TrendingWindow.ONE_HOUR.countsOf(hour, "tt1798709", List.of(tenOClock + 600_000, tenOClock)),
                "[10:10, 11:10) holds a2 only");
        KeyValueStore<String, LatestArticles> latest = views.getKeyValueStore(MarqueeTopology.ENTITY_ARTICLES_STORE);
        assertEquals(List.of("a2", "a1"), latest.get("tt1798709").articles().stream().map(LatestArticles.ArticleRef::articleId).toList());
        KeyValueStore<String, byte[]> byId = views.getKeyValueStore(MarqueeTopology.ARTICLES_STORE);
        assertEquals("Title a2", Json.fromBytes(byId.get("a2"), EnrichedArticle.class).title());
    }
}
