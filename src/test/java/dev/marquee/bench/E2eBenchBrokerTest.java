package dev.marquee.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench e2e} on a real in-process broker for a few seconds: every article sent is read back exactly once. */
@Tag("broker")
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class E2eBenchBrokerTest {

    @Test
    void everyArticleSentComesBackExactlyOnce(@TempDir Path dir) throws IOException {
        BenchCorpus corpus = BenchCorpus.generated(Fixtures.nominations(), 11, 3);
        Path latencies = dir.resolve("latencies.csv");
        Map<String, Object> r = E2eBench.run(corpus, Fixtures::nominations, List::of,
                options(List.of(), latencies), new PrintStream(PrintStream.nullOutputStream()));
        long sent = ((Number) r.get("sent")).longValue();
        assertTrue(sent > 0);
        assertEquals(sent, ((Number) r.get("read_unique")).longValue());
        assertEquals(0L, ((Number) r.get("read_duplicates")).longValue());
        assertEquals(0L, ((Number) r.get("dead_letters")).longValue());
        assertEquals("pass", r.get("exactly_once_check"));
        List<?> phases = (List<?>) r.get("phases");
        assertEquals(List.of("max", "rate_50pct", "rate_100pct"), phases.stream().map(p -> ((Map<?, ?>) p).get("phase")).toList());
        assertEquals(Fixtures.nominations().size(), ((Number) r.get("awards_in_app")).intValue());
        Map<?, ?> max = (Map<?, ?>) phases.get(0);
        Map<?, ?> cores = (Map<?, ?>) max.get("cpu_cores_by_role");
        assertEquals(List.of("stream", "jit", "gc", "other"), List.copyOf(cores.keySet()));
        assertTrue(((Number) cores.get("stream")).doubleValue() > 0, "the stream thread worked in the flat-out phase: " + cores);
        assertAppTaggedInThePhase(max);
        assertTrue(((Number) ((Map<?, ?>) r.get("warmup")).get("seconds")).doubleValue() >= 1, "warm-up of at least --warmup");
        for (Object o : phases) {
            Map<?, ?> phase = (Map<?, ?>) o;
            long idleWait = ((Number) phase.get("app_idle_wait_ms")).longValue();
            assertTrue(idleWait >= 1000, "each phase begins after a quiet second of the app's offsets: " + phase);
            long backlog = ((Number) phase.get("app_backlog_after_ms")).longValue();
            assertTrue(backlog >= 1000, "each phase is followed by a wait for a quiet second of the app's offsets: " + phase);
            assertEquals(E2eBench.keptUp(backlog), phase.get("app_kept_up"));
            int samples = ((Number) ((Map<?, ?>) phase.get("lag")).get("samples")).intValue();
            assertTrue(samples <= ((Number) phase.get("seconds")).doubleValue() + 1,
                    "lag sampled once a second while the phase sends, not while the app works off its backlog: " + phase);
            Map<?, ?> viewsLag = (Map<?, ?>) phase.get("views_lag_records");
            assertEquals(((Map<?, ?>) phase.get("lag")).get("samples"), viewsLag.get("samples"), "the views' lag sampled with the enrichment's: " + phase);
        }
        Map<?, ?> split = (Map<?, ?>) max.get("latency_split_ms");
        long whole = ((Number) ((Map<?, ?>) max.get("latency_ms")).get("max")).longValue();
        long beforeProcessed = ((Number) ((Map<?, ?>) split.get("sent_to_processed")).get("max")).longValue();
        long afterProcessed = ((Number) ((Map<?, ?>) split.get("processed_to_visible")).get("max")).longValue();
        assertTrue(beforeProcessed >= 0 && afterProcessed >= 0 && beforeProcessed <= whole && afterProcessed <= whole,
                "each part of the split within the whole latency: " + max);
        assertLatencyLinesMatchThePhases(latencies, phases);
    }

    /** One line per article measured, each phase's slowest line its reported max, each split adding up to the whole. */
    private static void assertLatencyLinesMatchThePhases(Path file, List<?> phases) throws IOException {
        List<String> lines = Files.readAllLines(file);
        assertEquals("phase,sent_at_ms,partition,latency_ms,sent_to_processed_ms,processed_to_visible_ms", lines.get(0));
        Map<String, List<String[]>> byPhase = lines.subList(1, lines.size()).stream().map(l -> l.split(","))
                .collect(Collectors.groupingBy(f -> f[0]));
        for (Object o : phases) {
            Map<?, ?> phase = (Map<?, ?>) o;
            List<String[]> rows = byPhase.getOrDefault(phase.get("phase"), List.of());
            assertEquals(((Number) phase.get("articles_read")).intValue(), rows.size(), "a line per article read in " + phase.get("phase"));
            long slowest = rows.stream().mapToLong(f -> Long.parseLong(f[3])).max().orElseThrow();
            assertEquals(((Number) ((Map<?, ?>) phase.get("latency_ms")).get("max")).longValue(), slowest);
            for (String[] f : rows) {
                assertTrue(Integer.parseInt(f[2]) >= 0 && Integer.parseInt(f[2]) < 2, "one of the 2 partitions: " + String.join(",", f));
                assertEquals(Long.parseLong(f[3]), Long.parseLong(f[4]) + Long.parseLong(f[5]), "split adds up: " + String.join(",", f));
            }
        }
    }

    @Test
    void shouldRunTheAppInItsOwnJvmAndAccountForItsCpuAndMemory() {
        BenchCorpus corpus = BenchCorpus.generated(Fixtures.nominations(), 11, 3);
        Map<String, Object> r = E2eBench.run(corpus, Fixtures::nominations, List::of, options(List.of("-Xmx256m"), null),
                new PrintStream(PrintStream.nullOutputStream()));
        assertEquals("pass", r.get("exactly_once_check"));
        assertTrue(((Number) r.get("sent")).longValue() > 0);
        assertEquals("own: java -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=75 -Xmx256m", r.get("app_jvm"));
        assertNull(r.get("awards_in_app"), "the bench's JVM holds no app, so no index to count");
        Map<?, ?> max = (Map<?, ?>) ((List<?>) r.get("phases")).get(0);
        double appCores = ((Number) max.get("app_jvm_cpu_cores")).doubleValue();
        assertTrue(appCores > 0, "the app's JVM worked in the flat-out phase: " + max);
        Map<?, ?> appRoles = (Map<?, ?>) max.get("app_jvm_cpu_cores_by_role");
        assertEquals(List.of("jit", "gc", "other"), List.copyOf(appRoles.keySet()));
        assertTrue(((Number) appRoles.get("other")).doubleValue() > 0, "the app's stream thread counts under other: " + appRoles);
        double benchStream = ((Number) ((Map<?, ?>) max.get("cpu_cores_by_role")).get("stream")).doubleValue();
        assertEquals(0.0, benchStream, "no stream thread runs in the bench's JVM");
        assertTrue(((Number) max.get("cpu_cores_used")).doubleValue() >= appCores, "the total includes the app's JVM: " + max);
        assertAppTaggedInThePhase(max);
        assertTrue(((Number) r.get("app_rss_mb")).doubleValue() > 0);
        double heap = ((Number) r.get("app_heap_after_gc_mb")).doubleValue();
        assertTrue(heap > 0 && heap < 256, "heap after GC of the app's JVM, within its -Xmx: " + heap);
    }

    /** The app's own tagging account, read from its /metrics: some time per article, within the one stream thread's phase. */
    private static void assertAppTaggedInThePhase(Map<?, ?> phase) {
        double msPerArticle = ((Number) phase.get("app_tagging_ms_per_article")).doubleValue();
        double share = ((Number) phase.get("app_tagging_share_of_stream_threads")).doubleValue();
        assertTrue(msPerArticle > 0, "the app tagged articles in the phase: " + phase);
        assertTrue(share > 0 && share <= 1, "one stream thread tags for at most the whole phase: " + phase);
    }

    private static E2eBench.Options options(List<String> appJvmArgs, Path latencies) {
        return new E2eBench.Options(1, 2, 100, "exactly_once_v2", 1, 1, 2, 0, 8, 0, Map.of(), appJvmArgs, latencies);
    }
}
