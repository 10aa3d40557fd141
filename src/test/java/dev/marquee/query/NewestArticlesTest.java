package dev.marquee.query;

import dev.marquee.serde.Json;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NewestArticlesTest {

    /** The order of one scan over the whole time index, newest first: its keys as bytes, reversed. */
    private static final Comparator<Views.ArticleSummary> NEWEST_FIRST = Comparator.comparing(
            (Views.ArticleSummary s) -> ArticlesByTimeProcessor.timeKey(s, s.articleId() == null ? "" : s.articleId())
                    .getBytes(StandardCharsets.UTF_8),
            Arrays::compareUnsigned).reversed();

    @Test
    void shouldKeepTheNewestLimitInTheOrderOfAFullSort() {
        List<Views.ArticleSummary> all = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            // Few distinct times, so ties are broken by article id; some events carry no processing time.
            String processedAt = random.nextInt(10) == 0 ? null : "2026-12-02T10:0" + random.nextInt(10) + ":00Z";
            all.add(new Views.ArticleSummary("a" + random.nextInt(1_000_000), "t", "s", null, processedAt, 1, 0));
        }
        Collections.shuffle(all, random);
        for (int limit : new int[] {0, 1, 7, 499, 500, 900}) {
            NewestArticles newest = new NewestArticles(limit);
            all.forEach(newest::add);

            List<Views.ArticleSummary> expected = all.stream().sorted(NEWEST_FIRST).limit(limit).toList();
            assertEquals(expected, newest.newestFirst(), "limit " + limit);
        }
    }

    @Test
    void shouldPutEventsWithoutProcessingTimeLast() {
        assertEquals(List.of("new", "old"), newestIds(2, "undated", null, "old", "2020-01-01T00:00:00Z", "new", "2026-01-01T00:00:00Z"));
    }

    @Test
    void shouldOrderByTimeWhateverTheFractionDigitsOfEventsWrittenBefore() {
        assertEquals(List.of("four-digits", "two-digits", "whole-second", "unreadable"),
                newestIds(4, "two-digits", "2026-12-02T15:22:41.12Z", "four-digits", "2026-12-02T15:22:41.1234Z",
                        "whole-second", "2026-12-02T15:22:41Z", "unreadable", "yesterday"),
                "as strings, \"…41.12Z\" and \"…41Z\" would come before \"…41.1234Z\"");
    }

    @Test
    void shouldBreakTiesWithinAMillisecondAsThePartitionIndexDoes() {
        assertEquals(List.of("c", "b", "a"),
                newestIds(3, "b", "2026-12-02T15:22:41.123Z", "a", "2026-12-02T15:22:41.123999Z", "c", "2026-12-02T15:22:41.123Z"),
                "one millisecond, so the greater id first, as a reverse scan of the time keys gives them");
    }

    @Test
    void shouldKeepTheNewestLimitOfSeveralPartitionsAsOneScanOverAllOfThem() {
        List<KeyValueStore<String, byte[]>> partitions = new ArrayList<>();
        KeyValueStore<String, byte[]> all = store("all");
        for (int p = 0; p < 4; p++) {
            partitions.add(store("partition-" + p));
        }
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            // Few distinct milliseconds, so most articles tie with others of their partition and of the others.
            String processedAt = "2026-12-02T10:00:00.00" + random.nextInt(4) + "Z";
            Views.ArticleSummary summary = new Views.ArticleSummary("a" + i, "t", "s", null, processedAt, 1, 0);
            String timeKey = ArticlesByTimeProcessor.timeKey(summary, summary.articleId());
            partitions.get(random.nextInt(partitions.size())).put(timeKey, Json.toBytes(summary));
            all.put(timeKey, Json.toBytes(summary));
        }
        for (int limit : new int[] {1, 5, 49, 200, 300}) {
            NewestArticles newest = new NewestArticles(limit);
            partitions.forEach(newest::addNewestOf);
            NewestArticles oneScan = new NewestArticles(limit);
            oneScan.addNewestOf(all);

            List<Views.ArticleSummary> merged = newest.newestFirst();
            assertEquals(oneScan.newestFirst(), merged, "limit " + limit);
            assertEquals(merged.stream().sorted(NEWEST_FIRST).toList(), merged, "in the order of NEWEST_FIRST, limit " + limit);
        }
    }

    /** The ids NewestArticles keeps of these (id, processed_at) pairs, newest first. */
    private static List<String> newestIds(int limit, String... idsAndTimes) {
        NewestArticles newest = new NewestArticles(limit);
        for (int i = 0; i < idsAndTimes.length; i += 2) {
            newest.add(new Views.ArticleSummary(idsAndTimes[i], null, null, null, idsAndTimes[i + 1], 0, 0));
        }
        return newest.newestFirst().stream().map(Views.ArticleSummary::articleId).toList();
    }

    private static KeyValueStore<String, byte[]> store(String name) {
        KeyValueStore<String, byte[]> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), Serdes.ByteArray())
                .withLoggingDisabled().build();
        MockProcessorContext<Void, Void> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
