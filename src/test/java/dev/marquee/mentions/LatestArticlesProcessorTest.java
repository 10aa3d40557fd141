package dev.marquee.mentions;

import dev.marquee.awards.ReferenceIndex;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.mentions.LatestArticles.ArticleRef;
import dev.marquee.serde.MarqueeSerdes;
import dev.marquee.stream.MarqueeTopology;
import dev.marquee.stream.ReferenceLoader;
import dev.marquee.stream.StreamMetrics;
import dev.marquee.tag.EntityType;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The latest articles per entity, kept by the views' topology from the entity-mention topic, as {@code GET /entities/{id}} reads them. */
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
        views = new TopologyTestDriver(MarqueeTopology.views(config, new ReferenceLoader(new ReferenceIndex()), new StreamMetrics()), props);
        mentions = views.createInputTopic(config.entityMentionsTopic(), new StringSerializer(), MarqueeSerdes.entityMention().serializer());
        store = views.getKeyValueStore(MarqueeTopology.ENTITY_ARTICLES_STORE);
    }

    @AfterEach
    void stop() {
        views.close();
    }

    private void mention(String entityKey, String articleId) {
        mention(entityKey, articleId, "Her", "Title " + articleId);
    }

    private void mention(String entityKey, String articleId, String entityName, String title) {
        mentions.pipeInput(entityKey, new EntityMention(entityKey, entityKey, EntityType.FILM, entityName, articleId, title,
                "https://example.com/" + articleId, "example", "2014-01-31T10:00:00Z", 2, 0.5, null, "2026-01-01T00:00:00Z"));
    }

    private List<String> latest(String entityKey) {
        return store.get(entityKey).articles().stream().map(ArticleRef::articleId).toList();
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

        LatestArticles her = store.get(HER);
        assertEquals(List.of("a3", "a2", "a1"), latest(HER));
        assertEquals(new ArticleRef("a3", "Title a3", "2014-01-31T10:00:00Z", 2, 0.5), her.articles().get(0));
        assertEquals(HER, her.entityKey());
        assertEquals(EntityType.FILM, her.entityType());
    }

    @Test
    void shouldKeepOnlyTheLatestTwentyArticles() {
        for (int i = 1; i <= 25; i++) {
            mention(HER, "a" + i);
        }

        assertEquals(newestFirst(25, 6), latest(HER));
    }

    @Test
    void shouldMoveAnArticleSentAgainToTheFrontInsteadOfListingItTwice() {
        mention(HER, "a1");
        mention(HER, "a2");
        mention(HER, "a3");
        mention(HER, "a1");

        assertEquals(List.of("a1", "a3", "a2"), latest(HER));
    }

    @Test
    void shouldShowWhatAnArticleSentAgainSaysNow() {
        mention(HER, "a1", "Her", "First title");
        mention(HER, "a2");
        mention(HER, "a1", "Her", "Corrected title");

        assertEquals(List.of("Corrected title", "Title a2"), store.get(HER).articles().stream().map(ArticleRef::title).toList());
    }

    @Test
    void shouldShowTheNameOfTheNewestMention() {
        mention(HER, "a1", "Her (old spelling)", "Title a1");
        mention(HER, "a2", "Her", "Title a2");

        assertEquals("Her", store.get(HER).entityName());
    }

    @Test
    void shouldKeepEachEntitysArticlesApart() {
        mention("tt1", "a1");
        mention("tt10", "a2");
        mention("tt1", "a3");

        assertEquals(List.of("a3", "a1"), latest("tt1"));
        assertEquals(List.of("a2"), latest("tt10"));
    }
}
