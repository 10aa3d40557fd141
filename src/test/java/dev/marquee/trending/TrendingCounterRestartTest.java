package dev.marquee.trending;

import dev.marquee.mentions.EntityMention;
import dev.marquee.tag.EntityType;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.state.StoreBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A task's trending counter restarted on the state it left (as after a restore from the changelogs): it goes on
 * publishing from where it stopped, neither again nor with a gap.
 */
class TrendingCounterRestartTest {

    private static final String HER = "tt1798709";
    private static final long T0 = Instant.parse("2026-01-01T10:02:00Z").toEpochMilli();

    private final List<StateStore> stores = new ArrayList<>();

    @TempDir
    File stateDir;

    @BeforeEach
    void createStores() {
        // The counter's own stores, as a task opens them; the mock context has no record cache or changelog.
        MockProcessorContext<String, TrendingCount> setup = new MockProcessorContext<>(new Properties(), new TaskId(0, 0), stateDir);
        for (StoreBuilder<?> builder : TrendingCounter.storeBuilders()) {
            stores.add(builder.withCachingDisabled().withLoggingDisabled().build());
        }
        stores.forEach(store -> store.init(setup.getStateStoreContext(), store));
    }

    @AfterEach
    void closeStores() {
        stores.forEach(StateStore::close);
    }

    /** A counter as a task starts it: a new processor on the task's stores. */
    private MockProcessorContext<String, TrendingCount> start(TrendingCounter counter) {
        MockProcessorContext<String, TrendingCount> context = new MockProcessorContext<>();
        stores.forEach(context::addStateStore);
        counter.init(context);
        return context;
    }

    private static Record<String, EntityMention> mention(String articleId, long publishedAt) {
        EntityMention mention = new EntityMention(HER, HER, EntityType.FILM, "Her", articleId, "Title " + articleId,
                "https://example.com/" + articleId, "example", Instant.ofEpochMilli(publishedAt).toString(), 1, 0.5, null,
                "2026-01-01T00:00:00Z");
        return new Record<>(HER, mention, publishedAt);
    }

    private static List<TrendingCount> hourCounts(MockProcessorContext<String, TrendingCount> context) {
        return context.forwarded().stream().<TrendingCount>map(f -> f.record().value())
                .filter(c -> c.window().equals(TrendingWindow.ONE_HOUR.id()))
                .toList();
    }

    @Test
    void shouldPublishTheWindowsClosedSinceTheLastRunAfterARestartAndNoneTwice() {
        TrendingCounter first = new TrendingCounter(() -> { });
        MockProcessorContext<String, TrendingCount> before = start(first);
        first.process(mention("a-1", T0));
        // Stream time 20 minutes on closes the hour windows that ended by 10:10 (grace 10 minutes).
        first.process(mention("a-2", T0 + 20 * 60_000));
        List<TrendingCount> publishedBefore = hourCounts(before);
        assertTrue(publishedBefore.stream().anyMatch(c -> c.articles() == 1), "a window holding a-1 alone closed: " + publishedBefore);

        TrendingCounter restarted = new TrendingCounter(() -> { });
        MockProcessorContext<String, TrendingCount> after = start(restarted);
        restarted.process(mention("a-3", T0 + 30 * 60_000));

        List<TrendingCount> publishedAfter = hourCounts(after);
        // 10 minutes on: two more hour windows closed (every 5 minutes), each holding a-1, not one published before.
        assertEquals(2, publishedAfter.size(), "the windows closed since the restart: " + publishedAfter);
        for (TrendingCount count : publishedAfter) {
            assertTrue(publishedBefore.stream().noneMatch(c -> c.windowStart().equals(count.windowStart())),
                    "published again after the restart: " + count);
        }
    }
}
