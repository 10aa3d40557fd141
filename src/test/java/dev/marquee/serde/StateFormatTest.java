package dev.marquee.serde;

import dev.marquee.mentions.LatestArticles;
import dev.marquee.mentions.LatestArticles.ArticleRef;
import dev.marquee.tag.EntityType;
import dev.marquee.trending.EntityCount;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateFormatTest {

    private final Serde<LatestArticles> latest = MarqueeSerdes.latestArticles();
    private final Serde<EntityCount> counts = MarqueeSerdes.entityCount();

    private static LatestArticles fullEntityView() {
        List<ArticleRef> articles = new ArrayList<>();
        articles.add(new ArticleRef("a-0", "Björk und Lars von Trier: „Dancer in the Dark“ 🎬", "2026-02-01T10:00:00Z", 3, 0.8125));
        articles.add(new ArticleRef("a-1", null, null, 0, 0.0));
        articles.add(new ArticleRef("a-2", "", "2026-02-03T00:00:00Z", Integer.MAX_VALUE, Double.MIN_VALUE));
        while (articles.size() < LatestArticles.LIMIT) {
            int i = articles.size();
            articles.add(new ArticleRef("a-" + i, "Title " + i, "2026-02-0" + (i % 9 + 1) + "T12:00:00Z", i, 1.0 / i));
        }
        return new LatestArticles("film:tt0168629", "tt0168629", EntityType.FILM, "Dancer in the Dark", articles);
    }

    @Test
    void shouldReadBackEveryFieldOfTheLatestArticlesItWrote() {
        LatestArticles value = fullEntityView();

        assertEquals(value, latest.deserializer().deserialize("t", latest.serializer().serialize("t", value)));
    }

    @Test
    void shouldReadBackEntriesWhoseFieldsAreNullOrEmpty() {
        LatestArticles empty = LatestArticles.empty();
        EntityCount nameless = new EntityCount("person:mq:x", null, null, 0);

        assertEquals(empty, latest.deserializer().deserialize("t", latest.serializer().serialize("t", empty)));
        assertEquals(nameless, counts.deserializer().deserialize("t", counts.serializer().serialize("t", nameless)));
        assertNull(latest.serializer().serialize("t", null));
        assertNull(latest.deserializer().deserialize("t", null));
    }

    @Test
    void shouldReadBackTheTrendingCountItWrote() {
        EntityCount value = new EntityCount("person:nm0005069", EntityType.PERSON, "Spike Jonze", 41);

        assertEquals(value, counts.deserializer().deserialize("t", counts.serializer().serialize("t", value)));
    }

    @Test
    void shouldStillReadTheJsonStateThatEarlierVersionsWrote() {
        LatestArticles value = fullEntityView();
        EntityCount count = new EntityCount("award:oscars", EntityType.AWARD, "Academy Awards", 7);

        assertEquals(value, latest.deserializer().deserialize("t", Json.toBytes(value)));
        assertEquals(count, counts.deserializer().deserialize("t", Json.toBytes(count)));
    }

    @Test
    void shouldWriteTheStateSmallerThanJson() {
        LatestArticles value = fullEntityView();

        byte[] state = latest.serializer().serialize("t", value);

        assertEquals(StateFormat.VERSION, state[0]);
        assertTrue(state.length < Json.toBytes(value).length, state.length + " bytes against " + Json.toBytes(value).length + " as JSON");
    }

    @Test
    void shouldRefuseAValueOfAnotherFormatVersionSayingWhichVersionsItReads() {
        byte[] state = latest.serializer().serialize("t", fullEntityView());
        state[0] = 9;

        SerializationException e = assertThrows(SerializationException.class, () -> latest.deserializer().deserialize("t", state));
        assertTrue(e.getMessage().contains("format version 9"), e.getMessage());
    }

    @Test
    void shouldRefuseATruncatedOrPaddedValueInsteadOfReadingGarbage() {
        byte[] state = latest.serializer().serialize("t", fullEntityView());
        byte[] truncated = Arrays.copyOf(state, state.length - 5);
        byte[] padded = Arrays.copyOf(state, state.length + 1);
        byte[] countTooLarge = counts.serializer().serialize("t", new EntityCount("k", EntityType.FILM, "n", 1));
        countTooLarge[4] = 0x7f;

        assertTrue(assertThrows(SerializationException.class, () -> latest.deserializer().deserialize("t", truncated))
                .getMessage().contains("latest articles"));
        assertThrows(SerializationException.class, () -> latest.deserializer().deserialize("t", padded));
        assertTrue(assertThrows(SerializationException.class, () -> counts.deserializer().deserialize("t", countTooLarge))
                .getMessage().contains("trending count"));
        assertThrows(SerializationException.class, () -> counts.deserializer().deserialize("t", new byte[0]));
    }
}
