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

/** {@code bench e2e} on a real in-process broker for a few seconds: every article sent is read back exactly once. */
@Tag("broker")
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class E2eBenchBrokerTest {

    @Test
    void everyArticleSentComesBackExactlyOnce() {
        BenchCorpus corpus = BenchCorpus.generated(Fixtures.nominations(), 11, 3);
        Map<String, Object> r = E2eBench.run(corpus, Fixtures::nominations, List::of,
                new E2eBench.Options(1, 2, 100, "exactly_once_v2", 1, 1, 2, 0, 8, 0, java.util.Map.of()), new PrintStream(PrintStream.nullOutputStream()));
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
        assertTrue(((Number) ((Map<?, ?>) r.get("warmup")).get("seconds")).doubleValue() >= 1, "warm-up of at least --warmup");
    }
}
