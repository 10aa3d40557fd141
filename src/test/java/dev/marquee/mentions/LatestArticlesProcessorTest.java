package dev.marquee.mentions;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.mentions.LatestArticles.ArticleRef;
import dev.marquee.serde.MarqueeSerdes;
import dev.marquee.stream.MarqueeTopology;
import dev.marquee.stream.StreamMetrics;
import dev.marquee.tag.EntityType;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The latest articles per entity, kept by the views' topology from the entity-mention topic and read as the entity view reads them. */
class LatestArticlesProcessorTest {

    private static final String HER = "tt1798709";

    private final MarqueeConfig config = MarqueeConfig.of(Map.of());
    private TopologyTestDriver views;
    private TestInputTopic<String, EntityMention> mentions;
    private KeyValueStore<String, LatestArticles> store;

    @BeforeEach
    void start() {
        Properties props = new Properties();
        props.putAll(config.streamsProperties());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        views = new TopologyTestDriver(MarqueeTopology.views(config, new StreamMetrics()), props);
        mentions = views.createInputTopic(config.entityMentionsTopic(), new StringSerializer(), MarqueeSerdes.entityMention().serializer());
        store = views.getKeyValueStore(MarqueeTopology.ENTITY_ARTICLES_STORE);
    }

    @AfterEach
    void stop() {
        views.close();
    }

    private void mention(String entityKey, String articleId) {
        mention(entityKey, articleId, "Her");
    }

    private void mention(String entityKey, String articleId, String entityName) {
        mention(entityKey, articleId, entityName, "Title " + articleId);
    }

    private void mention(String entityKey, String articleId, String entityName, String title) {
        mentions.pipeInput(entityKey, new EntityMention(entityKey, entityKey, EntityType.FILM, entityName, articleId, title,
                "https://example.com/" + articleId, "example", "2014-01-31T10:00:00Z", 2, 0.5, null, "2026-01-01T00:00:00Z"));
    }

    /** The list as earlier versions kept it, one value under the bare entity key. */
    private void writtenByAnEarlierVersion(LatestArticles list) {
        KeyValueStore<String, ValueAndTimestamp<LatestArticles>> timestamped = views.getTimestampedKeyValueStore(MarqueeTopology.ENTITY_ARTICLES_STORE);
        timestamped.put(list.entityKey(), ValueAndTimestamp.make(list, Instant.parse("2014-01-30T10:00:00Z").toEpochMilli()));
    }

    private List<String> latest(String entityKey) {
        return EntityArticlesLayout.read(store, entityKey).articles().stream().map(ArticleRef::articleId).toList();
    }

    /** Every key the store holds, in its order. */
    private List<String> storedKeys() {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, LatestArticles> all = store.all()) {
            all.forEachRemaining(kv -> keys.add(kv.key));
        }
        return keys;
    }

    /** a{newest}, …, a{oldest} */
    private static List<String> newestFirst(int newest, int oldest) {
        return IntStream.iterate(newest, i -> i >= oldest, i -> i - 1).mapToObj(i -> "a" + i).toList();
    }

    @Test
    void shouldListAnEntitysArticlesNewestFirstWithWhatTheMentionSaid() {
        mention(HER, "a1");
        mention(HER, "a2");
        mention(HER, "a3");

        LatestArticles her = EntityArticlesLayout.read(store, HER);
        assertEquals(List.of("a3", "a2", "a1"), her.articles().stream().map(ArticleRef::articleId).toList());
        assertEquals(new ArticleRef("a3", "Title a3", "2014-01-31T10:00:00Z", 2, 0.5), her.articles().get(0));
        assertEquals(HER, her.entityKey());
        assertEquals(EntityType.FILM, her.entityType());
    }

    @Test
    void shouldKeepTheLatestTwentyArticlesAndDeleteTheRecordsOfOlderOnes() {
        for (int i = 1; i <= 25; i++) {
            mention(HER, "a" + i);
        }

        assertEquals(newestFirst(25, 6), latest(HER));
        assertEquals(LatestArticles.LIMIT + 1, storedKeys().size(), "the head and a record per listed article, none for the five that fell out");
    }

    @Test
    void shouldMoveAnArticleSentAgainToTheFrontInsteadOfListingItTwice() {
        mention(HER, "a1");
        mention(HER, "a2");
        mention(HER, "a3");
        mention(HER, "a1");

        assertEquals(List.of("a1", "a3", "a2"), latest(HER));
        assertEquals(4, storedKeys().size(), "the head and one record per article");
    }

    @Test
    void shouldShowWhatAnArticleSentAgainSaysNow() {
        mention(HER, "a1", "Her", "First title");
        mention(HER, "a2");
        mention(HER, "a1", "Her", "Corrected title");

        LatestArticles her = EntityArticlesLayout.read(store, HER);
        assertEquals(List.of("Corrected title", "Title a2"), her.articles().stream().map(ArticleRef::title).toList());
    }

    @Test
    void shouldShowTheNameOfTheNewestMention() {
        mention(HER, "a1", "Her (old spelling)");
        mention(HER, "a2", "Her");

        assertEquals("Her", EntityArticlesLayout.read(store, HER).entityName());
    }

    @Test
    void shouldKeepTheArticlesOfAnEntityWhoseKeyStartsWithAnothersApart() {
        mention("tt1", "a1");
        mention("tt10", "a2");
        mention("tt1", "a3");

        assertEquals(List.of("a3", "a1"), latest("tt1"));
        assertEquals(List.of("a2"), latest("tt10"));
        assertNull(EntityArticlesLayout.read(store, "tt"));
    }

    @Test
    void shouldShowAListAnEarlierVersionWroteAndTurnItIntoRecordsAtTheEntitysNextMention() {
        List<ArticleRef> written = newestFirst(LatestArticles.LIMIT, 1).stream()
                .map(id -> new ArticleRef(id, "Title " + id, "2014-01-30T10:00:00Z", 1, 0.25)).toList();
        writtenByAnEarlierVersion(new LatestArticles(HER, HER, EntityType.FILM, "Her", written));

        assertEquals(newestFirst(LatestArticles.LIMIT, 1), latest(HER), "read as it was written");

        mention(HER, "a21");

        assertEquals(newestFirst(21, 2), latest(HER));
        assertNull(store.get(HER), "the list under the bare key is gone");
        assertEquals(LatestArticles.LIMIT + 1, storedKeys().size(), "the head and a record per listed article");
        assertEquals(written.get(0), EntityArticlesLayout.read(store, HER).articles().get(1), "the listed articles keep what they held");
    }

    @Test
    void shouldMoveAnArticleOfAListAnEarlierVersionWroteToTheFrontWhenItIsSentAgain() {
        writtenByAnEarlierVersion(new LatestArticles(HER, HER, EntityType.FILM, "Her", List.of(
                new ArticleRef("a2", "Title a2", "2014-01-30T10:00:00Z", 1, 0.25),
                new ArticleRef("a1", "Title a1", "2014-01-30T10:00:00Z", 1, 0.25))));

        mention(HER, "a1");
        mention(HER, "a3");

        assertEquals(List.of("a3", "a1", "a2"), latest(HER));
        assertEquals(4, storedKeys().size());
    }
}
