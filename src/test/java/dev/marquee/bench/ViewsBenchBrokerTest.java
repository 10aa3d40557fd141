package dev.marquee.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench views} on a real in-process broker: a views-only app in its own JVM works off the whole backlog. */
@Tag("broker")
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class ViewsBenchBrokerTest {

    @Test
    void shouldHaveTheViewsCommitAndStoreEveryArticleOfTheBacklog() {
        int articles = 30;
        BenchCorpus corpus = BenchCorpus.generated(Fixtures.nominations(), 11, 3);
        Map<String, Object> r = ViewsBench.run(corpus, Fixtures::nominations, List::of,
                new ViewsBench.Options(articles, 2, "exactly_once_v2", Map.of(), List.of("-Xmx256m")),
                new PrintStream(PrintStream.nullOutputStream()));

        assertEquals(articles, r.get("articles"));
        long mentions = ((Number) r.get("mention_records")).longValue();
        assertTrue(mentions >= articles, "every generated article names at least one entity: " + mentions);
        Map<?, ?> drain = (Map<?, ?>) r.get("drain");
        assertEquals(articles + mentions, ((Number) drain.get("records")).longValue(),
                "the views' group committed every enriched event and mention written");
        assertEquals(articles, r.get("newest_articles_listed"), "GET /articles lists every article of the backlog (under its limit of 100)");
        assertTrue(((Number) drain.get("articles_per_s")).doubleValue() > 0, "a rate: " + drain);
        assertTrue(((Number) drain.get("app_cpu_ms_per_article")).doubleValue() > 0, "the app's JVM worked: " + drain);
        assertEquals("own: java -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=75 -Xmx256m", r.get("app_jvm"));
        double heap = ((Number) r.get("app_heap_after_gc_mb")).doubleValue();
        assertTrue(heap > 0 && heap < 256, "heap after GC of the app's JVM, within its -Xmx: " + heap);
    }
}
